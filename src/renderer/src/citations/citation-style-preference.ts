// The citation style the user picked for reference cards (Chicago author-date until they pick another).
// A setting like the others: kept in IndexedDB (so in backups and shared by every window), read through
// the app's settings. Earlier versions kept it in localStorage; the first start moves it over.

import type { CitationStyleId } from '../../../shared/citations/citation-styles'
import { CITATION_STYLE_IDS } from '../../../shared/settings/settings'
import { db as defaultDb, type FolioDb } from '../db/folio-db'
import { saveSetting } from '../db/reading-store'
import { useSettingsContext } from '../settings/settings-context'

/** Where earlier builds kept the style. */
export const LEGACY_STORAGE_KEY = 'folio.citationStyle'

/** The chosen citation style; undefined until the settings are read (the card waits, no flash of another style). */
export function useCitationStyle(): CitationStyleId | undefined {
  return useSettingsContext()?.citationStyle
}

/** Sets the style for every card (and every window). Rejects with a readable error when the write fails. */
export function setCitationStyle(style: CitationStyleId): Promise<void> {
  return saveSetting('citationStyle', style)
}

/**
 * Moves a style kept in localStorage by an earlier version into the settings, unless the settings already
 * have one; the localStorage entry is removed only once the setting is written.
 */
export async function moveLegacyCitationStyle(database: FolioDb = defaultDb): Promise<void> {
  let stored: string | null
  try {
    stored = localStorage.getItem(LEGACY_STORAGE_KEY)
  } catch {
    return
  }
  if (stored === null) return
  const style = CITATION_STYLE_IDS.find((id) => id === stored)
  if (style && !(await database.settings.get('citationStyle'))) await saveSetting('citationStyle', style, database)
  localStorage.removeItem(LEGACY_STORAGE_KEY)
}
