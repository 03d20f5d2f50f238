// The settings the settings table's rows hold, one row per key, with defaults for what the user never changed
// and for stored values out of range. No Dexie: the boot step reads the rows raw before Dexie loads.

import { clamp } from './clamp'
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
import type { SettingRow } from './reading'

/** The settings `rows` hold (read by Dexie or raw). */
export function settingsOf(rows: readonly SettingRow[]): Settings {
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
