// Formatted bibliography entries for References in Chicago author-date (the default), APA and MLA,
// as plain text or HTML, through citation-js's CSL processor (citeproc-js) and the official CSL styles.

import type { Reference } from '../archive/document'
import { CITATION_STYLE_IDS } from '../settings/settings'
import chicagoAuthorDateXml from '../../../resources/citation-styles/chicago-author-date.csl?raw'
import mlaXml from '../../../resources/citation-styles/modern-language-association.csl?raw'
import { hasCslLocale, registerCslStyle, renderBibliographyEntries, type EntryMarkup } from './citation-engine'
import { referencesToCsl, type ReferenceToCslOptions } from './reference-to-csl'

/** The citation styles Folio offers (their ids, default first, are the settings' CITATION_STYLE_IDS). */
export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number]

/** A citation style as the UI lists it. */
export interface CitationStyle {
  id: CitationStyleId
  /** Short name shown in menus. */
  label: string
  /** The edition the CSL style follows. */
  edition: string
}

const STYLE_NAMES: Readonly<Record<CitationStyleId, Omit<CitationStyle, 'id'>>> = {
  'chicago-author-date': { label: 'Chicago (auteur-date)', edition: 'Chicago Manual of Style, 18th ed.' },
  apa: { label: 'APA', edition: 'APA Style, 7th ed.' },
  mla: { label: 'MLA', edition: 'MLA Handbook, 9th ed.' }
}

/** The styles, default first. */
export const CITATION_STYLES: readonly CitationStyle[] = CITATION_STYLE_IDS.map((id) => ({ id, ...STYLE_NAMES[id] }))

/** Chicago author-date: the style used when none is chosen. */
export const DEFAULT_CITATION_STYLE: CitationStyleId = CITATION_STYLE_IDS[0]

/**
 * The CSL locales formatting can use (citation-js ships these). The locale sets the terms, quotation marks
 * and punctuation: fr-FR gives « guillemets », "nᵒ", "s. d." and a non-breaking hyphen in page ranges.
 */
export type CitationLocale = 'fr-FR' | 'en-US'

/** French, like the UI's default language. */
export const DEFAULT_CITATION_LOCALE: CitationLocale = 'fr-FR'

/** The citation locale for a UI or document language tag: French for any `fr…`, else US English. */
export function citationLocaleFor(language: string): CitationLocale {
  return /^fr(?:[-_]|$)/i.test(language.trim()) ? 'fr-FR' : 'en-US'
}

/** Options for {@link formatBibliography} and {@link formatReference}. */
export interface FormatOptions extends ReferenceToCslOptions {
  /** Defaults to {@link DEFAULT_CITATION_STYLE}. */
  style?: CitationStyleId
  /** Defaults to {@link DEFAULT_CITATION_LOCALE}. */
  locale?: CitationLocale
  /**
   * 'text' (default): plain text, typographic quotes and dashes, no italics.
   * 'html': citeproc's `<div class="csl-entry">` with `<i>` for the journal; field text is HTML-escaped.
   */
  markup?: EntryMarkup
}

/** One formatted bibliography entry and the reference it formats. */
export interface FormattedEntry {
  referenceId: string
  text: string
}

/** citation-js template names; Folio's own are prefixed so they never clash with built-in ones. */
const TEMPLATE: Readonly<Record<CitationStyleId, string>> = {
  'chicago-author-date': 'folio-chicago-author-date',
  apa: 'apa',
  mla: 'folio-mla'
}

let stylesRegistered = false

/** Registers the bundled Chicago and MLA styles with citation-js on first use (APA is built in). */
function ensureStylesRegistered(): void {
  if (!stylesRegistered) {
    registerCslStyle(TEMPLATE['chicago-author-date'], chicagoAuthorDateXml)
    registerCslStyle(TEMPLATE.mla, mlaXml)
    stylesRegistered = true
  }
}

/** The citation-js template of a style, registered first (the CSL files bundled with Folio). */
export function cslTemplate(style: CitationStyleId): string {
  ensureStylesRegistered()
  return TEMPLATE[style]
}

/**
 * The bibliography of `references` in one style: one entry per reference, in the style's order
 * (by author, then year). Fields the archive does not know are left out, as the style prescribes.
 */
export function formatBibliography(references: readonly Reference[], options: FormatOptions = {}): FormattedEntry[] {
  const { style = DEFAULT_CITATION_STYLE, locale = DEFAULT_CITATION_LOCALE, markup = 'text' } = options
  if (!hasCslLocale(locale)) {
    throw new Error(`citation-js has no CSL locale ${locale}`)
  }
  ensureStylesRegistered()
  const items = referencesToCsl(references, options)
  return renderBibliographyEntries(items, { style: TEMPLATE[style], locale, markup }).map(({ id, entry }) => ({
    referenceId: id,
    text: entry
  }))
}

/**
 * The bibliography entry of one reference, e.g. for its reference card or "copy citation";
 * null when the style prints nothing for it (MLA, for a reference with neither author nor title).
 */
export function formatReference(reference: Reference, options: FormatOptions = {}): string | null {
  const [entry] = formatBibliography([reference], options)
  return entry?.text ?? null
}

/**
 * Builds and caches citeproc's engine for a style and locale ahead of the first real use. The first
 * build is slow (Chicago author-date: about 2.5 s, APA about 1 s on a 2-core machine; later calls take
 * milliseconds), so the renderer should call this when idle, or format in a worker.
 */
export function prepareCitationStyle(
  style: CitationStyleId = DEFAULT_CITATION_STYLE,
  locale: CitationLocale = DEFAULT_CITATION_LOCALE
): void {
  ensureStylesRegistered()
  renderBibliographyEntries([{ id: 'folio-warm-up', type: 'article-journal', title: 'Warm-up' }], {
    style: TEMPLATE[style],
    locale,
    markup: 'text'
  })
}
