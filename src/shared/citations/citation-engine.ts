// The one typed doorway to citation-js (core + CSL, BibTeX and RIS plugins), which ships no types.
// Everything citation-js returns is checked here, so no untyped value reaches the rest of Folio.

import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { parseCslItems, type CslItem } from './csl-item'

/** Markup of formatted bibliography entries: plain text, or citeproc's escaped HTML. */
export type EntryMarkup = 'text' | 'html'

/** One RIS record as citation-js maps it: tag/value pairs in citation-js's order, but `TY` first. */
export type RisRecord = Array<[tag: string, value: string]>

/** A citation-js register (the CSL plugin's styles and locales). */
interface Register {
  add(name: string, value: unknown): unknown
  has(name: string): boolean
}

function isRegister(value: unknown): value is Register {
  if (typeof value !== 'object' || value === null) {
    return false
  }
  return typeof Reflect.get(value, 'add') === 'function' && typeof Reflect.get(value, 'has') === 'function'
}

/** The CSL plugin's style or locale register; throws if citation-js changed shape. */
function cslRegister(name: 'styles' | 'locales'): Register {
  const config: unknown = plugins.config.get('@csl')
  const register: unknown = typeof config === 'object' && config !== null ? Reflect.get(config, name) : undefined
  if (!isRegister(register)) {
    throw new Error(`citation-js: the @csl plugin has no ${name} register`)
  }
  return register
}

/** Registers a CSL style (its XML) under `name`, unless a style of that name is already registered. */
export function registerCslStyle(name: string, xml: string): void {
  const styles = cslRegister('styles')
  if (!styles.has(name)) {
    styles.add(name, xml)
  }
}

/** Whether a CSL style of that name is registered (built-in: apa, vancouver, harvard1). */
export function hasCslStyle(name: string): boolean {
  return cslRegister('styles').has(name)
}

/** Whether citation-js ships the CSL locale (en-US, fr-FR, de-DE, es-ES, nl-NL). */
export function hasCslLocale(locale: string): boolean {
  return cslRegister('locales').has(locale)
}

/** A Cite over copies of the items, so citation-js never touches the caller's objects. */
function cite(items: readonly CslItem[]): Cite {
  return new Cite(structuredClone([...items]))
}

/**
 * The bibliography entries of `items` in a registered style and locale, in the style's order,
 * each with the id of its item. Text entries are trimmed; HTML entries are citeproc's `csl-entry` divs.
 */
export function renderBibliographyEntries(
  items: readonly CslItem[],
  options: { style: string; locale: string; markup: EntryMarkup }
): Array<{ id: string; entry: string }> {
  if (!hasCslStyle(options.style)) {
    throw new Error(`Unknown CSL style: ${options.style}`)
  }
  if (!hasCslLocale(options.locale)) {
    throw new Error(`Unknown CSL locale: ${options.locale}`)
  }
  if (items.length === 0) {
    return []
  }
  const output: unknown = cite(items).format('bibliography', {
    format: options.markup,
    template: options.style,
    lang: options.locale,
    asEntryArray: true
  })
  if (!Array.isArray(output)) {
    throw new Error('citation-js: bibliography output is not an entry array')
  }
  return output.map((pair: unknown) => {
    if (!Array.isArray(pair) || typeof pair[1] !== 'string') {
      throw new Error('citation-js: malformed bibliography entry')
    }
    return { id: String(pair[0]), entry: pair[1].trim() }
  })
}

/** Where in a work a citation points: a CSL locator and its label ("page", "section", "paragraph"…). */
export interface CslLocator {
  label: string
  value: string
}

/**
 * The in-text citation of one item in a registered style and locale, pointing at `locator` when given: citeproc
 * writes the locator the style's way ("Yang 2005, 4", "Yang, 2005, p. 4", "Yang 4").
 */
export function renderCitation(
  item: CslItem,
  options: { style: string; locale: string; markup: EntryMarkup; locator?: CslLocator }
): string {
  if (!hasCslStyle(options.style)) throw new Error(`Unknown CSL style: ${options.style}`)
  if (!hasCslLocale(options.locale)) throw new Error(`Unknown CSL locale: ${options.locale}`)
  const entry = options.locator
    ? { id: item.id, locator: options.locator.value, label: options.locator.label }
    : { id: item.id }
  const output = cite([item]).format('citation', {
    format: options.markup,
    template: options.style,
    lang: options.locale,
    entry: [entry]
  })
  return expectString(output, 'citation').trim()
}

/** The items as BibTeX (citation-js's defaults: generated keys such as `Peskov2010Soixante`, LaTeX escapes). */
export function renderBibtex(items: readonly CslItem[]): string {
  return expectString(cite(items).format('bibtex', { format: 'text' }), 'bibtex')
}

/** The items as CSL-JSON text (an array, two-space indent), without citation-js's bookkeeping. */
export function renderCslJson(items: readonly CslItem[]): string {
  return expectString(cite(items).format('data', { format: 'text' }), 'data')
}

/** The items mapped to RIS tags by citation-js ("mixed" spec), one record per item, values as strings. */
export function renderRisRecords(items: readonly CslItem[]): RisRecord[] {
  const output: unknown = cite(items).format('ris', { format: 'object' })
  if (!Array.isArray(output)) {
    throw new Error('citation-js: RIS output is not a list of records')
  }
  return output.map((record: unknown) => {
    if (typeof record !== 'object' || record === null) {
      throw new Error('citation-js: malformed RIS record')
    }
    const pairs: RisRecord = []
    const entries = Object.entries(record).sort(([a], [b]) => Number(b === 'TY') - Number(a === 'TY'))
    for (const [tag, value] of entries) {
      for (const one of Array.isArray(value) ? value : [value]) {
        if (one !== undefined && one !== null) {
          pairs.push([tag, String(one)])
        }
      }
    }
    return pairs
  })
}

/** The text formats Folio writes and reads back: BibTeX, RIS and CSL-JSON. */
export type BibliographicFormat = 'bibtex' | 'ris' | 'csl-json'

/** citation-js input types for each format; forcing one keeps citation-js from fetching a URL-like input. */
const INPUT_TYPE: Readonly<Record<BibliographicFormat, string>> = {
  bibtex: '@biblatex/text',
  ris: '@ris/file',
  'csl-json': '@else/json'
}

/**
 * Parses BibTeX, RIS or CSL-JSON text into validated CSL items: an empty list when BibTeX or RIS text holds
 * no entry; throws on text that is not JSON (csl-json) and on an item that is not CSL (no type, say).
 * The format is given, not guessed: guessing would let citation-js fetch a string that looks like a URL.
 */
export function parseBibliographicData(text: string, format: BibliographicFormat): CslItem[] {
  return parseCslItems(new Cite(text, { forceType: INPUT_TYPE[format] }).data)
}

function expectString(value: unknown, format: string): string {
  if (typeof value !== 'string') {
    throw new Error(`citation-js: ${format} output is not a string`)
  }
  return value
}
