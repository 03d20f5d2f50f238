// What the annotations view says of an annotation's document: its title, its rank in the document order (titles in
// French collation), and the place of the passage in it: the page of a copy, else the section its block is under.

import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { ArticleDocument } from '../../../shared/archive/document'
import { pageOfPassage } from '../../../shared/copies/copy-page'
import type { Annotation } from '../db/annotation'

/** Where a passage is: a page of a copy, a section of an article, or nothing known. */
export type Place = { kind: 'page'; page: number } | { kind: 'section'; heading: string } | null

export interface DocumentInfo {
  /** Titles by document id (only the documents read). */
  titles: ReadonlyMap<string, string>
  /** Each document's place in title order. */
  documentRank: ReadonlyMap<string, number>
  /** The documents by title, for the document filter. */
  ordered: readonly { id: string; title: string }[]
  placeOf(annotation: Annotation): Place
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/** The heading of each block that is under a section, built on first use for each document. */
function sectionIndex(document: ArticleDocument): Map<string, string> {
  const index = new Map<string, string>()
  for (const section of document.sections) for (const blockId of section.blockIds) index.set(blockId, section.heading)
  return index
}

export function documentInfo(documents: readonly ArchiveDocumentEntry[]): DocumentInfo {
  const byId = new Map(documents.map((entry) => [entry.id, entry.document]))
  const ordered = documents
    .map((entry) => ({ id: entry.id, title: entry.document.title || entry.id }))
    .sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1))
  const sections = new Map<string, Map<string, string>>()
  return {
    titles: new Map(ordered.map(({ id, title }) => [id, title])),
    documentRank: new Map(ordered.map(({ id }, index) => [id, index])),
    ordered,
    placeOf(annotation) {
      const { documentId } = annotation
      const { blockId } = annotation.target
      const page = pageOfPassage(documentId, blockId)
      if (page !== null) return { kind: 'page', page }
      const document = byId.get(documentId)
      if (!document || blockId === null) return null
      let index = sections.get(documentId)
      if (!index) sections.set(documentId, (index = sectionIndex(document)))
      const heading = index.get(blockId)
      return heading === undefined ? null : { kind: 'section', heading }
    }
  }
}
