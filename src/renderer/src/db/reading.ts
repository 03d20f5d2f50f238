// The user's reading state per document and their settings: where they were in each document,
// and how they like to read (theme, font size, line width, language).

/** Where the user was in a document: the block at the top of the reader, and how far into it. */
export interface ReadingState {
  documentId: string
  blockId: string
  /** 0–1: how far the top of the viewport was into that block. */
  fraction: number
  updatedAt: string
}

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const
export type Theme = (typeof THEMES)[number]
export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export interface Settings {
  theme: Theme
  /** Reading font size in CSS pixels. */
  fontSize: number
  /** Reading measure in characters (ch). */
  lineWidth: number
  language: Language
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', fontSize: 18, lineWidth: 68, language: 'fr' }
export const FONT_SIZE_RANGE = { min: 12, max: 32, step: 1 } as const
export const LINE_WIDTH_RANGE = { min: 40, max: 110, step: 4 } as const

/** One setting as stored: a key and its value (one row per setting, so concurrent windows merge). */
export interface SettingRow<K extends keyof Settings = keyof Settings> {
  key: K
  value: Settings[K]
  updatedAt: string
}
