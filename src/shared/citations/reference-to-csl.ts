// Turns an archive Reference (a further-reading entry) into a CSL-JSON item for citation-js.
// Only what the archive knows goes in: a null field is left out, never guessed.

import type { Person, Reference } from '../archive/document'
import type { CslItem, CslName } from './csl-item'

/** The archive is written in French: the language its references are tagged with unless told otherwise. */
export const DEFAULT_REFERENCE_LANGUAGE = 'fr'

/** Options for {@link referenceToCsl}. */
export interface ReferenceToCslOptions {
  /**
   * The language of the referenced work, as a BCP 47 tag (CSL `language`). Defaults to
   * {@link DEFAULT_REFERENCE_LANGUAGE}; pass the document's language when it is known, or null to leave it out.
   * CSL processors use it to decide casing: a non-English title is never title-cased.
   */
  language?: string | null
}

/**
 * The CSL-JSON item of a reference: CslItem with the fields of books, chapters, theses, reports and web
 * pages (citation-js reads them as they are; kept here until csl-item.ts knows them).
 */
export interface ReferenceCslItem extends CslItem {
  editor?: CslName[]
  publisher?: string
  'publisher-place'?: string
  genre?: string
  number?: string
}

/** A Person as a CSL name: family and given when both are known, else the family name alone. */
export function personToCslName(person: Person): CslName {
  const family = person.family.trim()
  const given = person.given?.trim() ?? ''
  if (family === '') {
    return { literal: person.literal.trim() }
  }
  return given === '' ? { family } : { family, given }
}

/** CSL names of people, without the empty ones. */
function cslNames(people: readonly Person[]): CslName[] {
  return people.map(personToCslName).filter((name) => Object.values(name).some((part) => part !== ''))
}

/**
 * The CSL-JSON item of a Reference: its kind as the CSL type (`book`, `chapter`, `thesis`, `report`,
 * `webpage`; `article-journal` when it has none, the form every reference had before kinds), id = the
 * reference's id, and author, editor, title, container-title (the journal, the book of a chapter, the site
 * of a web page), issued, volume, issue, page, publisher (a thesis's university), publisher-place, genre,
 * number, URL and language for the fields that are known. Strings are copied unchanged but for surrounding
 * whitespace (the page range keeps its en dash).
 */
export function referenceToCsl(reference: Reference, options: ReferenceToCslOptions = {}): ReferenceCslItem {
  const item: ReferenceCslItem = { id: reference.id, type: reference.kind ?? 'article-journal' }
  const authors = cslNames(reference.authors)
  if (authors.length > 0) {
    item.author = authors
  }
  const editors = cslNames(reference.editors ?? [])
  if (editors.length > 0) {
    item.editor = editors
  }
  const title = present(reference.title)
  if (title !== null) {
    item.title = title
  }
  const container = present(reference.container)
  if (container !== null) {
    item['container-title'] = container
  }
  if (reference.year !== null && Number.isInteger(reference.year)) {
    item.issued = { 'date-parts': [[reference.year]] }
  }
  const volume = present(reference.volume)
  if (volume !== null) {
    item.volume = volume
  }
  const issue = present(reference.issue)
  if (issue !== null) {
    item.issue = issue
  }
  const pages = present(reference.pages)
  if (pages !== null) {
    item.page = pages
  }
  const optional = [
    ['publisher', reference.publisher],
    ['publisher-place', reference.place],
    ['genre', reference.genre],
    ['number', reference.number],
    ['URL', reference.url]
  ] as const
  for (const [field, value] of optional) {
    const known = present(value ?? null)
    if (known !== null) {
      item[field] = known
    }
  }
  const language = options.language === undefined ? DEFAULT_REFERENCE_LANGUAGE : present(options.language)
  if (language !== null) {
    item.language = language
  }
  return item
}

/** {@link referenceToCsl} for each reference, in order. */
export function referencesToCsl(
  references: readonly Reference[],
  options: ReferenceToCslOptions = {}
): ReferenceCslItem[] {
  return references.map((reference) => referenceToCsl(reference, options))
}

/** The string trimmed, or null when it is null or blank. */
function present(value: string | null): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}
