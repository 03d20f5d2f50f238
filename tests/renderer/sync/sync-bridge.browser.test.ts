// The page's side of the sync in real Chromium IndexedDB: the database's change feed names exactly the records
// each committed write changed; the bridge pushes the user's changes to main, writes main's (checked against the
// backup's record schemas), never pushes back what it wrote itself, and keeps what waited across a restart.

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RecordChange, SyncRecordsPage, SyncState } from '../../../src/shared/sync/sync-types'
import type { ChangedKeys } from '../../../src/renderer/src/db/change-feed'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import {
  PUSH_DELAY_MS,
  startSyncBridge,
  type SyncApi,
  type SyncBridge
} from '../../../src/renderer/src/sync/sync-bridge'
import { sampleAnnotation, sampleBookmark, sampleReadingState } from '../backup/sample-records'

/** A change as the tests write it: any record object (the bridge checks it against its schema). */
type Change = { table: RecordChange['table']; key: string; record: object | null }
const asChanges = (changes: readonly Change[]) => changes as RecordChange[]

/** Main's side as the bridge sees it: what was pushed, the engine's records, and a way to send events. */
function fakeMain(heldChanges: readonly Change[] = []) {
  const held = asChanges(heldChanges)
  const pushed: RecordChange[][] = []
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const api: SyncApi = {
    pushSyncChanges: async (changes) => void pushed.push(changes),
    readSyncRecords: async (offset, limit): Promise<SyncRecordsPage> => ({
      changes: held.slice(offset, offset + limit),
      next: offset + limit < held.length ? offset + limit : null
    }),
    syncState: async (): Promise<SyncState> => ({ connection: null, status: { state: 'off' } }),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener as (...args: unknown[]) => void)
      return () => set.delete(listener as (...args: unknown[]) => void)
    }
  }
  const emit = (changes: readonly Change[]) =>
    listeners.get('syncChanges')?.forEach((listener) => listener(asChanges(changes)))
  return { api, pushed, emit, all: () => pushed.flat() }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, PUSH_DELAY_MS + 150))

