// Everything the user wrote about one document, counted or deleted together — used when a
// document leaves the library and the user chose what happens to their annotations and bookmarks.

import { db as defaultDb, type FolioDb } from './folio-db'
import { toWriteError } from './write-error'

export interface DocumentDataCounts {
  annotations: number
  bookmarks: number
}

/** How many annotations and bookmarks the user made on a document. */
export async function countDocumentData(documentId: string, database: FolioDb = defaultDb): Promise<DocumentDataCounts> {
  const [annotations, bookmarks] = await Promise.all([
    database.annotations.where('documentId').equals(documentId).count(),
    database.bookmarks.where('documentId').equals(documentId).count()
  ])
  return { annotations, bookmarks }
}

/** Deletes a document's annotations, bookmarks, attached link URLs and reading position, all or nothing. */
export async function deleteDocumentData(documentId: string, database: FolioDb = defaultDb): Promise<void> {
  try {
    await database.transaction('rw', [database.annotations, database.bookmarks, database.linkUrls, database.readingStates], async () => {
      await database.annotations.where('documentId').equals(documentId).delete()
      await database.bookmarks.where('documentId').equals(documentId).delete()
      await database.linkUrls.where('documentId').equals(documentId).delete()
      await database.readingStates.delete(documentId)
    })
  } catch (error) {
    throw toWriteError(error)
  }
}
