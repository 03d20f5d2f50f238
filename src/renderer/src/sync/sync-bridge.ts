// The page's side of the sync: Dexie stays the store the app reads, main's engine carries the changes. What the
// user changes here (the database's change feed) goes to main in batches; what comes from other devices is
// checked against the same record schemas as a backup (backup/record-schemas.ts) and written in one transaction.
// Keys changed and not yet handed to main wait in an outbox in localStorage, so a window closed before its push
// still pushes them at the next start, before the engine's records are compared with the device's own.

import type { FolioApi, FolioEventsApi } from '../../../shared/ipc/contract'
import { MAX_SYNC_BATCH, SYNCED_TABLES, type RecordChange, type SyncedTable } from '../../../shared/sync/sync-types'
import { RECORD_SCHEMAS } from '../backup/record-schemas'
import type { Bookmark } from '../db/bookmark'
import type { ChangedKeys } from '../db/change-feed'
import type { FolioDb } from '../db/folio-db'
import { settleBookmarks } from './bookmark-clash'

export type SyncApi = Pick<FolioApi, 'pushSyncChanges' | 'readSyncRecords' | 'syncState'> & FolioEventsApi

/** How long local changes gather before they are pushed (typing a note makes many writes). */
export const PUSH_DELAY_MS = 250

const OUTBOX_KEY = 'folio-sync-outbox'

const isSynced = (table: string): table is SyncedTable => (SYNCED_TABLES as readonly string[]).includes(table)

/** A record as JSON with its keys in order: two equal records give the same text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner
  )
}

/** A remote change checked against its table's record schema; null (and why) when it does not pass. */
export function checkRemoteChange(change: RecordChange): { change: RecordChange } | { problem: string } {
  if (change.record === null) return { change }
  const { schema, key } = RECORD_SCHEMAS[change.table]
  const parsed = schema.safeParse(change.record)
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? 'enregistrement invalide' }
  const record = parsed.data as unknown as Record<string, unknown>
  if (record[key] !== change.key) return { problem: 'clé différente de celle de l’enregistrement' }
  return { change: { ...change, record } }
}

interface Outbox {
  add(changed: ChangedKeys): void
  take(): Map<SyncedTable, Set<string>>
  clear(): void
}

function localOutbox(storage: Storage | null): Outbox {
  const read = (): Record<string, string[]> => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(OUTBOX_KEY) ?? '{}')
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {}
    } catch {
      return {}
    }
  }
  const write = (keys: Record<string, string[]>) => {
    try {
      storage?.setItem(OUTBOX_KEY, JSON.stringify(keys))
    } catch {
      // A full storage loses the outbox, not the changes: the next start's comparison still finds them.
    }
  }
  return {
    add(changed) {
      const keys = read()
      for (const [table, set] of changed) {
        if (!isSynced(table)) continue
        keys[table] = [...new Set([...(keys[table] ?? []), ...set])]
      }
      write(keys)
    },
    take() {
      const taken = new Map<SyncedTable, Set<string>>()
      for (const [table, list] of Object.entries(read()))
        if (isSynced(table) && Array.isArray(list)) taken.set(table, new Set(list.filter((k) => typeof k === 'string')))
      return taken
    },
    clear: () => write({})
  }
}

export interface SyncBridge {
  /** Hands main every record of the device (a first connection), after it is compared with nothing. */
  uploadAll(): Promise<number>
  /** Pushes what waits, then reads every record main holds and writes those that differ here. */
  catchUp(): Promise<{ written: number; refused: number }>
  /** Remote changes refused by their schema since the start (they never reach the database). */
  readonly refused: number
  stop(): void
}

