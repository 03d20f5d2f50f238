// Reading position and settings: named reads and writes over the readingStates and settings tables.
// Settings are stored one row per key, so two windows changing different settings never clash.

import { clamp } from './clamp'
import { db as defaultDb, type FolioDb } from './folio-db'
import {
  CITATION_STYLE_IDS,
  DEFAULT_SETTINGS,
  FONT_SIZE_RANGE,
  LANGUAGES,
  LINE_WIDTH_RANGE,
  THEMES,
  type Settings
} from '../../../shared/settings/settings'
import { validZoom } from '../../../shared/settings/zoom'
import type { ReadingState, SettingRow } from './reading'
import { toWriteError } from './write-error'

/** The settings, with defaults for what the user never changed and for stored values out of range. */
export async function readSettings(database: FolioDb = defaultDb): Promise<Settings> {
  const rows = await database.settings.toArray()
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<Settings>
  return {
    theme: THEMES.includes(stored.theme as never) ? (stored.theme as Settings['theme']) : DEFAULT_SETTINGS.theme,
    fontSize:
      typeof stored.fontSize === 'number'
        ? clamp(stored.fontSize, FONT_SIZE_RANGE.min, FONT_SIZE_RANGE.max)
        : DEFAULT_SETTINGS.fontSize,
    lineWidth:
      typeof stored.lineWidth === 'number'
        ? clamp(stored.lineWidth, LINE_WIDTH_RANGE.min, LINE_WIDTH_RANGE.max)
        : DEFAULT_SETTINGS.lineWidth,
    language: LANGUAGES.includes(stored.language as never)
      ? (stored.language as Settings['language'])
      : DEFAULT_SETTINGS.language,
    citationStyle: CITATION_STYLE_IDS.includes(stored.citationStyle as never)
      ? (stored.citationStyle as Settings['citationStyle'])
      : DEFAULT_SETTINGS.citationStyle,
    openDocument:
      typeof stored.openDocument === 'string' && stored.openDocument !== ''
        ? stored.openDocument
        : DEFAULT_SETTINGS.openDocument,
    zoom: validZoom(stored.zoom)
  }
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
