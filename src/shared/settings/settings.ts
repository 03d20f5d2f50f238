// How the user likes to read: theme, reading font size and measure, UI language. The renderer keeps
// them in IndexedDB; main keeps a copy for the first screen of the next start and its own dialogs.

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const
export type Theme = (typeof THEMES)[number]
/** A theme as painted: "system" resolved to the operating system's light or dark. */
export type PaintedTheme = Exclude<Theme, 'system'>
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

/** The CSS custom properties that carry the reading size and measure (styles/base.css). */
export function readingProperties(settings: Pick<Settings, 'fontSize' | 'lineWidth'>): Record<'--reading-size' | '--reading-width', string> {
  return { '--reading-size': `${settings.fontSize}px`, '--reading-width': `${settings.lineWidth}ch` }
}
