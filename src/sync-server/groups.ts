// The server's groups, in `<data>/groups.json`: each group's members with their role, and its pending invites
// (the SHA-256 of a random code, the role it gives, when it expires). Every change is a read-modify-write of the
// file under its lock, so several instances sharing the data folder never lose one another's changes.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { cachedDataFile, readDataFile, withFileLock, writeDataFile } from './data-files'
import { SERVER_ID } from './document-names'

export const ROLES = ['owner', 'annotate', 'read'] as const
export type Role = (typeof ROLES)[number]

/** An invite lasts 7 days unless asked otherwise, 30 at most, and serves once. */
export const INVITE_DAYS = { default: 7, max: 30 } as const
/** Pending invites a group keeps at most (expired ones are dropped at every change). */
export const MAX_INVITES_PER_GROUP = 100
export const MAX_MEMBERS_PER_GROUP = 500
/** Groups an account may be in: each gives it a document to fill, and groups cost nothing to make. */
export const MAX_GROUPS_PER_ACCOUNT = 200

const memberSchema = z.object({ account: z.string(), role: z.enum(ROLES), joinedAt: z.string() })
const inviteSchema = z.object({
  codeSha256: z.string().regex(/^[0-9a-f]{64}$/),
  role: z.enum(ROLES),
  createdBy: z.string(),
  expiresAt: z.string()
})
const groupSchema = z.object({
  id: z.string().regex(SERVER_ID),
  name: z.string(),
  createdAt: z.string(),
  members: z.array(memberSchema),
  invites: z.array(inviteSchema)
})
export type Group = z.infer<typeof groupSchema>
export type Member = z.infer<typeof memberSchema>

const groupsFileSchema = z.object({ version: z.literal(1), groups: z.array(groupSchema) })
type GroupsFile = z.infer<typeof groupsFileSchema>
const emptyGroups = (): GroupsFile => ({ version: 1, groups: [] })

export const groupsPath = (dataDir: string) => join(dataDir, 'groups.json')

