// Reads a further-reading bullet into a bibliographic Reference: the journal-article form the archive was
// written in (`Family, Given. "Title." Journal (Year) Volume#Issue pp. First–Last.`) exactly as before, and
// books, chapters, theses, reports and web pages in the usual English and French styles. Unknown parts stay null.

import type { Person, Reference } from './document'
import { findQuoted } from './find-quoted'
import { readForm } from './reference-forms/read-form'
import { readKind } from './reference-forms/read-kind'
import { splitAuthorList } from './split-authors'
import { SPACES_COMMAS_PERIODS, trimChars, trimCharsEnd } from './trim-chars'

const YEAR = /\((\d{4})\)/
// `(?<!\d)`: the number starts where its digits do; without it, every digit of a long run was a new start.
const VOLUME_ISSUE = /(?<!\d)(\d+)\s*#\s*(\d+)|vol\.?\s*(\d+)(?:,?\s*(?:no|n°|num\.?)\.?\s*(\d+))?/i
const PAGES = /\bpp?\.\s*(\d+(?:\s*[–—-]\s*\d+)?)/
/** Chicago's "Journal 38, no. 1" before the year: the journal, its volume and its issue. */
const CHICAGO_VOLUME = /(?<!\d)(\d{1,5}), no\. (\d{1,5})$/
/** Chicago's "(2010): 100–115" after the year: the pages. */
const CHICAGO_PAGES = /^\s?:\s?(\d{1,5}\s?[–—-]\s?\d{1,5})(?!\d)/

type ReferenceFields = Omit<Reference, 'id' | 'blockId'>

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

/** The journal-article form: a quoted title, then the journal before "(Year)". */
function parseJournalArticle(text: string): ReferenceFields & { journalForm: boolean } {
  const quoted = findQuoted(text)
  const before = quoted ? text.slice(0, quoted.index) : ''
  const after = quoted ? text.slice(quoted.end) : text
  const year = YEAR.exec(after)
  const volumeIssue = VOLUME_ISSUE.exec(after)
  const pages = PAGES.exec(after)
  let container = year ? trimChars(after.slice(0, year.index), SPACES_COMMAS_PERIODS) : null
  let volume = volumeIssue ? (volumeIssue[1] ?? volumeIssue[3] ?? null) : null
  let issue = volumeIssue ? (volumeIssue[2] ?? volumeIssue[4] ?? null) : null
  const chicago = container && volume === null ? CHICAGO_VOLUME.exec(container) : null
  if (container && chicago) {
    container = trimCharsEnd(container.slice(0, chicago.index), SPACES_COMMAS_PERIODS)
    volume = chicago[1] ?? null
    issue = chicago[2] ?? null
  }
  const chicagoPages = year && !pages ? CHICAGO_PAGES.exec(after.slice(year.index + year[0].length)) : null
  return {
    authors: parseAuthors(trimCharsEnd(before, SPACES_COMMAS_PERIODS)),
    title: quoted?.title.replace(/[.,]$/, '') ?? null,
    container: container || null,
    year: year?.[1] ? Number(year[1]) : null,
    volume,
    issue,
    pages: pages?.[1] ?? chicagoPages?.[1] ?? null,
    sourceText: text,
    journalForm: quoted !== null && Boolean(container)
  }
}

/** Parses a bullet's text into the fields of a Reference (without ids). */
export function parseReference(text: string): ReferenceFields {
  const { journalForm, ...article } = parseJournalArticle(text)
  const quoted = findQuoted(text)
  if (journalForm && quoted) {
    const kind = readKind(text, text.toLowerCase(), quoted.end, false)?.kind
    if (kind === undefined || kind === 'article-journal') return article
  }
  return readForm(text) ?? article
}
