// Reads a reference of any common form (book, chapter, thesis, report, web page, journal article) from its
// head, its kind and the parts that kind has. What a part does not say stays null or absent, never guessed.

import type { Reference } from '../document'
import { type Head, readHead } from './read-head'
import { readContainer } from './read-container'
import { ACCESS_WORDS, readKind } from './read-kind'
import { readPublication } from './read-publication'
import { findUrl, findWord, firstYear, segments, type Span } from './scan'

export type ReferenceFields = Omit<Reference, 'id' | 'blockId'>

// Each pattern reads a bounded stretch from its start: no nested or adjacent unbounded repetition.
const PAGES = /\bpp?\.\s?(\d+(?:\s?[–—-]\s?\d+)?)/
const BARE_RANGE = /(?<!\d)(\d{1,5})\s?[–—-]\s?(\d{1,5})(?!\d)/
const VOLUME_ISSUE =
  /(?<![\d(])(\d{1,5})\s?(?:#|\()\s?(\d{1,5})|vol\.?\s?(\d{1,5})(?:,?\s?(?:no|n°|num)\.?\s?(\d{1,5}))?|(?<!\d)(\d{1,5}), no\. (\d{1,5})/i
const REPORT_NUMBER = /(?:\bno\.?|n°|nº|num\.?)\s?([\w-]{0,20}\d[\w-]{0,20})|\s(\d[\w-]{0,20})$/i
const INSTITUTION_WORDS = [
  'sciences po',
  'univ',
  'college',
  'collège',
  'école',
  'ecole',
  'institut',
  'school',
  'sorbonne',
  'ehess'
]

/** The first match of `pattern` between `from` and `to`. */
function execIn(pattern: RegExp, text: string, from: number, to: number): RegExpExecArray | null {
  return pattern.exec(text.slice(from, to))
}

function pagesIn(text: string, from: number, to: number, bare: boolean): string | null {
  const pages = execIn(PAGES, text, from, to)
  if (pages?.[1]) return pages[1]
  if (!bare) return null
  const range = execIn(BARE_RANGE, text, from, to)
  return range ? range[0] : null
}

/** The fields every form shares, from the head. */
function fromHead(text: string, head: Head): ReferenceFields {
  const fields: ReferenceFields = {
    authors: head.authors,
    title: head.title,
    container: null,
    year: head.year,
    volume: null,
    issue: null,
    pages: null,
    sourceText: text
  }
  if (head.editors) fields.editors = head.editors
  return fields
}

/** Sets the optional fields that were read, leaving out the others. */
function withOptional(
  fields: ReferenceFields,
  optional: Partial<Record<'publisher' | 'place' | 'genre' | 'number' | 'url', string | null>>
): ReferenceFields {
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | null | undefined][]) {
    if (value) fields[key] = value
  }
  return fields
}

/** The segment of `text` that holds the index `at`. */
function segmentAt(spans: Span[], at: number): Span | undefined {
  return spans.find((span) => span.start <= at && at < span.end)
}

/**
 * A reference of one of the forms Folio reads, or null when its head cannot be told apart or nothing
 * says its kind and no place, publisher or year follows its title.
 */
export function readForm(text: string): ReferenceFields | null {
  const head = readHead(text)
  if (!head) return null
  const lower = text.toLowerCase()
  const rawUrl = findUrl(text)
  const url = rawUrl && rawUrl.start >= head.restStart && !rawUrl.text.toLowerCase().includes('doi.org') ? rawUrl : null
  const access = findWord(lower, ACCESS_WORDS, head.restStart).index
  const zoneEnd = Math.min(url?.start ?? text.length, access >= 0 ? access : text.length)
  const found = readKind(text, lower, head.restStart, url !== null)
  const fields = fromHead(text, head)
  const from = head.restStart
  switch (found?.kind ?? null) {
    case 'chapter': {
      const book = readContainer(text, lower, from, zoneEnd)
      const publication = readPublication(text, book.end, zoneEnd, head)
      fields.kind = 'chapter'
      fields.container = book.container
      if (book.editors && book.editors.length > 0) fields.editors = book.editors
      fields.year = publication.year
      fields.pages = pagesIn(text, book.end, zoneEnd, true)
      return withOptional(fields, { place: publication.place, publisher: publication.publisher, url: url?.text })
    }
    case 'thesis': {
      const spans = segments(text, from, zoneEnd)
      const genre = segmentAt(spans, found?.at ?? -1)
      const later = spans.filter((span) => span.start > (genre?.start ?? from))
      const university = later.find((span) => INSTITUTION_WORDS.some((word) => span.text.toLowerCase().includes(word)))
      fields.kind = 'thesis'
      fields.year = head.year ?? firstYear(text, from, zoneEnd)?.year ?? null
      return withOptional(fields, { genre: genre?.text, publisher: university?.text, url: url?.text })
    }
    case 'report': {
      const spans = segments(text, from, zoneEnd)
      const genreSpan = segmentAt(spans, found?.at ?? -1)
      const number = genreSpan ? REPORT_NUMBER.exec(genreSpan.text) : null
      const genre = genreSpan ? genreSpan.text.slice(0, number ? number.index : undefined).trim() : null
      // The report's own words are not its publisher: read the publication part around them.
      const publication = readPublication(text, from, zoneEnd, head)
      fields.kind = 'report'
      fields.year = publication.year
      const publisher = publication.publisher === genreSpan?.text ? null : publication.publisher
      return withOptional(fields, {
        genre,
        number: number?.[1] ?? number?.[2],
        place: publication.place,
        publisher,
        url: url?.text
      })
    }
    case 'article-journal': {
      const volume = execIn(VOLUME_ISSUE, text, from, zoneEnd)
      const first = segments(text, from, zoneEnd)[0]
      fields.container = first && /\p{L}/u.test(first.text) && !/^(?:vol|no)\b/i.test(first.text) ? first.text : null
      fields.volume = volume ? (volume[1] ?? volume[3] ?? volume[5] ?? null) : null
      fields.issue = volume ? (volume[2] ?? volume[4] ?? volume[6] ?? null) : null
      const afterVolume = volume ? from + volume.index + volume[0].length : from
      fields.pages = pagesIn(text, from, zoneEnd, false) ?? pagesIn(text, afterVolume, zoneEnd, true)
      fields.year = head.year ?? firstYear(text, from, zoneEnd)?.year ?? null
      return withOptional(fields, { url: url?.text })
    }
    case 'webpage': {
      const first = segments(text, from, zoneEnd)[0]
      const site =
        first && /^\p{Lu}/u.test(first.text) && !/\d/.test(first.text) && first.text.toLowerCase() !== 'en ligne'
          ? first
          : null
      fields.kind = 'webpage'
      fields.container = site?.text ?? null
      fields.year = head.year ?? firstYear(text, from, zoneEnd)?.year ?? null
      return withOptional(fields, { url: url?.text })
    }
    default: {
      const publication = readPublication(text, from, zoneEnd, head)
      if (publication.publisher === null && publication.place === null && publication.year === null) return null
      fields.kind = 'book'
      fields.year = publication.year
      fields.pages = null
      return withOptional(fields, { place: publication.place, publisher: publication.publisher, url: url?.text })
    }
  }
}
