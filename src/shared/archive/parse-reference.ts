// Reads a further-reading bullet into a bibliographic Reference:
// `Family, Given. "Title." Journal (Year) Volume#Issue pp. First–Last.` Unknown parts stay null.

import type { Person, Reference } from './document'
import { findQuoted } from './find-quoted'
import { splitAuthorList } from './split-authors'
import { SPACES_COMMAS_PERIODS, trimChars, trimCharsEnd } from './trim-chars'

const YEAR = /\((\d{4})\)/
// `(?<!\d)`: the number starts where its digits do; without it, every digit of a long run was a new start.
const VOLUME_ISSUE = /(?<!\d)(\d+)\s*#\s*(\d+)|vol\.?\s*(\d+)(?:,?\s*(?:no|n°|num\.?)\.?\s*(\d+))?/i
const PAGES = /\bpp?\.\s*(\d+(?:\s*[–—-]\s*\d+)?)/

/** Splits "Peskov, Youri" / "Youri Peskov" / "A; B" / "A et B" into people. */
export function parseAuthors(text: string): Person[] {
  return splitAuthorList(text)
    .map((literal) => literal.trim())
    .filter((literal) => literal !== '')
    .map((literal) => {
      const comma = literal.indexOf(',')
      if (comma > 0) {
        return { family: literal.slice(0, comma).trim(), given: literal.slice(comma + 1).trim() || null, literal }
      }
      return { family: literal, given: null, literal }
    })
}

/** Parses a bullet's text into the fields of a Reference (without ids). */
export function parseReference(text: string): Omit<Reference, 'id' | 'blockId'> {
  const quoted = findQuoted(text)
  const before = quoted ? text.slice(0, quoted.index) : ''
  const after = quoted ? text.slice(quoted.end) : text
  const year = YEAR.exec(after)
  const volumeIssue = VOLUME_ISSUE.exec(after)
  const pages = PAGES.exec(after)
  const container = year ? trimChars(after.slice(0, year.index), SPACES_COMMAS_PERIODS) : null
  return {
    authors: parseAuthors(trimCharsEnd(before, SPACES_COMMAS_PERIODS)),
    title: quoted?.title.replace(/[.,]$/, '') ?? null,
    container: container || null,
    year: year?.[1] ? Number(year[1]) : null,
    volume: volumeIssue ? (volumeIssue[1] ?? volumeIssue[3] ?? null) : null,
    issue: volumeIssue ? (volumeIssue[2] ?? volumeIssue[4] ?? null) : null,
    pages: pages?.[1] ?? null,
    sourceText: text
  }
}
