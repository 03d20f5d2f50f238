// What the sync server's tests share: a data folder per test, servers started on 127.0.0.1 port 0 and stopped
// after each test, Hocuspocus providers over `ws` opened and destroyed with them, the HTTP API as JSON, and a
// bounded wait for what arrives over the network.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { afterEach } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createAccount } from '../../src/sync-server/accounts'
import { startSyncServer, type RunningSyncServer, type SyncServerOptions } from '../../src/sync-server/server'

const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  // Providers first, then servers, then folders: the reverse of how they were made.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

export const onCleanup = (cleanup: () => Promise<void> | void) => cleanups.push(cleanup)

export async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-sync-'))
  onCleanup(() => rm(dir, { recursive: true, force: true }))
  return dir
}

export async function startServer(
  options: Partial<SyncServerOptions> & { dataDir: string }
): Promise<RunningSyncServer> {
  const server = await startSyncServer({ port: 0, host: '127.0.0.1', quiet: true, ...options })
  onCleanup(() => server.close())
  return server
}

/** Polls `check` until it holds (returns without throwing), for at most `timeoutMs` (within Vitest's 5 s). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 4000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((done) => setTimeout(done, 25))
    }
  }
}

export interface OpenDocument {
  provider: HocuspocusProvider
  doc: Y.Doc
  /** 'read-write' or 'readonly', as the server granted it. */
  scope: string
  /** Resolves with the reason when the server closes this document's connection. */
  closed: Promise<string>
  annotations: Y.Map<unknown>
  /** How many of this client's writes the server has answered "not applied" (read-only). */
  refusedWrites: () => number
}

/** Hocuspocus' SyncStatus message (type 8): 1 when the server applied a client's update, 0 when it dropped it. */
function isRefusedWrite(data: ArrayBuffer | Uint8Array): boolean {
  const bytes = new Uint8Array(data)
  const nameLength = bytes[0] ?? 0 // document names here are < 128 bytes: a one-byte varuint
  return bytes[1 + nameLength] === 8 && bytes[2 + nameLength] === 0
}

export type OpenResult = { ok: true; open: OpenDocument } | { ok: false; reason: string }

/**
 * Opens document `name` with `token` as Folio's client does, and resolves once the server has authenticated it
 * and synced, or refused it (with the reason it gave).
 */
export function openDocument(
  url: string,
  name: string,
  token: string,
  options: { WebSocket?: new (address: string, protocols?: string | string[]) => WebSocket } = {}
) {
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: options.WebSocket ?? WebSocket })
  let closedWith: (reason: string) => void = () => undefined
  const closed = new Promise<string>((resolve) => (closedWith = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onClose: ({ event }) => closedWith(event.reason)
  })
  provider.attach()
  let refused = 0
  provider.on('message', ({ event }: { event: MessageEvent }) => {
    if (isRefusedWrite(event.data as ArrayBuffer)) refused++
  })
  onCleanup(() => {
    provider.destroy()
    socket.destroy()
  })
  return new Promise<OpenResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: neither synced nor refused in 4 s`)), 4000)
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer)
      resolve({ ok: false, reason })
    })
    provider.on('synced', () => {
      clearTimeout(timer)
      resolve({
        ok: true,
        open: {
          provider,
          doc,
          scope: provider.authorizedScope ?? '',
          closed,
          annotations: doc.getMap('annotations'),
          refusedWrites: () => refused
        }
      })
    })
  })
}

/** Opens a document that must open, failing with the server's reason otherwise. */
export async function mustOpen(url: string, name: string, token: string): Promise<OpenDocument> {
  const result = await openDocument(url, name, token)
  if (!result.ok) throw new Error(`${name} refused: ${result.reason}`)
  return result.open
}

export interface ApiAnswer {
  status: number
  body: Record<string, unknown> & { error?: string }
}

/** A JSON request to the server's HTTP API with a Bearer token. */
export async function api(
  httpUrl: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown
): Promise<ApiAnswer> {
  const response = await fetch(`${httpUrl}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: response.status, body: (await response.json()) as ApiAnswer['body'] }
}

export interface Person {
  account: string
  token: string
}

export const person = (dataDir: string, name: string, options?: { expiresInDays?: number }): Promise<Person> =>
  createAccount(dataDir, name, options)

/** A group made by `owner`, with each other person joined by an invite of their role. */
export async function groupOf(
  httpUrl: string,
  owner: Person,
  others: { who: Person; role: 'owner' | 'annotate' | 'read' }[]
): Promise<string> {
  const created = await api(httpUrl, 'POST', '/groups', owner.token, { name: 'Séminaire 1950' })
  const group = (created.body.group as { id: string }).id
  for (const { who, role } of others) {
    const invite = await api(httpUrl, 'POST', `/groups/${group}/invites`, owner.token, { role })
    const joined = await api(httpUrl, 'POST', '/groups/join', who.token, { code: invite.body.code })
    if (joined.status !== 200) throw new Error(`join: ${JSON.stringify(joined.body)}`)
  }
  return group
}

/** lib0's varuint, as Hocuspocus' messages carry lengths and types (for the tests that write raw messages). */
export function varUint(value: number): number[] {
  const bytes: number[] = []
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80)
    value = Math.floor(value / 128)
  }
  bytes.push(value)
  return bytes
}

/** A length-prefixed byte string or UTF-8 string, as lib0 writes them. */
export function varBytes(data: Uint8Array | string): number[] {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  return [...varUint(bytes.length), ...bytes]
}