/** A refusal the HTTP API turns into its status: 403 not allowed, 404 no such thing, 409 not in this state. */
export class GroupError extends Error {
  constructor(
    readonly status: 403 | 404 | 409,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest()

export const memberOf = (group: Group, account: string) => group.members.find((member) => member.account === account)

const ownersOf = (group: Group) => group.members.filter((member) => member.role === 'owner').length

function groupOf(file: GroupsFile, groupId: string, account: string): { group: Group; me: Member } {
  const group = file.groups.find((entry) => entry.id === groupId)
  const me = group && memberOf(group, account)
  // A group the caller is not in is "not found", as one that does not exist: ids of others' groups are not told.
  if (!group || !me) throw new GroupError(404, 'not-found', 'no such group among yours')
  return { group, me }
}

function asOwner(file: GroupsFile, groupId: string, account: string): Group {
  const { group, me } = groupOf(file, groupId, account)
  if (me.role !== 'owner') throw new GroupError(403, 'forbidden', 'only an owner of the group may do this')
  return group
}

function roomForOneMore(file: GroupsFile, account: string): void {
  if (file.groups.filter((group) => memberOf(group, account)).length >= MAX_GROUPS_PER_ACCOUNT) {
    throw new GroupError(409, 'too-many-groups', `an account is in ${MAX_GROUPS_PER_ACCOUNT} groups at most`)
  }
}

const dropExpiredInvites = (group: Group, now: number) => {
  group.invites = group.invites.filter((invite) => Date.parse(invite.expiresAt) > now)
}

/** The groups file as the running server reads it (for access checks) and changes it (for the HTTP API). */
export interface GroupBook {
  all(): Promise<Group[]>
  create(account: string, name: string): Promise<Group>
  invite(account: string, groupId: string, role: Role, days: number): Promise<{ code: string; expiresAt: string }>
  join(account: string, code: string): Promise<Group>
  leave(account: string, groupId: string): Promise<void>
  removeMember(account: string, groupId: string, member: string): Promise<Group>
  setRole(account: string, groupId: string, member: string, role: Role): Promise<Group>
}

export function groupBook(dataDir: string): GroupBook {
  const path = groupsPath(dataDir)
  const cached = cachedDataFile(path, groupsFileSchema, emptyGroups)
  const change = <T>(apply: (file: GroupsFile, now: number) => T): Promise<T> =>
    withFileLock(path, async () => {
      const file = await readDataFile(path, groupsFileSchema, emptyGroups)
      const now = Date.now()
      const result = apply(file, now)
      for (const group of file.groups) dropExpiredInvites(group, now)
      await writeDataFile(path, file)
      return result
    })
  return {
    all: async () => (await cached.get()).groups,
    create: (account, name) =>
      change((file, now) => {
        roomForOneMore(file, account)
        const at = new Date(now).toISOString()
        const group: Group = {
          id: randomBytes(8).toString('hex'),
          name,
          createdAt: at,
          members: [{ account, role: 'owner', joinedAt: at }],
          invites: []
        }
        file.groups.push(group)
        return group
      }),
    invite: (account, groupId, role, days) =>
      change((file, now) => {
        const group = asOwner(file, groupId, account)
        dropExpiredInvites(group, now)
        if (group.invites.length >= MAX_INVITES_PER_GROUP) {
          throw new GroupError(
            409,
            'too-many-invites',
            `a group keeps at most ${MAX_INVITES_PER_GROUP} pending invites`
          )
        }
        // 16 random bytes: too many to guess, short enough to read out or paste (22 characters).
        const code = randomBytes(16).toString('base64url')
        const expiresAt = new Date(now + days * 86_400_000).toISOString()
        group.invites.push({ codeSha256: sha256(code).toString('hex'), role, createdBy: account, expiresAt })
        return { code, expiresAt }
      }),
    join: (account, code) =>
      change((file, now) => {
        const hash = sha256(code)
        let found: { group: Group; index: number } | undefined
        // Every pending invite is compared, each in constant time: timing says nothing of which codes exist.
        for (const group of file.groups) {
          for (const [index, invite] of group.invites.entries()) {
            const matches = timingSafeEqual(hash, Buffer.from(invite.codeSha256, 'hex'))
            if (matches && Date.parse(invite.expiresAt) > now) found = { group, index }
          }
        }
        if (!found) throw new GroupError(404, 'bad-code', 'this invite code is unknown, used or expired')
        const { group, index } = found
        const invite = group.invites.splice(index, 1)[0]!
        if (memberOf(group, account)) return group // already in: the code is spent all the same
        roomForOneMore(file, account)
        if (group.members.length >= MAX_MEMBERS_PER_GROUP) {
          throw new GroupError(409, 'group-full', `a group has at most ${MAX_MEMBERS_PER_GROUP} members`)
        }
        group.members.push({ account, role: invite.role, joinedAt: new Date(now).toISOString() })
        return group
      }),
    leave: (account, groupId) =>
      change((file) => {
        const { group, me } = groupOf(file, groupId, account)
        if (me.role === 'owner' && ownersOf(group) === 1 && group.members.length > 1) {
          throw new GroupError(409, 'last-owner', 'the last owner cannot leave: make another member owner first')
        }
        group.members = group.members.filter((member) => member.account !== account)
        // The last member gone, nobody may open its documents: the group goes.
        if (group.members.length === 0) file.groups = file.groups.filter((entry) => entry !== group)
      }),
    removeMember: (account, groupId, member) =>
      change((file) => {
        const group = asOwner(file, groupId, account)
        if (member === account) throw new GroupError(409, 'self', 'to leave a group, leave it')
        if (!memberOf(group, member)) throw new GroupError(404, 'not-member', 'no such member in this group')
        group.members = group.members.filter((entry) => entry.account !== member)
        return group
      }),
    setRole: (account, groupId, member, role) =>
      change((file) => {
        const group = asOwner(file, groupId, account)
        const target = memberOf(group, member)
        if (!target) throw new GroupError(404, 'not-member', 'no such member in this group')
        if (target.role === 'owner' && role !== 'owner' && ownersOf(group) === 1) {
          throw new GroupError(409, 'last-owner', 'a group keeps at least one owner')
        }
        target.role = role
        return group
      })
  }
}
