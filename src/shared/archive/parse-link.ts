// Reads an external-link bullet into an ExternalLink: title, author, format, size, archive date.
// The plain-text source carries no URLs; any that are absent stay null — never invented.

import { archivedOnText } from './archived-on'
import { findIsoDate, findWrittenDate } from './dates'
import type { ExternalLink } from './document'
import { findQuoted } from './find-quoted'
import { SPACES_COMMAS, trimCharsEnd } from './trim-chars'

const FORMAT = /\((PDF|DOC|DOCX|PPT|XLS|ODT|EPUB|HTML)\)/i
const SIZE = /\(\s*(\d+(?:[.,]\d+)?[\s\u00a0]*[KMG]?(?:o|B|iB))\s*\)/
const YEAR = /\((\d{4})\)/
const URL = /\bhttps?:\/\/[^\s<>"]+/gi

/** Parses a bullet's text into the fields of an ExternalLink (without ids). */
export function parseLink(text: string): Omit<ExternalLink, 'id' | 'blockId'> {
  const quoted = findQuoted(text)
  const archived = archivedOnText(text)
  const archiveDate = archived ? (findIsoDate(archived) ?? findWrittenDate(archived)?.iso ?? null) : null
  const year = YEAR.exec(text)
  const afterYear = year ? text.slice(year.index + year[0].length) : ''
  const publisher = afterYear
    .replace(/^[\s,]+/, '')
    .replace(/\.\s*$/, '')
    .trim()
  const urls = text.match(URL) ?? []
  const archivedUrl = urls.find((url) => /web\.archive\.org|archive\.(?:today|is|ph)|webcitation/i.test(url)) ?? null
  const originalUrl = urls.find((url) => url !== archivedUrl) ?? null
  return {
    title: quoted?.title ?? text.replace(/\.\s*$/, '').trim(),
    author: quoted ? trimCharsEnd(text.slice(0, quoted.index), SPACES_COMMAS) || null : null,
    year: year?.[1] ? Number(year[1]) : null,
    publisher: publisher || null,
    format: FORMAT.exec(text)?.[1]?.toUpperCase() ?? null,
    size: SIZE.exec(text)?.[1] ?? null,
    archiveDate,
    originalUrl,
    archivedUrl,
    sourceText: text
  }
}
