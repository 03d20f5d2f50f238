// Who may open which document, and how: the one rule the server applies on every connection (when it opens,
// and again whenever accounts or groups change while it is open).
//   account:<accountId>              that account's private data: only that account, read-write.
//   group:<groupId>:<memberAccountId> that member's annotations shared with the group: every member reads it;
//                                    only the member it names writes it, and only as owner or annotator.
// Anything else is refused.

import { ACCOUNT_ID } from './accounts'
import { GROUP_ID, memberOf, type Group } from './groups'

export type DocumentName = { kind: 'account'; account: string } | { kind: 'group'; group: string; member: string }

const ACCOUNT_DOCUMENT = /^account:([0-9a-f]{16})$/
const GROUP_DOCUMENT = /^group:([0-9a-f]{16}):([0-9a-f]{16})$/

/** Longest document name the server reads (`group:` and two ids is 40 characters). */
export const MAX_DOCUMENT_NAME = 64

export function parseDocumentName(name: string): DocumentName | null {
  if (name.length > MAX_DOCUMENT_NAME) return null
  const account = ACCOUNT_DOCUMENT.exec(name)
  if (account) return { kind: 'account', account: account[1]! }
  const group = GROUP_DOCUMENT.exec(name)
  if (group && GROUP_ID.test(group[1]!) && ACCOUNT_ID.test(group[2]!)) {
    return { kind: 'group', group: group[1]!, member: group[2]! }
  }
  return null
}

export type Access = 'write' | 'read' | 'none'

/**
 * What `account` may do with document `name`, given the groups as they now are. A former member's document
 * is served to nobody (their annotations leave the group with them), and comes back if they join again.
 */
export function accessTo(account: string, name: string, groups: readonly Group[]): Access {
  const parsed = parseDocumentName(name)
  if (!parsed) return 'none'
  if (parsed.kind === 'account') return parsed.account === account ? 'write' : 'none'
  const group = groups.find((entry) => entry.id === parsed.group)
  const me = group && memberOf(group, account)
  if (!group || !me || !memberOf(group, parsed.member)) return 'none'
  return parsed.member === account && me.role !== 'read' ? 'write' : 'read'
}
