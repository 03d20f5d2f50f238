// Reading position and settings: named reads and writes over the readingStates and settings tables.
// Settings are stored one row per key, so two windows changing different settings never clash.

import { db as defaultDb, type FolioDb } from './folio-db'
import type { Settings } from '../../../shared/settings/settings'
import type { ReadingState, SettingRow } from './reading'
import { clamp } from './clamp'
import { settingsOf } from './settings-of'
import { toWriteError } from './write-error'

/** The settings, with defaults for what the user never changed and for stored values out of range. */
export async function readSettings(database: FolioDb = defaultDb): Promise<Settings> {
  return settingsOf(await database.settings.toArray())
}

/** Saves one setting. */
export async function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  database: FolioDb = defaultDb
): Promise<void> {
  const row: SettingRow<K> = { key, value, updatedAt: new Date().toISOString() }
  try {
    await database.settings.put(row as SettingRow)
  } catch (error) {
    throw toWriteError(error)
  }
}

/** Where the user was in a document, if they opened it before. */
export function readReadingState(documentId: string, database: FolioDb = defaultDb): Promise<ReadingState | undefined> {
  return database.readingStates.get(documentId)
}

/** Remembers where the user is in a document. */
export async function saveReadingState(
  documentId: string,
  blockId: string,
  fraction: number,
  database: FolioDb = defaultDb
): Promise<void> {
  try {
    await database.readingStates.put({
      documentId,
      blockId,
      fraction: clamp(fraction, 0, 1),
      updatedAt: new Date().toISOString()
    })
  } catch (error) {
    throw toWriteError(error)
  }
}
