// Groups as the page sees them: the groups the user is in (each member's name and role), the documents whose
// annotations the user shares with each, and the annotations other members share, with their author. Kept by
// main (sync/groups/), which talks to the sync server's group API and opens every member's document.

/** A member's role: owner (invites, removes, changes roles), can annotate (shares annotations), can read. */
export const GROUP_ROLES = ['owner', 'annotate', 'read'] as const
export type GroupRole = (typeof GROUP_ROLES)[number]

/** The longest group name, as the server accepts it (an account name's rules). */
export const MAX_GROUP_NAME = 100
/** An invite code: 16 random bytes in base64url, as the server makes them. */
export const INVITE_CODE = /^[A-Za-z0-9_-]{22}$/
/** A server's account or group id. */
export const SERVER_ID = /^[0-9a-f]{16}$/

export interface GroupMember {
  account: string
  /** The account's name on the server (null: an account since removed). */
  name: string | null
  role: GroupRole
}

export interface GroupInfo {
  id: string
  name: string
  /** The user's own role in it. */
  role: GroupRole
  members: GroupMember[]
  /** Documents whose annotations the user shares with this group. */
  shared: string[]
}

/**
 * The groups now: `available` false while the device is not connected to a sync server (nothing to show), `me`
 * the connected account, `offline` when what is shown comes from the last answer kept on disk.
 */
export interface GroupsState {
  available: boolean
  me: { account: string; name: string } | null
  offline: boolean
  groups: GroupInfo[]
}

/** Why a group action failed: the server's code (bad-code, last-owner, forbidden…) or 'offline' / 'off'. */
export type GroupActionResult = { ok: true } | { ok: false; code: string; message: string }
export type InviteResult = { ok: true; code: string; expiresAt: string } | { ok: false; code: string; message: string }

/** Another member's annotation of a document: the annotation as they shared it (checked again by the page). */
export interface GroupAnnotation {
  annotation: Record<string, unknown>
  author: { account: string; name: string }
  groupId: string
}

/** The most annotations `groupAnnotations` hands over for one document. */
export const MAX_GROUP_ANNOTATIONS = 5_000
