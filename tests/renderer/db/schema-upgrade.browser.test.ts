// Opens, in real Chromium IndexedDB, a database that a version-1 Folio left behind, with the current
// FolioDb: every v1 record must come back intact, the v1 indexes must still answer, and the tables
// added since must work. The v1 schema and records are a frozen fixture (tests/fixtures/db/folio-v1.ts).

import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { createBookmark, listBookmarks, setLinkUrl } from '../../../src/renderer/src/db/bookmarks-store'
import { CURRENT_SCHEMA_VERSION, FolioDb, SCHEMA_VERSIONS, TABLE_NAMES } from '../../../src/renderer/src/db/folio-db'
import { FOLIO_V1_ANNOTATIONS, FOLIO_V1_SCHEMA } from '../../fixtures/db/folio-v1'

const opened: Dexie[] = []

/**
 * Lets the last implicit transaction finish. Dexie resolves a lone query when its request succeeds, a
 * moment before its transaction completes; closing in between makes the deletion wait ("was blocked").
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const uniqueName = () => `folio-upgrade-${crypto.randomUUID()}`

/** Writes a database exactly as a v1 Folio would, then closes it. */
async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name)
  v1.version(1).stores(FOLIO_V1_SCHEMA)
  await v1.open()
  // An explicit transaction resolves once committed, so closing right after blocks nothing.
  await v1.transaction('rw', 'annotations', () =>
    v1.table('annotations').bulkAdd(structuredClone([...FOLIO_V1_ANNOTATIONS]))
  )
  v1.close()
}

function track<T extends Dexie>(db: T): T {
  opened.push(db)
  return db
}

/** The IndexedDB version and store names as the browser sees them, without Dexie. */
function rawShape(name: string): Promise<{ version: number; stores: string[]; indexes: Record<string, string[]> }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      const idb = request.result
      const stores = [...idb.objectStoreNames].sort()
      const transaction = idb.transaction(stores, 'readonly')
      const indexes = Object.fromEntries(
        stores.map((store) => [store, [...transaction.objectStore(store).indexNames].sort()])
      )
      transaction.oncomplete = () => {
        idb.close()
        resolve({ version: idb.version, stores, indexes })
      }
    }
  })
}

afterEach(async () => {
  // Close every connection before deleting: deleting an open database is blocked.
  const dbs = opened.splice(0)
  await settle()
  for (const db of dbs) db.close()
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name)
})

describe('opening a version-1 database with the current schema', () => {
  it('keeps the released version-1 schema unchanged in folio-db.ts', () => {
    expect(SCHEMA_VERSIONS[1]).toEqual(FOLIO_V1_SCHEMA)
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2)
  })

  it('brings every v1 annotation back intact, field for field', async () => {
    const name = uniqueName()
    await createV1Database(name)
    const db = track(new FolioDb(name))
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
    expect((await db.annotations.toArray()).sort(byId)).toEqual([...FOLIO_V1_ANNOTATIONS].sort(byId))
  })

  it('still answers the v1 indexes: per-document by date, by tag, by update time', async () => {
    const name = uniqueName()
    await createV1Database(name)
    const db = track(new FolioDb(name))
    const ofSeed = await db.annotations
      .where('[documentId+createdAt]')
      .between(['fed214270135fa12', ''], ['fed214270135fa12', '\uffff'])
      .primaryKeys()
    expect(ofSeed).toEqual(['7b0c1f0e-2f0a-4c8e-9d57-0f3c2a9b1a01', '7b0c1f0e-2f0a-4c8e-9d57-0f3c2a9b1a02'])
    expect(await db.annotations.where('tags').equals('URSS').count()).toBe(2)
    expect((await db.annotations.orderBy('updatedAt').last())?.id).toBe('7b0c1f0e-2f0a-4c8e-9d57-0f3c2a9b1a02')
  })

  it('adds every later store (bookmarks and linkUrls with their indexes), and leaves annotations as they were', async () => {
    const name = uniqueName()
    await createV1Database(name)
    const before = await rawShape(name)
    const db = track(new FolioDb(name))
    await db.open()
    db.close()
    const after = await rawShape(name)
    expect(before.stores).toEqual(['annotations'])
    expect(after.stores).toEqual([...TABLE_NAMES].sort())
    expect(after.indexes.annotations).toEqual(before.indexes.annotations)
    expect(after.indexes.bookmarks).toEqual(['createdAt', 'documentId', 'kind', 'tags', 'targetKey'])
    expect(after.indexes.linkUrls).toEqual(['documentId'])
    expect(after.version).toBeGreaterThan(before.version)
  })

  it('makes the new tables usable at once: a bookmark and an attached URL are stored and read back', async () => {
    const name = uniqueName()
    await createV1Database(name)
    const db = track(new FolioDb(name))
    const bookmark = await createBookmark(
      {
        kind: 'reference',
        documentId: 'fed214270135fa12',
        targetId: 'ref-1',
        label: 'Soixante ans du traité',
        note: 'À lire',
        tags: ['URSS']
      },
      db
    )
    await setLinkUrl({ linkId: 'link-1', documentId: 'fed214270135fa12' }, 'https://example.org/yang.pdf', db)
    expect(await listBookmarks({}, db)).toEqual([bookmark])
    expect((await db.linkUrls.get('link-1'))?.url).toBe('https://example.org/yang.pdf')
    expect(await db.annotations.count()).toBe(FOLIO_V1_ANNOTATIONS.length)
  })

  it('enforces one bookmark per thing in IndexedDB itself (unique targetKey)', async () => {
    const db = track(new FolioDb(uniqueName()))
    const first = await createBookmark({ kind: 'link', documentId: 'doc', targetId: 'link-1', label: 'Lien' }, db)
    await expect(db.bookmarks.add({ ...first, id: crypto.randomUUID() })).rejects.toMatchObject({
      name: 'ConstraintError'
    })
  })

  it('keeps bookmarks across closing and reopening the database', async () => {
    const name = uniqueName()
    const db = track(new FolioDb(name))
    const bookmark = await createBookmark(
      { kind: 'position', documentId: 'doc', targetId: 'block-9', label: 'Mao s’est rendu…' },
      db
    )
    db.close()
    const again = track(new FolioDb(name))
    expect(await again.bookmarks.get(bookmark.id)).toEqual(bookmark)
  })
})