/** A Storage of its own per test (the bridge's outbox), like one window's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value)
  }
}

let database: FolioDb
let bridge: SyncBridge | null = null

beforeEach(async () => {
  database = new FolioDb(`sync-bridge-${crypto.randomUUID()}`)
  await database.open()
})

afterEach(async () => {
  bridge?.stop()
  bridge = null
  database.close()
  await database.delete()
})

describe('the database’s change feed', () => {
  it('names the keys each committed write changed: put, add, bulk, delete, a range, a clear', async () => {
    const seen: ChangedKeys[] = []
    const stop = database.changes.subscribe((changed) => seen.push(changed))
    const keys = (n: number) => [...(seen[n]?.get('annotations') ?? [])].sort()
    const [a, b, c] = [sampleAnnotation(1), sampleAnnotation(2), sampleAnnotation(3)]
    await database.annotations.add(a)
    await database.annotations.bulkPut([b, c])
    await database.annotations.update(a.id, { note: 'changée' })
    await database.annotations.delete(b.id)
    await database.annotations.where('id').equals(c.id).delete()
    await database.annotations.bulkAdd([b, c])
    await database.annotations.clear()
    // The feed speaks at each transaction's "complete" event, which may come just after its promise resolves.
    await expect.poll(() => seen.length).toBe(7)
    stop()
    expect(seen.map((_, n) => keys(n))).toEqual([
      [a.id],
      [b.id, c.id].sort(),
      [a.id],
      [b.id],
      [c.id],
      [b.id, c.id].sort(),
      [a.id, b.id, c.id].sort()
    ])
  })

  it('tells nothing of a transaction that aborted', async () => {
    const seen: ChangedKeys[] = []
    const stop = database.changes.subscribe((changed) => seen.push(changed))
    await database
      .transaction('rw', database.annotations, async () => {
        await database.annotations.add(sampleAnnotation(1))
        throw new Error('abandon')
      })
      .catch(() => undefined)
    await database.bookmarks.add(sampleBookmark(1))
    await expect.poll(() => seen.length).toBe(1)
    stop()
    expect(seen.map((changed) => [...changed.keys()])).toEqual([['bookmarks']])
  })
})

describe('the sync bridge', () => {
  it('pushes a note the user edits, with the whole record, and a deletion as null', async () => {
    const main = fakeMain()
    bridge = startSyncBridge(database, main.api, memoryStorage())
    const annotation = sampleAnnotation(5)
    await database.annotations.add(annotation)
    await database.annotations.update(annotation.id, { note: 'Relire la lettre de Staline' })
    await settle()
    expect(main.all()).toEqual([
      { table: 'annotations', key: annotation.id, record: { ...annotation, note: 'Relire la lettre de Staline' } }
    ])
    await database.annotations.delete(annotation.id)
    await settle()
    expect(main.all().at(-1)).toEqual({ table: 'annotations', key: annotation.id, record: null })
  })

  it('writes another device’s changes and never pushes them back', async () => {
    const main = fakeMain()
    bridge = startSyncBridge(database, main.api, memoryStorage())
    const annotation = sampleAnnotation(7)
    const reading = sampleReadingState(2)
    main.emit([
      { table: 'annotations', key: annotation.id, record: annotation },
      { table: 'readingStates', key: reading.documentId, record: reading }
    ])
    await expect.poll(() => database.annotations.get(annotation.id)).toEqual(annotation)
    expect(await database.readingStates.get(reading.documentId)).toEqual(reading)
    main.emit([{ table: 'annotations', key: annotation.id, record: null }])
    await expect.poll(() => database.annotations.count()).toBe(0)
    await settle()
    expect(main.all()).toEqual([])
  })

  it('refuses a remote record its schema refuses, writing nothing of it, and writes the good ones beside it', async () => {
    const main = fakeMain()
    bridge = startSyncBridge(database, main.api, memoryStorage())
    const good = sampleAnnotation(1)
    const hostile = { ...sampleAnnotation(2), color: 'url(javascript:alert(1))' }
    const huge = { ...sampleAnnotation(3), note: 'x'.repeat(1_000_000) }
    const wrongKey = sampleAnnotation(4)
    main.emit([
      { table: 'annotations', key: hostile.id, record: hostile },
      { table: 'annotations', key: good.id, record: good },
      { table: 'annotations', key: huge.id, record: huge },
      { table: 'annotations', key: 'not-its-id', record: wrongKey }
    ])
    await expect.poll(() => database.annotations.toArray()).toEqual([good])
    expect(bridge.refused).toBe(3)
  })

  it('catches up: writes what differs from main’s records, deletes what main deleted, keeps what is equal', async () => {
    const same = sampleAnnotation(1)
    const changed = sampleAnnotation(2)
    const deleted = sampleAnnotation(3)
    await database.annotations.bulkAdd([same, changed, deleted])
    const remote = { ...changed, note: 'modifiée ailleurs', updatedAt: '2026-12-04T10:00:00.000Z' }
    const bookmark = sampleBookmark(4)
    const main = fakeMain([
      { table: 'annotations', key: same.id, record: same },
      { table: 'annotations', key: changed.id, record: remote },
      { table: 'annotations', key: deleted.id, record: null },
      { table: 'bookmarks', key: bookmark.id, record: bookmark }
    ])
    bridge = startSyncBridge(database, main.api, memoryStorage())
    expect(await bridge.catchUp()).toEqual({ written: 3, refused: 0 })
    expect(await database.annotations.orderBy('id').toArray()).toEqual(
      [same, remote].sort((a, b) => (a.id < b.id ? -1 : 1))
    )
    expect(await database.bookmarks.toArray()).toEqual([bookmark])
    await settle()
    expect(main.all()).toEqual([])
  })

  it('uploads every record of the device on a first connection', async () => {
    await database.annotations.bulkAdd([sampleAnnotation(1), sampleAnnotation(2)])
    await database.bookmarks.add(sampleBookmark(1))
    const main = fakeMain()
    bridge = startSyncBridge(database, main.api, memoryStorage())
    expect(await bridge.uploadAll()).toBe(3)
    expect(main.all().map((change) => change.table)).toEqual(['annotations', 'annotations', 'bookmarks'])
  })

  it('pushes at the next start what a closed window had not pushed yet (the outbox)', async () => {
    const storage = memoryStorage()
    const first = fakeMain()
    // Main does not answer: the window closes with the change unsent.
    first.api.pushSyncChanges = () => new Promise(() => undefined)
    const closing = startSyncBridge(database, first.api, storage)
    const annotation = sampleAnnotation(9)
    await database.annotations.add(annotation)
    await settle()
    closing.stop()
    const next = fakeMain()
    bridge = startSyncBridge(database, next.api, storage)
    await bridge.catchUp()
    expect(next.all()).toEqual([{ table: 'annotations', key: annotation.id, record: annotation }])
  })

  it('settles two bookmarks of one target made on two devices the same way, whichever arrives: the smaller id stays, with both notes', async () => {
    const main = fakeMain()
    bridge = startSyncBridge(database, main.api, memoryStorage())
    const mine = { ...sampleBookmark(1), id: 'b-2', note: 'Lu au bureau' }
    const theirs = { ...mine, id: 'b-1', note: 'Lu dans le train', tags: ['train'] }
    await database.bookmarks.add(mine)
    await settle()
    main.pushed.length = 0
    main.emit([{ table: 'bookmarks', key: theirs.id, record: theirs }])
    // The device held the larger id: its bookmark goes, its note and tags kept in the one that stays.
    await expect
      .poll(async () => (await database.bookmarks.toArray()).map((b) => [b.id, b.note, b.tags]))
      .toEqual([['b-1', 'Lu dans le train\n\nLu au bureau', [...new Set(['train', ...mine.tags])]]])
    await database.bookmarks.clear()
    await settle()
    main.pushed.length = 0

    // The other order: the device holds the smaller id; the one that arrives goes, its note kept here.
    await database.bookmarks.add(theirs)
    await settle()
    main.pushed.length = 0
    main.emit([{ table: 'bookmarks', key: mine.id, record: mine }])
    await expect
      .poll(async () => (await database.bookmarks.toArray()).map((b) => [b.id, b.note]))
      .toEqual([['b-1', 'Lu dans le train\n\nLu au bureau']])
    await settle()
    expect(main.all()).toEqual(
      expect.arrayContaining([
        { table: 'bookmarks', key: 'b-2', record: null },
        expect.objectContaining({ table: 'bookmarks', key: 'b-1' })
      ])
    )
  })
})
