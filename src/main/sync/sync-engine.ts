// Main's sync engine: the account's Y.Doc on this device (account-document.ts), carried by a session of the
// Hocuspocus provider (sync-session.ts). The page pushes its changes, receives the remote ones as records, and pages
// through every record when it catches up; connect, disconnect and close run one after another, and the connection
// that worked is saved (connection-file.ts) and taken up again at the next start.

import { createHash } from 'node:crypto'
import { rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  MAX_SYNC_BATCH,
  SYNCED_TABLES,
  type ConnectSyncResult,
  type RecordChange,
  type SyncConnection,
  type SyncedTable,
  type SyncRecordsPage,
  type SyncState
} from '../../shared/sync/sync-types'
import { SYNC_LIMITS } from '../../shared/sync/sync-types'
import { openAccountDocument } from './account-document'
import { forgetConnection, loadConnection, saveConnection, savedAddress, type TokenProtection } from './connection-file'
import { isAlive, readRecord, tableOf } from './record-doc'
import { socketUrl, startSession, type Session, type SessionHooks } from './sync-session'
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
/** From 1 s, doubling (with jitter) up to 10 s: a device is back in step within seconds of its server's return. */
const DEFAULT_RETRY = { delay: 1_000, maxDelay: 10_000 }

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

export { accountDocumentName, socketUrl } from './sync-session'

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

  async function open(connection: SyncConnection): Promise<Session> {
    liveKeys.clear()
    const document = await openAccountDocument(documentDir(dir, connection))
    return startSession(connection, document, hooks)
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
    } else if (saved) session = await open(saved)
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
          session = await open(connection)
        } finally {
          swapped()
        }
        announce()
        const contact = await session.firstContact(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS)
        if (contact.ok) {
          await saveConnection(dir, connection, protection)
          // Another server or account replaces the previous one: its copy on this device is no longer needed.
          const previousDir = previous && documentDir(dir, previous)
          if (previousDir && previousDir !== dirOfNew) await rm(previousDir, { recursive: true, force: true })
          return { ok: true, state: state() }
        }
        await stopSession()
        if (!existed) await rm(dirOfNew, { recursive: true, force: true })
        // The connection that worked before goes on as it was.
        if (previous) session = await open(previous)
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
