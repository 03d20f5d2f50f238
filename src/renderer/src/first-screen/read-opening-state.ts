// What the first screen needs from the user's database: the opening document's annotations (in the
// order the app lists them), its reading position and the user's settings (which the app starts from). Raw IndexedDB, no Dexie, so it runs before the
// app's code has loaded. Reads only a database already at the current schema: it never creates or
// upgrades one (that is the app's job, with its safety backup first).

import type { Annotation } from '../db/annotation'
import type { ReadingState, SettingRow } from '../db/reading'
import { openExisting, settle } from '../storage/raw-database'
import { CURRENT_SCHEMA_VERSION, DB_NAME } from '../storage/schema'

export interface OpeningState {
  annotations: Annotation[]
  readingState: ReadingState | undefined
  settingRows: SettingRow[]
}

/** The opening document's annotations and reading position, or null when the database is not ready for them. */
export async function readOpeningState(documentId: string, name: string = DB_NAME): Promise<OpeningState | null> {
  const existing = await openExisting(name).catch(() => null)
  performance.mark('folio:database-open')
  if (!existing) return null
  const { idb, schemaVersion } = existing
  try {
    if (schemaVersion !== CURRENT_SCHEMA_VERSION) return null
    const transaction = idb.transaction(['annotations', 'readingStates', 'settings'], 'readonly')
    const range = IDBKeyRange.bound([documentId, ''], [documentId, '\uffff'])
    const [annotations, readingState, settingRows] = await Promise.all([
      settle(transaction.objectStore('annotations').index('[documentId+createdAt]').getAll(range)) as Promise<
        Annotation[]
      >,
      settle(transaction.objectStore('readingStates').get(documentId)) as Promise<ReadingState | undefined>,
      settle(transaction.objectStore('settings').getAll()) as Promise<SettingRow[]>
    ])
    return { annotations, readingState, settingRows }
  } finally {
    // Closed at once, so the app's Dexie connection is never blocked by this one.
    idb.close()
  }
}
