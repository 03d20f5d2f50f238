// Main's sync engine: the account's Y.Doc on this device (account-document.ts), carried to and from a Hocuspocus
// server by its provider over WebSocket, reconnecting by itself with a growing delay. The page pushes its changes
// and receives the remote ones as records; the status it shows is derived from the provider's own events, so it
// says what is true now: syncing, synced (the server acknowledged everything), offline (with what waits), refused.

import { createHash } from 'node:crypto'
import { rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import WebSocket from 'ws'
import {
  MAX_SYNC_BATCH,
  SYNCED_TABLES,
  type ConnectSyncResult,
  type RecordChange,
  type SyncConnection,
  type SyncedTable,
  type SyncRecordsPage,
  type SyncState,
  type SyncStatus
} from '../../shared/sync/sync-types'
import { SYNC_LIMITS } from '../../shared/sync/sync-types'
import { openAccountDocument, type AccountDocument } from './account-document'
import { forgetConnection, loadConnection, saveConnection, savedAddress, type TokenProtection } from './connection-file'
import { isAlive, materialize, readRecord, tableOf } from './record-doc'
import type { SyncService } from './sync-service'
import * as Y from 'yjs'

export interface SyncEngineOptions {
  /** The engine's folder: `<userData>/sync` (connection.json and one folder per server and account). */
  dir: string
  /** How the token is kept at rest (the app: safeStorage); none: as it is, readable by this user only. */
  protection?: TokenProtection | null
  /** How long `connect` waits for the server's answer. */
  connectTimeoutMs?: number
  /** The reconnection delays: the first, and the most it grows to (doubling, with jitter). */
  retry?: { delay: number; maxDelay: number }
  now?: () => Date
}

export interface SyncEngine extends SyncService {
  /** Resolves once the saved connection (if any) has been read and its document loaded. */
  readonly ready: Promise<void>
  /** Remote records dropped since start because they were not records the contract accepts. */
  dropped(): number
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000
const DEFAULT_RETRY = { delay: 1_000, maxDelay: 30_000 }
const MAX_MESSAGE = 1_000

/**
 * The provider's WebSocket: ws's, with an error listener of its own. The provider drops its listeners before it
 * closes a socket still connecting (a destroy, a retry), and ws then reports that close as an error nobody hears.
 */
class ProviderSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols)
    this.on('error', () => undefined)
  }
}

/** The server's WebSocket address for what the user typed: http(s) is the same server's ws(s). */
export function socketUrl(server: string): string {
  const url = new URL(server)
  if (url.protocol === 'http:') url.protocol = 'ws:'
  else if (url.protocol === 'https:') url.protocol = 'wss:'
  return url.toString()
}

/** The Hocuspocus document of an account's private data. */
export const accountDocumentName = (account: string): string => `account:${account}`

/** Where the document of one server and account lives under the engine's folder. */
export const documentDir = (dir: string, connection: Pick<SyncConnection, 'server' | 'account'>): string =>
  join(
    dir,
    'documents',
    createHash('sha256')
      .update(`${socketUrl(connection.server)}\n${connection.account}`)
      .digest('hex')
      .slice(0, 32)
  )

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false
  )

/** What the server said when it refused, as the status shows it: a token problem, or another reason. */
function refusal(reason: string): Extract<SyncStatus, { state: 'refused' }> {
  return {
    state: 'refused',
    reason: reason.startsWith('token') || reason === 'permission-denied' ? 'token' : 'other',
    message: reason.slice(0, MAX_MESSAGE)
  }
}

type Contact = { ok: true } | { ok: false; message: string }

/** One connection's life: its document, its provider (none when the token cannot be used) and its status. */
interface Session {
  connection: SyncConnection
  document: AccountDocument
  status(): SyncStatus
  /** Resolves at the server's first answer: authenticated, refused, or unreachable (within `ms`). */
  firstContact(ms: number): Promise<Contact>
  stop(): Promise<void>
}

interface SessionHooks {
  now(): Date
  retry: { delay: number; maxDelay: number }
  changed(): void
  remote(changes: RecordChange[]): void
  malformed(count: number): void
  touched(tables: ReadonlySet<SyncedTable>): void
}

