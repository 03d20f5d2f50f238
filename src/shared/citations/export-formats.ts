// Exports References as BibTeX, RIS or CSL-JSON files (content, suggested file name, MIME type),
// with citation-js doing every mapping: Folio only joins citation-js's RIS tag lines, unwrapped.

import type { Reference } from '../archive/document'
import { renderBibtex, renderCslJson, renderRisRecords } from './citation-engine'
import type { CslItem } from './csl-item'
import { EXPORT_FORMATS, type ExportFormatId } from './export-format-list'
import { referencesToCsl, type ReferenceToCslOptions } from './reference-to-csl'

export { EXPORT_FORMATS, type ExportFormat, type ExportFormatId } from './export-format-list'

/** An export ready to save: UTF-8 text. */
export interface ExportedFile {
  format: ExportFormatId
  fileName: string
  mimeType: string
  content: string
}

/**
 * The references in one format. BibTeX: citation-js's entries (keys like `Peskov2010Soixante`, accents as
 * LaTeX escapes, page ranges with `--`). RIS: citation-js's tags, one per line, CRLF-terminated, records
 * separated by a blank line. CSL-JSON: an array of items. Empty input gives an empty (but valid) file.
 */
export function exportReferences(
  references: readonly Reference[],
  format: ExportFormatId,
  options: ReferenceToCslOptions = {}
): ExportedFile {
  const items = referencesToCsl(references, options)
  const content = format === 'bibtex' ? bibtex(items) : format === 'ris' ? ris(items) : renderCslJson(items) + '\n'
  const { mimeType } = EXPORT_FORMATS[format]
  return { format, fileName: suggestedFileName(references, format), mimeType, content }
}

function bibtex(items: readonly CslItem[]): string {
  const text = renderBibtex(items).trim()
  return text === '' ? '' : text + '\n'
}

/**
 * A run of white space holding a line break. Tried only where a run starts (the lookbehind): tried from each of
 * its characters, a long run of spaces without one took time quadratic in its length.
 */
const LINE_BREAKS_WITH_SPACE = /(?<!\s)\s*[\r\n]+\s*/g

/**
 * citation-js's own RIS text hard-wraps values every 70 characters, which splits words (its reader then
 * rejoins them with a space: "mutuelle e ntre"). RIS has no continuation lines, so Folio writes each
 * tag on one line; line breaks inside a value become spaces, since RIS cannot carry them.
 */
function ris(items: readonly CslItem[]): string {
  return renderRisRecords(items)
    .map((record) => record.map(([tag, value]) => `${tag}  - ${value.replace(LINE_BREAKS_WITH_SPACE, ' ')}`))
    .map((lines) => [...lines, 'ER  - '].join('\r\n') + '\r\n')
    .join('\r\n')
}

/**
 * A file name for the export: `peskov-2010.bib` for one reference (first author's family name or else
 * the title's first words, then the year when known), `references.ris` for several or none.
 * ASCII only, lower case, accents dropped.
 */
export function suggestedFileName(references: readonly Reference[], format: ExportFormatId): string {
  const { extension } = EXPORT_FORMATS[format]
  const [only] = references
  if (references.length !== 1 || only === undefined) {
    return `references.${extension}`
  }
  const firstAuthor = only.authors[0]
  const name = slug(firstAuthor?.family ?? firstAuthor?.literal ?? '') || slug(only.title ?? '', 5)
  const parts = [name || 'reference', only.year === null ? '' : String(only.year)].filter((part) => part !== '')
  return `${parts.join('-')}.${extension}`
}

/** Lower-case ASCII words joined by hyphens, at most `maxWords` words and 60 characters. */
function slug(text: string, maxWords = 3): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '')
}
