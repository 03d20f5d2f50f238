// The sync server's group routes, called with the device's connection (its token as a Bearer): who the token is,
// the groups with their members, create, invite, join, leave, remove a member, change a role. Every answer is
// checked (zod) before it is used: a server is another machine, its answers are input like any other.

import { z } from 'zod'
import { GROUP_ROLES, MAX_GROUP_NAME, SERVER_ID, type GroupRole } from '../../../shared/sync/group-types'

/** How long one request may take before it counts as "the server does not answer". */
const REQUEST_TIMEOUT_MS = 10_000
/** The largest answer read (a group of 500 members with their names is far below). */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024

const id = z.string().regex(SERVER_ID)
const name = z.string().max(MAX_GROUP_NAME * 4)
export const serverGroupSchema = z.object({
  id,
  name,
  role: z.enum(GROUP_ROLES),
  members: z.array(z.object({ account: id, name: name.nullable(), role: z.enum(GROUP_ROLES) })).max(1_000)
})
export type ServerGroup = z.infer<typeof serverGroupSchema>

const meSchema = z.object({ account: id, name })
const groupsSchema = z.object({ groups: z.array(serverGroupSchema).max(1_000) })
const oneGroupSchema = z.object({ group: serverGroupSchema })
const inviteSchema = z.object({ code: z.string().max(100), expiresAt: z.string().max(40) })
const errorSchema = z.object({ error: z.string().max(100), message: z.string().max(1_000) })

/** A refusal of the server (its code and message) or no answer at all (`code` 'offline'). */
export class GroupApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/** The server's HTTP address for what the user typed: ws(s) is the same server's http(s). */
export function httpBase(server: string): URL {
  const url = new URL(server)
  if (url.protocol === 'ws:') url.protocol = 'http:'
  else if (url.protocol === 'wss:') url.protocol = 'https:'
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  url.search = ''
  url.hash = ''
  return url
}

export interface GroupApi {
  me(): Promise<{ account: string; name: string }>
  groups(): Promise<ServerGroup[]>
  create(name: string): Promise<ServerGroup>
  invite(groupId: string, role: GroupRole): Promise<{ code: string; expiresAt: string }>
  join(code: string): Promise<ServerGroup>
  leave(groupId: string): Promise<void>
  removeMember(groupId: string, account: string): Promise<void>
  setRole(groupId: string, account: string, role: GroupRole): Promise<void>
}

export function groupApi(server: string, token: string, fetchImpl: typeof fetch = fetch): GroupApi {
  const base = httpBase(server)
  async function call<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    let response: Response
    try {
      response = await fetchImpl(new URL(path, base), {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'error',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
      })
    } catch {
      throw new GroupApiError('offline', `Le serveur ${base.host} ne répond pas.`)
    }
    const text = await response.text()
    if (text.length > MAX_ANSWER_BYTES) throw new GroupApiError('malformed', 'Réponse du serveur trop grande.')
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new GroupApiError('malformed', `Réponse illisible du serveur (${response.status}).`)
    }
    if (!response.ok) {
      const refusal = errorSchema.safeParse(json)
      throw refusal.success
        ? new GroupApiError(refusal.data.error, refusal.data.message)
        : new GroupApiError('malformed', `Refus du serveur (${response.status}).`)
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) throw new GroupApiError('malformed', 'Réponse du serveur mal formée.')
    return parsed.data
  }
  const ok = z.unknown()
  return {
    me: () => call('GET', 'me', meSchema),
    groups: async () => (await call('GET', 'groups', groupsSchema)).groups,
    create: async (groupName) => (await call('POST', 'groups', oneGroupSchema, { name: groupName })).group,
    invite: (groupId, role) => call('POST', `groups/${id.parse(groupId)}/invites`, inviteSchema, { role }),
    join: async (code) => (await call('POST', 'groups/join', oneGroupSchema, { code })).group,
    leave: async (groupId) => void (await call('POST', `groups/${id.parse(groupId)}/leave`, ok, {})),
    removeMember: async (groupId, account) =>
      void (await call('DELETE', `groups/${id.parse(groupId)}/members/${id.parse(account)}`, ok)),
    setRole: async (groupId, account, role) =>
      void (await call('PATCH', `groups/${id.parse(groupId)}/members/${id.parse(account)}`, ok, { role }))
  }
}
