// The account's Y.Doc on this device, loaded from its files and kept there: every update (the page's, the
// server's) is appended to the log, the page's pushes resolve once on disk, and the records this device changed
// since the server last acknowledged everything are counted (the "pending" an offline status shows), across
// restarts. What a remote update touched is handed on, table by table, to be sent to the page.

import { randomBytes } from 'node:crypto'
import { readFile, writeFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { SYNCED_TABLES, type RecordChange, type SyncedTable } from '../../shared/sync/sync-types'
import { applyChanges, tableOf, touchedKeys } from './record-doc'
import { ENTRY, openUpdateLog, type LogEntry, type UpdateLog } from './update-log'

/** The origins of transactions that are this device's own: the page's pushes, and the log replayed at load. */
const LOCAL = Symbol('local push')
const REPLAY = Symbol('replayed from disk')
const REPLAY_LOCAL = Symbol('this device’s change replayed from disk')

const pendingKey = (table: SyncedTable, key: string) => `${table}\u0000${key}`
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** This device's id in the document's records (its edit counts): random, kept beside the document. */
async function deviceId(dir: string): Promise<string> {
  const path = join(dir, 'device')
  try {
    const id = (await readFile(path, 'utf8')).trim()
    if (/^[0-9a-f]{16}$/.test(id)) return id
  } catch {
    // None yet: made below.
  }
  const id = randomBytes(8).toString('hex')
  await writeFile(`${path}.tmp`, id, { flush: true })
  await rename(`${path}.tmp`, path)
  return id
}

export interface AccountDocument {
  readonly doc: Y.Doc
  /** Records changed here and not yet acknowledged by the server. */
  pending(): number
  /** Bytes of a torn log tail dropped when it was loaded. */
  readonly droppedBytes: number
  /** Applies the page's changes; resolves once they are on disk, with how many records they changed. */
  push(changes: readonly RecordChange[]): Promise<number>
  /** The server has everything: nothing is pending any more. */
  acknowledged(): void
  /** Called after each transaction that a remote update made, with what it touched. */
  onRemote(listener: (touched: Map<SyncedTable, Set<string>>) => void): void
  /** Called after each of the page's pushes that changed something, with how many records it changed. */
  onLocal(listener: (count: number) => void): void
  /** Called after each transaction of any origin, with the tables it touched. */
  onTouched(listener: (tables: ReadonlySet<SyncedTable>) => void): void
  close(): Promise<void>
}

export async function openAccountDocument(dir: string): Promise<AccountDocument> {
  const log: UpdateLog = await openUpdateLog(dir)
  const device = await deviceId(dir)
  const doc = new Y.Doc()
  const pending = new Set<string>()
  let remoteListener: (touched: Map<SyncedTable, Set<string>>) => void = () => undefined
  let touchedListener: (tables: ReadonlySet<SyncedTable>) => void = () => undefined
  let localListener: (count: number) => void = () => undefined

  // What the transaction under way touched, table by table (its deep observers run before afterTransaction).
  let touched = new Map<SyncedTable, Set<string>>()
  let localCount = 0
  for (const table of SYNCED_TABLES) {
    const rows = tableOf(doc, table)
    rows.observeDeep((events) => {
      const keys = touchedKeys(events, rows)
      if (keys.size > 0) touched.set(table, keys)
    })
  }
  doc.on('afterTransaction', (transaction) => {
    if (touched.size === 0) return
    const now = touched
    touched = new Map()
    const origin = transaction.origin
    if (origin === LOCAL) {
      localCount = [...now.values()].reduce((sum, keys) => sum + keys.size, 0)
      localListener(localCount)
    }
    if (origin === LOCAL || origin === REPLAY_LOCAL) {
      for (const [table, keys] of now) for (const key of keys) pending.add(pendingKey(table, key))
    } else if (origin !== REPLAY) remoteListener(now)
    touchedListener(new Set(now.keys()))
  })

  for (const entry of log.entries) {
    if (entry.kind === ENTRY.remote) Y.applyUpdate(doc, entry.payload, REPLAY)
    else if (entry.kind === ENTRY.local) Y.applyUpdate(doc, entry.payload, REPLAY_LOCAL)
    else if (entry.kind === ENTRY.synced) pending.clear()
    else
      for (const key of JSON.parse(decoder.decode(entry.payload)) as unknown[])
        if (typeof key === 'string') pending.add(key)
  }

  // Every later update goes to disk; the page's push waits for its own.
  let written: Promise<void> | null = null
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REPLAY || origin === REPLAY_LOCAL) return
    written = log.append({ kind: origin === LOCAL ? ENTRY.local : ENTRY.remote, payload: update })
    written.catch(() => undefined)
    if (log.wantsCompaction()) void log.compact(snapshot).catch(() => undefined)
  })
  const snapshot = (): LogEntry[] => [
    { kind: ENTRY.remote, payload: Y.encodeStateAsUpdate(doc) },
    { kind: ENTRY.pending, payload: encoder.encode(JSON.stringify([...pending])) }
  ]

  return {
    doc,
    pending: () => pending.size,
    droppedBytes: log.dropped,
    async push(changes) {
      written = null
      localCount = 0
      applyChanges(doc, device, changes, LOCAL)
      const mine = written as Promise<void> | null
      const count = localCount
      if (mine) await mine
      return count
    },
    acknowledged() {
      if (pending.size === 0) return
      pending.clear()
      void log.append({ kind: ENTRY.synced, payload: new Uint8Array() }).catch(() => undefined)
    },
    onRemote: (listener) => void (remoteListener = listener),
    onTouched: (listener) => void (touchedListener = listener),
    onLocal: (listener) => void (localListener = listener),
    async close() {
      await log.close()
      doc.destroy()
    }
  }
}
