// How the user likes to read and cite: theme, reading font size and measure, UI language, citation
// style, the window's zoom. The renderer keeps them in IndexedDB; main keeps a copy of those the first screen of the next
// start and its own dialogs need (MainSettings).

import type { CitationStyleId } from '../citations/citation-styles'
import { DEFAULT_ZOOM } from './zoom'

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const
export type Theme = (typeof THEMES)[number]
/** A theme as painted: "system" resolved to the operating system's light or dark. */
export type PaintedTheme = Exclude<Theme, 'system'>
export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
/** The citation styles, default first: the ids alone (citations/citation-styles.ts names and loads the styles). */
export const CITATION_STYLE_IDS = ['chicago-author-date', 'apa', 'mla'] as const

export interface Settings {
  theme: Theme
  /** Reading font size in CSS pixels. */
  fontSize: number
  /** Reading measure in characters (ch). */
  lineWidth: number
  language: Language
  /** The style of the citations on reference cards. */
  citationStyle: CitationStyleId
  /** The document open when the user left: Folio opens on it again (null: the archive's first). */
  openDocument: string | null
  /** The window's zoom factor (1 = 100 %, 0.5 to 2: shared/settings/zoom.ts); main applies it. */
  zoom: number
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  fontSize: 18,
  lineWidth: 68,
  language: 'fr',
  citationStyle: CITATION_STYLE_IDS[0],
  openDocument: null,
  zoom: DEFAULT_ZOOM
}

/** The settings main keeps a copy of: what the first screen (which document, how), main's own dialogs and
 * the window (its zoom) use. */
export type MainSettings = Pick<Settings, 'theme' | 'fontSize' | 'lineWidth' | 'language' | 'openDocument' | 'zoom'>

/** The part of `settings` main keeps. */
export const mainSettings = ({
  theme,
  fontSize,
  lineWidth,
  language,
  openDocument,
  zoom
}: MainSettings): MainSettings => ({
  theme,
  fontSize,
  lineWidth,
  language,
  openDocument,
  zoom
})
export const FONT_SIZE_RANGE = { min: 12, max: 32, step: 1 } as const
export const LINE_WIDTH_RANGE = { min: 40, max: 110, step: 4 } as const

/** The CSS custom properties that carry the reading size and measure (styles/base.css). */
export function readingProperties(
  settings: Pick<Settings, 'fontSize' | 'lineWidth'>
): Record<'--reading-size' | '--reading-width', string> {
  return { '--reading-size': `${settings.fontSize}px`, '--reading-width': `${settings.lineWidth}ch` }
}