/** Starts carrying `database`'s changes to main and main's to `database`. */
export function startSyncBridge(
  database: FolioDb,
  api: SyncApi,
  storage: Storage | null = globalThis.localStorage ?? null
): SyncBridge {
  const outbox = localOutbox(storage)
  /** What the bridge itself last wrote per `table\u0000key` (canonical JSON, or '' for a deletion): not pushed back. */
  const applied = new Map<string, string>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let refused = 0
  let pushing = Promise.resolve()

  const readChanges = async (keys: Map<SyncedTable, Set<string>>): Promise<RecordChange[]> => {
    const changes: RecordChange[] = []
    for (const [table, set] of keys) {
      const list = [...set]
      const records = (await database.table(table).bulkGet(list)) as (Record<string, unknown> | undefined)[]
      list.forEach((key, at) => {
        const record = records[at] ?? null
        const id = `${table}\u0000${key}`
        const mine = applied.get(id)
        applied.delete(id)
        if (mine !== undefined && mine === (record ? canonical(record) : '')) return
        changes.push({ table, key, record })
      })
    }
    return changes
  }

  const send = async (changes: RecordChange[]) => {
    for (let at = 0; at < changes.length; at += MAX_SYNC_BATCH)
      await api.pushSyncChanges(changes.slice(at, at + MAX_SYNC_BATCH))
  }

  const flush = () => {
    timer = null
    const keys = outbox.take()
    if (keys.size === 0) return pushing
    pushing = pushing
      .then(async () => {
        await send(await readChanges(keys))
        outbox.clear()
      })
      .catch((error: unknown) => console.warn('Synchronisation : envoi différé', error))
    return pushing
  }

  const unsubscribeFeed = database.changes.subscribe((changed) => {
    outbox.add(changed)
    timer ??= setTimeout(flush, PUSH_DELAY_MS)
  })
  const onHide = () => void flush()
  globalThis.addEventListener?.('pagehide', onHide)

  /**
   * A write of remote changes: each as it came (`echo`, never pushed back), or as this device settled it (a
   * bookmark of a target another bookmark here marks: bookmark-clash.ts), which goes back to main like the user's.
   */
  type Write = RecordChange & { echo: boolean }

  const settleBookmarkClashes = async (changes: RecordChange[]): Promise<Write[]> => {
    const writes: Write[] = []
    for (const change of changes) {
      const incoming = change.record as Bookmark | null
      const here = incoming ? await database.bookmarks.where('targetKey').equals(incoming.targetKey).first() : undefined
      if (!incoming || !here || here.id === incoming.id) {
        writes.push({ ...change, echo: true })
        continue
      }
      const { kept, dropped } = settleBookmarks(here, incoming)
      const record = kept as unknown as Record<string, unknown>
      writes.push({ table: 'bookmarks', key: dropped.id, record: null, echo: false })
      writes.push({ table: 'bookmarks', key: kept.id, record, echo: kept === incoming })
    }
    return writes
  }

  const writeAll = (writes: readonly RecordChange[]) => {
    const tables = [...new Set(writes.map((change) => change.table))]
    return database.transaction('rw', tables, async () => {
      const pushBack: RecordChange[] = []
      for (const table of tables) {
        const ofTable = writes.filter((change) => change.table === table)
        const settled =
          table === 'bookmarks' ? await settleBookmarkClashes(ofTable) : ofTable.map((w) => ({ ...w, echo: true }))
        for (const change of settled) {
          const id = `${table}\u0000${change.key}`
          if (change.echo) applied.set(id, change.record ? canonical(change.record) : '')
          // A bookmark deleted here that is not here (the other device's of the two): main hears it explicitly.
          else if (change.record === null && !(await database.table(table).get(change.key))) pushBack.push(change)
        }
        const puts = settled.flatMap((change) => (change.record ? [change.record] : []))
        const deletes = settled.filter((change) => change.record === null).map((change) => change.key)
        if (deletes.length) await database.table(table).bulkDelete(deletes)
        if (puts.length) await database.table(table).bulkPut(puts)
      }
      return pushBack
    })
  }

  const write = async (changes: readonly RecordChange[]) => {
    const checked: RecordChange[] = []
    for (const change of changes) {
      const result = checkRemoteChange(change)
      if ('change' in result) checked.push(result.change)
      else {
        refused++
        console.warn(`Synchronisation : ${change.table}/${change.key} refusé (${result.problem})`)
      }
    }
    if (checked.length === 0) return 0
    let pushBack: RecordChange[] = []
    try {
      pushBack = await writeAll(checked)
    } catch {
      // One record the database refuses must not hold back the others: each alone, the refused ones counted.
      for (const change of checked) {
        try {
          pushBack.push(...(await writeAll([change])))
        } catch (error) {
          refused++
          console.warn(`Synchronisation : ${change.table}/${change.key} non écrit`, error)
        }
      }
    }
    if (pushBack.length) await send(pushBack)
    return checked.length
  }

  const unsubscribeRemote = api.on('syncChanges', (changes) => {
    void write(changes).catch((error: unknown) => console.warn('Synchronisation : écriture refusée', error))
  })

  return {
    get refused() {
      return refused
    },
    async uploadAll() {
      let count = 0
      for (const table of SYNCED_TABLES) {
        const records = (await database.table(table).toArray()) as Record<string, unknown>[]
        const key = RECORD_SCHEMAS[table].key
        const changes = records.map((record) => ({ table, key: String(record[key]), record }))
        await send(changes)
        count += changes.length
      }
      return count
    },
    async catchUp() {
      await flush()
      let written = 0
      const before = refused
      for (let offset: number | null = 0; offset !== null;) {
        const page = await api.readSyncRecords(offset, MAX_SYNC_BATCH)
        const differing: RecordChange[] = []
        for (const table of SYNCED_TABLES) {
          const ofTable = page.changes.filter((change) => change.table === table)
          if (ofTable.length === 0) continue
          const local = (await database.table(table).bulkGet(ofTable.map((change) => change.key))) as unknown[]
          ofTable.forEach((change, at) => {
            const here = local[at]
            if ((here === undefined ? '' : canonical(here)) !== (change.record ? canonical(change.record) : ''))
              differing.push(change)
          })
        }
        written += await write(differing)
        offset = page.next
      }
      return { written, refused: refused - before }
    },
    stop() {
      unsubscribeFeed()
      unsubscribeRemote()
      globalThis.removeEventListener?.('pagehide', onHide)
      if (timer) clearTimeout(timer)
      void flush()
    }
  }
}
