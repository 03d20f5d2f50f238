// The server's HTTP routes, beside the WebSocket: health, who a token is, and groups (create, list, invite,
// join, leave, remove a member, change a role). JSON in and out, a Bearer token on every route but /health,
// bodies of 64 KB at most, every body checked with zod; an error is `{ error: <code>, message }` with its status.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { displayNameSchema, type Account, type AccountBook } from './accounts'
import { GroupError, INVITE_DAYS, ROLES, type Group, type GroupBook } from './groups'

export const MAX_BODY_BYTES = 64 * 1024

/** A group as its member sees it: their role, and every member with their name and role. */
export interface GroupView {
  id: string
  name: string
  role: string
  members: { account: string; name: string | null; role: string }[]
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

const createGroupBody = z.strictObject({ name: displayNameSchema })
const inviteBody = z.strictObject({
  role: z.enum(ROLES),
  expiresInDays: z.number().int().min(1).max(INVITE_DAYS.max).optional()
})
const joinBody = z.strictObject({ code: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'not an invite code') })
const roleBody = z.strictObject({ role: z.enum(ROLES) })

const ID = '([0-9a-f]{16})'
const ROUTES = {
  invites: new RegExp(`^/groups/${ID}/invites$`),
  leave: new RegExp(`^/groups/${ID}/leave$`),
  member: new RegExp(`^/groups/${ID}/members/${ID}$`)
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  })
  response.end(text)
}

/** The request's JSON body, read up to MAX_BODY_BYTES (413 beyond, without reading the rest). */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'content-type', 'send the body as application/json')
  }
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'too-large', `a body is ${MAX_BODY_BYTES} bytes at most`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'too-large', `a body is ${MAX_BODY_BYTES} bytes at most`)
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError(400, 'malformed', 'the body is not JSON')
  }
}

async function body<T>(request: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(request))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    throw new HttpError(400, 'invalid', `${where}${issue?.message ?? 'invalid body'}`)
  }
  return parsed.data
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? ''
  const match = /^Bearer ([^\s]+)$/.exec(header)
  if (!match) throw new HttpError(401, 'token', 'send your token as "Authorization: Bearer <token>"')
  return match[1]!
}

export interface HttpApiOptions {
  accounts: AccountBook
  groups: GroupBook
  /** What /health says beyond `ok` (documents and connections open). */
  health: () => Record<string, unknown>
  /** Called after a change of membership or role, so that open connections follow it at once. */
  afterGroupChange: () => Promise<void>
}

export function httpApi(options: HttpApiOptions) {
  const { accounts, groups } = options

  /** The group as `me` sees it; names from one read of the accounts (`current`). */
  function view(group: Group, me: string, current: Map<string, Account>): GroupView {
    const members = group.members.map((member) => ({
      account: member.account,
      name: current.get(member.account)?.name ?? null,
      role: member.role
    }))
    return { id: group.id, name: group.name, role: members.find((m) => m.account === me)?.role ?? 'none', members }
  }
  const viewOf = async (group: Group, me: string) => view(group, me, await accounts.current())

  async function caller(request: IncomingMessage): Promise<Account> {
    const checked = await accounts.check(bearer(request))
    if (!checked.ok) {
      throw checked.reason === 'expired'
        ? new HttpError(401, 'token-expired', 'this account has expired')
        : new HttpError(401, 'token', 'this token is not one the server knows')
    }
    return checked.account
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://server').pathname
    const method = request.method ?? 'GET'
    if (path === '/health') {
      if (method !== 'GET') throw new HttpError(405, 'method', 'GET /health')
      return send(response, 200, { ok: true, ...options.health() })
    }
    const me = await caller(request)
    let match: RegExpExecArray | null
    if (path === '/me' && method === 'GET') {
      return send(response, 200, { account: me.id, name: me.name, expiresAt: me.expiresAt })
    }
    if (path === '/groups' && method === 'GET') {
      const mine = (await groups.all()).filter((group) => group.members.some((m) => m.account === me.id))
      const current = await accounts.current()
      return send(response, 200, { groups: mine.map((group) => view(group, me.id, current)) })
    }
    if (path === '/groups' && method === 'POST') {
      const { name } = await body(request, createGroupBody)
      return send(response, 201, { group: await viewOf(await groups.create(me.id, name), me.id) })
    }
    if (path === '/groups/join' && method === 'POST') {
      const { code } = await body(request, joinBody)
      const group = await groups.join(me.id, code)
      await options.afterGroupChange()
      return send(response, 200, { group: await viewOf(group, me.id) })
    }
    if ((match = ROUTES.invites.exec(path)) && method === 'POST') {
      const { role, expiresInDays } = await body(request, inviteBody)
      const invite = await groups.invite(me.id, match[1]!, role, expiresInDays ?? INVITE_DAYS.default)
      return send(response, 201, { code: invite.code, role, expiresAt: invite.expiresAt })
    }
    if ((match = ROUTES.leave.exec(path)) && method === 'POST') {
      await groups.leave(me.id, match[1]!)
      await options.afterGroupChange()
      return send(response, 200, { left: match[1] })
    }
    if ((match = ROUTES.member.exec(path)) && (method === 'DELETE' || method === 'PATCH')) {
      const group =
        method === 'DELETE'
          ? await groups.removeMember(me.id, match[1]!, match[2]!)
          : await groups.setRole(me.id, match[1]!, match[2]!, (await body(request, roleBody)).role)
      await options.afterGroupChange()
      return send(response, 200, { group: await viewOf(group, me.id) })
    }
    if (path === '/me' || path === '/groups' || Object.values(ROUTES).some((pattern) => pattern.test(path))) {
      throw new HttpError(405, 'method', `${method} is not served on ${path}`)
    }
    throw new HttpError(404, 'not-found', `nothing is served on ${path}`)
  }

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      await route(request, response)
    } catch (error) {
      if (error instanceof HttpError || error instanceof GroupError) {
        // A body refused unread: the connection is closed after the answer, so the rest is never read.
        if (error.status === 413) response.setHeader('Connection', 'close')
        if (error.status === 401) response.setHeader('WWW-Authenticate', 'Bearer')
        return send(response, error.status, { error: error.code, message: error.message })
      }
      process.stderr.write(`sync-server: ${request.method} ${request.url}: ${String(error)}\n`)
      if (!response.headersSent) send(response, 500, { error: 'internal', message: 'the server failed this request' })
      else response.destroy()
    }
  }
}