async function startSession(
  connection: SyncConnection,
  document: AccountDocument,
  hooks: SessionHooks,
  refused: SyncStatus | null
): Promise<Session> {
  let status: SyncStatus = refused ?? { state: 'syncing', sent: 0, received: 0 }
  let authenticated = false
  // What was sent and received since the status last said synced (shown while syncing).
  let sent = 0
  let received = 0
  const contactListeners = new Set<(contact: Contact) => void>()
  const contact = (result: Contact) => {
    for (const listener of [...contactListeners]) listener(result)
  }
  const set = (next: SyncStatus) => {
    status = next
    hooks.changed()
  }

  document.onTouched(hooks.touched)
  document.onRemote((touched) => {
    const { batches, malformed } = materialize(document.doc, touched)
    if (malformed > 0) hooks.malformed(malformed)
    received += batches.reduce((sum, batch) => sum + batch.length, 0)
    for (const batch of batches) hooks.remote(batch)
    hooks.changed()
  })
  // Counted when the transaction ends, before the provider sends it (and the status turns from synced to syncing).
  document.onLocal((count) => {
    sent += count
    hooks.changed()
  })

  if (refused) {
    return {
      connection,
      document,
      status: () => status,
      firstContact: async () => ({ ok: false, message: refused.state === 'refused' ? refused.message : '' }),
      stop: () => document.close()
    }
  }

  const socket = new HocuspocusProviderWebsocket({
    url: socketUrl(connection.server),
    WebSocketPolyfill: ProviderSocket,
    delay: hooks.retry.delay,
    minDelay: hooks.retry.delay,
    maxDelay: hooks.retry.maxDelay
  })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: accountDocumentName(connection.account),
    document: document.doc,
    token: () => connection.token
  })

  const settle = () => {
    if (!authenticated || status.state === 'refused' || status.state === 'offline') return
    if (provider.synced && provider.unsyncedChanges === 0) {
      document.acknowledged()
      if (status.state === 'synced') return
      sent = 0
      received = 0
      set({ state: 'synced', at: hooks.now().toISOString() })
    } else if (status.state === 'synced') set({ state: 'syncing', sent, received })
  }
  const goOffline = () => {
    authenticated = false
    if (status.state === 'refused') return
    if (status.state !== 'offline')
      set({ state: 'offline', since: hooks.now().toISOString(), pending: document.pending() })
  }
  const refuse = (reason: string) => {
    authenticated = false
    // A token the server refuses stays refused: no more attempts until the user connects again.
    socket.disconnect()
    set(refusal(reason))
    contact({ ok: false, message: `Le serveur a refusé la connexion (${reason.slice(0, MAX_MESSAGE)}).` })
  }

  provider.on('authenticated', () => {
    authenticated = true
    // What waited while offline is what goes up first.
    sent = document.pending()
    received = 0
    set({ state: 'syncing', sent, received })
    contact({ ok: true })
    settle()
  })
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => refuse(String(reason)))
  provider.on('synced', settle)
  provider.on('unsyncedChanges', settle)
  // The server closes the document (or the socket) of an account removed, a token expired or access lost.
  provider.on('close', ({ event }: { event?: { reason?: unknown } }) => {
    const reason = typeof event?.reason === 'string' ? event.reason : ''
    if (reason.startsWith('token') || reason === 'forbidden') refuse(reason)
  })
  socket.on('disconnect', () => {
    goOffline()
    contact({ ok: false, message: `Le serveur ${connection.server} ne répond pas.` })
  })
  socket.on('status', ({ status: socketStatus }: { status: WebSocketStatus }) => {
    if (socketStatus === WebSocketStatus.Disconnected) goOffline()
  })
  provider.attach()

  return {
    connection,
    document,
    status: () =>
      status.state === 'offline'
        ? { ...status, pending: document.pending() }
        : status.state === 'syncing'
          ? { state: 'syncing', sent, received }
          : status,
    firstContact: (ms) =>
      new Promise<Contact>((resolve) => {
        const timer = setTimeout(
          () => done({ ok: false, message: `Le serveur ${connection.server} ne répond pas.` }),
          ms
        )
        const done = (result: Contact) => {
          clearTimeout(timer)
          contactListeners.delete(done)
          resolve(result)
        }
        if (authenticated) return done({ ok: true })
        contactListeners.add(done)
      }),
    async stop() {
      provider.destroy()
      socket.destroy()
      await document.close()
    }
  }
}

