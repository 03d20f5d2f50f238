// A document's records deleted and put back together in real Chromium IndexedDB: what leaves is exactly
// that document's, what comes back is exactly what left, and each is all or nothing.

import { afterEach, describe, expect, it } from 'vitest'
import { bookmarkTargetKey, type Bookmark } from '../../../src/renderer/src/db/bookmark'
import { countDocumentData, deleteDocumentData, restoreDocumentData } from '../../../src/renderer/src/db/document-data'
import type { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { WriteError } from '../../../src/renderer/src/db/write-error'
import { errorText } from '../../../src/renderer/src/layout/write-error-text'
import { deleteTestDatabases, dump, freshDatabase, seed } from '../backup/test-database'
import {
  sampleAnnotation,
  sampleAnnotationLink,
  sampleBookmark,
  sampleLinkUrl,
  sampleReadingState
} from '../backup/sample-records'

afterEach(deleteTestDatabases)

const DOC = 'doc-3'

/** Notes on several documents (sample records spread over doc-0…doc-6), a reading position and a setting. */
async function seeded(): Promise<FolioDb> {
  const database = await freshDatabase()
  await seed(database, {
    annotations: Array.from({ length: 40 }, (_, n) => sampleAnnotation(n)),
    bookmarks: Array.from({ length: 30 }, (_, n) => sampleBookmark(n)),
    linkUrls: Array.from({ length: 20 }, (_, n) => sampleLinkUrl(n)),
    readingStates: [sampleReadingState(3), sampleReadingState(4)],
    settings: [{ key: 'theme', value: 'dark', updatedAt: '2025-01-01T00:00:00.000Z' }],
    annotationLinks: Array.from({ length: 5 }, (_, n) => sampleAnnotationLink(n))
  })
  return database
}

const ofDocument = <T extends { documentId: string }>(rows: T[]) => rows.filter((row) => row.documentId === DOC)
const without = <T extends { documentId: string }>(rows: T[]) => rows.filter((row) => row.documentId !== DOC)

describe("a document's records", () => {
  it('deletes every record of the document and only those, and returns them as they were', async () => {
    const database = await seeded()
    const before = await dump(database)
    expect(ofDocument(before.annotations).length).toBeGreaterThan(0)
    expect(ofDocument(before.bookmarks).length).toBeGreaterThan(0)
    expect(ofDocument(before.linkUrls).length).toBeGreaterThan(0)

    const deleted = await deleteDocumentData(DOC, database)

    const after = await dump(database)
    expect(after).toEqual({
      annotations: without(before.annotations),
      bookmarks: without(before.bookmarks),
      linkUrls: without(before.linkUrls),
      readingStates: without(before.readingStates),
      settings: before.settings,
      // Links stay: while the document is away they show as orphaned, and its undo joins them up again.
      annotationLinks: before.annotationLinks
    })
    const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(sortById(deleted.annotations)).toEqual(ofDocument(before.annotations))
    expect(sortById(deleted.bookmarks)).toEqual(ofDocument(before.bookmarks))
    expect(deleted.linkUrls.map((row) => row.linkId).sort()).toEqual(
      ofDocument(before.linkUrls)
        .map((row) => row.linkId)
        .sort()
    )
    expect(deleted.readingStates).toEqual([sampleReadingState(3)])
    expect(await countDocumentData(DOC, database)).toEqual({ annotations: 0, bookmarks: 0 })
  })

  it('puts back exactly what was deleted: the database is as it was before', async () => {
    const database = await seeded()
    const before = await dump(database)
    await restoreDocumentData(await deleteDocumentData(DOC, database), database)
    expect(await dump(database)).toEqual(before)
  })

  it('puts a bookmark back over one of the same thing made since (one bookmark per thing)', async () => {
    const database = await seeded()
    const deleted = await deleteDocumentData(DOC, database)
    const original = deleted.bookmarks[0] as Bookmark
    const since: Bookmark = {
      ...original,
      id: 'made-since',
      note: 'nouvelle note',
      createdAt: '2026-01-01T00:00:00.000Z'
    }
    await database.bookmarks.add(since)
    await restoreDocumentData(deleted, database)
    expect(
      await database.bookmarks
        .where('targetKey')
        .equals(bookmarkTargetKey(original.kind, original.documentId, original.targetId))
        .toArray()
    ).toEqual([original])
  })

  it('deletes nothing when one table refuses (all or nothing), and says why in words', async () => {
    const database = await seeded()
    const before = await dump(database)
    database.linkUrls.hook('deleting', () => {
      throw new Error('disque indisponible')
    })
    const failure = await deleteDocumentData(DOC, database).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(WriteError)
    expect(errorText(failure)).toContain('disque indisponible')
    expect(await dump(database)).toEqual(before)
  })

  it('puts nothing back when one record cannot be written (all or nothing)', async () => {
    const database = await seeded()
    const deleted = await deleteDocumentData(DOC, database)
    const afterDelete = await dump(database)
    // A reading position without its key: IndexedDB refuses it, after the annotations were put.
    const broken = {
      ...deleted,
      readingStates: [{ ...sampleReadingState(3), documentId: undefined as unknown as string }]
    }
    await expect(restoreDocumentData(broken, database)).rejects.toBeInstanceOf(WriteError)
    expect(await dump(database)).toEqual(afterDelete)
    // The records as deleted can still be put back.
    await restoreDocumentData(deleted, database)
    expect(await countDocumentData(DOC, database)).toEqual({
      annotations: deleted.annotations.length,
      bookmarks: deleted.bookmarks.length
    })
  })
})
