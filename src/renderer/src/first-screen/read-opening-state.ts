// What the first screen needs from the user's database: the opening document's annotations (in the
// order the app lists them) and its reading position. Raw IndexedDB, no Dexie, so it runs before the
// app's code has loaded. Reads only a database already at the current schema: it never creates or
// upgrades one (that is the app's job, with its safety backup first).

import type { Annotation } from '../db/annotation'
import type { ReadingState } from '../db/reading'
import { DB_NAME, INDEXEDDB_VERSION } from '../db/schema'

export interface OpeningState {
  annotations: Annotation[]
  readingState: ReadingState | undefined
}

const settle = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })

function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name)
    // No database yet (or none this code knows): back out, leaving nothing behind.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = () => resolve(null)
    request.onblocked = () => resolve(null)
    request.onsuccess = () => {
      const db = request.result
      if (db.version === INDEXEDDB_VERSION) return resolve(db)
      db.close()
      resolve(null)
    }
  })
}

/** The opening document's annotations and reading position, or null when the database is not ready for them. */
export async function readOpeningState(documentId: string, name: string = DB_NAME): Promise<OpeningState | null> {
  const db = await openExisting(name)
  performance.mark('folio:database-open')
  if (!db) return null
  try {
    const transaction = db.transaction(['annotations', 'readingStates'], 'readonly')
    const range = IDBKeyRange.bound([documentId, ''], [documentId, '\uffff'])
    const [annotations, readingState] = await Promise.all([
      settle(transaction.objectStore('annotations').index('[documentId+createdAt]').getAll(range)) as Promise<
        Annotation[]
      >,
      settle(transaction.objectStore('readingStates').get(documentId)) as Promise<ReadingState | undefined>
    ])
    return { annotations, readingState }
  } finally {
    // Closed at once, so the app's Dexie connection is never blocked by this one.
    db.close()
  }
}