/** Makes the engine; it reconnects to the saved connection at once (in the background: see `ready`). */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { dir } = options
  const protection = options.protection ?? null
  const now = options.now ?? (() => new Date())
  const changeListeners = new Set<(changes: RecordChange[]) => void>()
  const stateListeners = new Set<(state: SyncState) => void>()
  let session: Session | null = null
  /** A connection shown without a session (its token no longer reads): refused until the user connects again. */
  let orphan: SyncState | null = null
  let dropped = 0
  let lastState = ''
  let closed = false
  // Sorted live keys of each table, for `records`; dropped when a transaction touches the table.
  const liveKeys = new Map<SyncedTable, string[]>()
  // connect, disconnect and close one after another; a push waits for a connection being switched.
  let operations: Promise<unknown> = Promise.resolve()
  let switching: Promise<void> = Promise.resolve()
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const done = operations.then(work)
    operations = done.catch(() => undefined)
    return done
  }

  const state = (): SyncState =>
    session
      ? {
          connection: { server: session.connection.server, account: session.connection.account },
          status: session.status()
        }
      : (orphan ?? { connection: null, status: { state: 'off' } })

  const announce = () => {
    const current = state()
    const text = JSON.stringify(current)
    if (text === lastState) return
    lastState = text
    for (const listener of [...stateListeners])
      try {
        listener(current)
      } catch (error) {
        console.error('Synchronisation : état non transmis', error)
      }
  }

  const hooks: SessionHooks = {
    now,
    retry: options.retry ?? DEFAULT_RETRY,
    changed: () => announce(),
    remote: (changes) => {
      // A listener's failure (a window gone) must not undo the update the document has already applied.
      for (const listener of [...changeListeners])
        try {
          listener(changes)
        } catch (error) {
          console.error('Synchronisation : changements non transmis', error)
        }
    },
    malformed: (count) => void (dropped += count),
    touched: (tables) => {
      for (const table of tables) liveKeys.delete(table)
    }
  }

  async function open(connection: SyncConnection, refused: SyncStatus | null): Promise<Session> {
    liveKeys.clear()
    const document = await openAccountDocument(documentDir(dir, connection))
    return startSession(connection, document, hooks, refused)
  }

  async function stopSession(): Promise<void> {
    const stopping = session
    session = null
    liveKeys.clear()
    await stopping?.stop()
  }

  const ready = serially(async () => {
    const saved = await loadConnection(dir, protection)
    if (saved === 'undecryptable') {
      const address = await savedAddress(dir)
      if (address) {
        orphan = {
          connection: {
            server: address.server.slice(0, SYNC_LIMITS.server),
            account: address.account.slice(0, SYNC_LIMITS.account)
          },
          status: {
            state: 'refused',
            reason: 'other',
            message: 'Le jeton enregistré ne se lit plus sur cet appareil : connectez-le à nouveau.'
          }
        }
      }
    } else if (saved) session = await open(saved, null)
    announce()
  }).catch((error: unknown) => {
    // A document that does not open (a disk error) leaves sync off; the user's data is still in the page.
    console.error('Synchronisation : reprise impossible', error)
  })

  const whenSettled = async () => {
    await ready.catch(() => undefined)
    await switching
  }

  return {
    ready,
    dropped: () => dropped,
    connect: (connection) =>
      serially(async (): Promise<ConnectSyncResult> => {
        if (closed) return { ok: false, message: 'La synchronisation est arrêtée.' }
        const previous = session?.connection ?? null
        const dirOfNew = documentDir(dir, connection)
        const existed = await exists(dirOfNew)
        let swapped!: () => void
        switching = new Promise<void>((resolve) => (swapped = resolve))
        try {
          await stopSession()
          orphan = null
          session = await open(connection, null)
        } finally {
          swapped()
        }
        announce()
        const contact = await session.firstContact(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS)
        if (contact.ok) {
          await saveConnection(dir, connection, protection)
          return { ok: true, state: state() }
        }
        await stopSession()
        if (!existed) await rm(dirOfNew, { recursive: true, force: true })
        // The connection that worked before goes on as it was.
        if (previous) session = await open(previous, null)
        announce()
        return { ok: false, message: contact.message }
      }),
    disconnect: () =>
      serially(async () => {
        const current = session?.connection
        await stopSession()
        orphan = null
        if (current) await rm(documentDir(dir, current), { recursive: true, force: true })
        await forgetConnection(dir)
        announce()
      }),
    state,
    credentials: () => (session ? { ...session.connection } : null),
    async push(changes) {
      await whenSettled()
      if (!session || changes.length === 0) return
      await session.document.push(changes)
    },
    async records(offset, limit): Promise<SyncRecordsPage> {
      await whenSettled()
      if (!session) return { changes: [], next: null }
      const { doc } = session.document
      const from = Math.max(0, Math.floor(offset))
      const to = from + Math.max(1, Math.min(MAX_SYNC_BATCH, Math.floor(limit)))
      const changes: RecordChange[] = []
      // Positions in the tables' live keys one after the other; a malformed record leaves its place empty.
      let position = 0
      for (const table of SYNCED_TABLES) {
        const keys = keysOf(doc, table)
        for (let at = Math.max(from, position); at < Math.min(to, position + keys.length); at++) {
          const change = readRecord(doc, table, keys[at - position]!)
          if (change !== 'malformed' && change.record !== null) changes.push(change)
        }
        position += keys.length
      }
      return { changes, next: to < position ? to : null }
    },
    onChanges(listener) {
      changeListeners.add(listener)
      return () => void changeListeners.delete(listener)
    },
    onState(listener) {
      stateListeners.add(listener)
      return () => void stateListeners.delete(listener)
    },
    close: () =>
      serially(async () => {
        closed = true
        await stopSession()
      })
  }

  function keysOf(doc: Y.Doc, table: SyncedTable): string[] {
    let keys = liveKeys.get(table)
    if (!keys) {
      keys = []
      for (const [key, entry] of tableOf(doc, table).entries())
        if (entry instanceof Y.Map && isAlive(entry)) keys.push(key)
      keys.sort()
      liveKeys.set(table, keys)
    }
    return keys
  }
}
