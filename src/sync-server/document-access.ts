// Who may open which document, and how: the one rule the server applies on every connection (when it opens,
// and again whenever accounts or groups change while it is open).
//   account:<accountId>              that account's private data: only that account, read-write.
//   group:<groupId>:<memberAccountId> that member's annotations shared with the group: every member reads it;
//                                    only the member it names writes it, and only as owner or annotator; that
//                                    member as a reader, and any owner of the group, may only withdraw from it
//                                    (take a document's share out, with its annotations: withdrawal.ts).
// Anything else is refused.

import { parseDocumentName } from './document-names'
import { memberOf, type Group } from './groups'

/** 'withdraw': read, and take a share out (never add nor rewrite anything). */
export type Access = 'write' | 'withdraw' | 'read' | 'none'

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
  // Taking back what one shared never needs more than being in the group; an owner may take out anyone's share.
  if (parsed.member === account) return me.role === 'read' ? 'withdraw' : 'write'
  return me.role === 'owner' ? 'withdraw' : 'read'
}
