// Everything the user wrote about one document, counted, deleted or put back together — used when a
// document leaves the library with its notes, and when "Annuler" brings it back.

import type { Annotation } from './annotation'
import type { Bookmark, LinkUrl } from './bookmark'
import { db as defaultDb, type FolioDb } from './folio-db'
import type { ReadingState } from './reading'
import { toWriteError } from './write-error'

export interface DocumentDataCounts {
  annotations: number
  bookmarks: number
}

/** A document's records in every table that belongs to a document (settings do not). */
export interface DocumentData {
  annotations: Annotation[]
  bookmarks: Bookmark[]
  linkUrls: LinkUrl[]
  readingStates: ReadingState[]
}

/** The tables {@link DocumentData} holds, in one list so that delete and restore cover the same ones. */
const documentTables = (database: FolioDb) => [
  database.annotations,
  database.bookmarks,
  database.linkUrls,
  database.readingStates
]

/** How many annotations and bookmarks the user made on a document. */
export async function countDocumentData(
  documentId: string,
  database: FolioDb = defaultDb
): Promise<DocumentDataCounts> {
  const [annotations, bookmarks] = await Promise.all([
    database.annotations.where('documentId').equals(documentId).count(),
    database.bookmarks.where('documentId').equals(documentId).count()
  ])
  return { annotations, bookmarks }
}

/**
 * Deletes a document's annotations, bookmarks, attached link URLs and reading position, all or nothing, and
 * returns them as they were — read in the same transaction, so what {@link restoreDocumentData} puts back is
 * exactly what was deleted, even if the user wrote something since the safety backup.
 */
export async function deleteDocumentData(documentId: string, database: FolioDb = defaultDb): Promise<DocumentData> {
  try {
    return await database.transaction('rw', documentTables(database), async () => {
      const deleted: DocumentData = {
        annotations: await database.annotations.where('documentId').equals(documentId).toArray(),
        bookmarks: await database.bookmarks.where('documentId').equals(documentId).toArray(),
        linkUrls: await database.linkUrls.where('documentId').equals(documentId).toArray(),
        readingStates: await database.readingStates.where('documentId').equals(documentId).toArray()
      }
      await database.annotations.bulkDelete(deleted.annotations.map((row) => row.id))
      await database.bookmarks.bulkDelete(deleted.bookmarks.map((row) => row.id))
      await database.linkUrls.bulkDelete(deleted.linkUrls.map((row) => row.linkId))
      await database.readingStates.bulkDelete(deleted.readingStates.map((row) => row.documentId))
      return deleted
    })
  } catch (error) {
    throw toWriteError(error)
  }
}

/**
 * Puts back records {@link deleteDocumentData} returned, exactly as they were, all or nothing. A bookmark
 * made of the same thing since (the unique `targetKey`) gives way to the one put back, as one undo does.
 */
export async function restoreDocumentData(data: DocumentData, database: FolioDb = defaultDb): Promise<void> {
  try {
    await database.transaction('rw', documentTables(database), async () => {
      await database.annotations.bulkPut(data.annotations)
      await database.bookmarks
        .where('targetKey')
        .anyOf(data.bookmarks.map((row) => row.targetKey))
        .delete()
      await database.bookmarks.bulkPut(data.bookmarks)
      await database.linkUrls.bulkPut(data.linkUrls)
      await database.readingStates.bulkPut(data.readingStates)
    })
  } catch (error) {
    throw toWriteError(error)
  }
}
