// Finds the annotations a new link may point at: those whose quote or note holds the typed text, folded the way
// search folds it (case, accents, punctuation: normalizeText), or the most recent ones when nothing is typed. The
// texts are read and folded once per picker (and again when the annotations change), then searched in memory.

import { normalizeText } from '../../../shared/search/normalize'
import type { Annotation } from '../db/annotation'
import { db as defaultDb, type FolioDb } from '../db/folio-db'

/** How many candidates the picker shows at most. */
export const LINK_CANDIDATES = 20

/** `text` folded for matching, its runs of spaces made one. */
const fold = (text: string): string => normalizeText(text).replace(/\s+/g, ' ').trim()

export interface LinkCandidates {
  annotations: Annotation[]
  /** True when more annotations match than are shown. */
  more: boolean
}

/** Every annotation with its quote and note folded once, most recently changed first: searched at each keystroke. */
export interface LinkIndex {
  rows: readonly { annotation: Annotation; folded: string }[]
}

/** Reads every annotation once and folds its text, for {@link searchLinkIndex}. */
export async function loadLinkIndex(database: FolioDb = defaultDb): Promise<LinkIndex> {
  const annotations = await database.annotations.toArray()
  annotations.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  return {
    rows: annotations.map((annotation) => ({
      annotation,
      // U+0000 keeps a match from running from the quote into the note.
      folded: `${fold(annotation.target.selectors.quote.exact)}\u0000${fold(annotation.note)}`
    }))
  }
}

/**
 * The annotations other than `exceptId` whose quote or note contains `query` (folded), most recently changed first,
 * at most {@link LINK_CANDIDATES}; for an empty query, the most recently changed ones.
 */
export function searchLinkIndex(index: LinkIndex, query: string, exceptId: string): LinkCandidates {
  const wanted = fold(query)
  const annotations: Annotation[] = []
  for (const { annotation, folded } of index.rows) {
    if (annotation.id === exceptId || (wanted !== '' && !folded.includes(wanted))) continue
    if (annotations.length === LINK_CANDIDATES) return { annotations, more: true }
    annotations.push(annotation)
  }
  return { annotations, more: false }
}

/** {@link searchLinkIndex} over an index read now: for a single search. */
export async function findLinkCandidates(
  query: string,
  exceptId: string,
  database: FolioDb = defaultDb
): Promise<LinkCandidates> {
  return searchLinkIndex(await loadLinkIndex(database), query, exceptId)
}

/** How much of an annotation's quote a link or a candidate shows. */
const QUOTE_PREVIEW = 80

/** The start of an annotation's quote on one line, cut with "…" past {@link QUOTE_PREVIEW} characters. */
export function quotePreview(annotation: Annotation): string {
  const quote = annotation.target.selectors.quote.exact.replace(/\s+/g, ' ').trim()
  return quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote
}
