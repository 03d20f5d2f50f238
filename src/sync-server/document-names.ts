// What the server and Folio's client must agree on, with no dependency (the client's engine imports it): the
// names of the documents the server serves, and the reasons it gives when it refuses or closes one.

/** An account's or a group's id: 16 hex digits (no ':' — ids go in document names). */
export const SERVER_ID = /^[0-9a-f]{16}$/

/** Longest document name the server reads (`group:` and two ids is 40 characters). */
export const MAX_DOCUMENT_NAME = 64

/** The account's private data, synced between its devices. */
export const accountDocument = (account: string) => `account:${account}`

/** One member's annotations shared with a group. */
export const groupMemberDocument = (group: string, member: string) => `group:${group}:${member}`

export type DocumentName = { kind: 'account'; account: string } | { kind: 'group'; group: string; member: string }

const ACCOUNT_DOCUMENT = /^account:([0-9a-f]{16})$/
const GROUP_DOCUMENT = /^group:([0-9a-f]{16}):([0-9a-f]{16})$/

export function parseDocumentName(name: string): DocumentName | null {
  if (name.length > MAX_DOCUMENT_NAME) return null
  const account = ACCOUNT_DOCUMENT.exec(name)
  if (account) return { kind: 'account', account: account[1]! }
  const group = GROUP_DOCUMENT.exec(name)
  if (group) return { kind: 'group', group: group[1]!, member: group[2]! }
  return null
}

/**
 * Why the server refuses a document (`onAuthenticationFailed`'s reason) or closes it (the close event's reason):
 * a token problem starts with 'token'.
 */
export const REFUSALS = {
  /** A token of no account: wrong, unknown, or of a removed account. */
  token: 'token',
  expired: 'token-expired',
  /** A good token, but not a document this account may open (or no longer: removed from the group). */
  forbidden: 'forbidden',
  tooLarge: 'too-large',
  malformed: 'malformed'
} as const
