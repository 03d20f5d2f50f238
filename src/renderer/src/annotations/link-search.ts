// Finds the annotations a new link may point at: those whose quote or note holds the typed text, folded the way
// search folds it (case, accents, punctuation: normalizeText), or the most recent ones when nothing is typed.

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

/**
 * The annotations other than `exceptId` whose quote or note contains `query` (folded), most recently changed first,
 * at most {@link LINK_CANDIDATES}; for an empty query, the most recently changed ones.
 */
export async function findLinkCandidates(
  query: string,
  exceptId: string,
  database: FolioDb = defaultDb
): Promise<LinkCandidates> {
  const wanted = fold(query)
  const rows = await database.annotations
    .orderBy('updatedAt')
    .reverse()
    .filter(
      (annotation) =>
        annotation.id !== exceptId &&
        (wanted === '' ||
          fold(annotation.target.selectors.quote.exact).includes(wanted) ||
          fold(annotation.note).includes(wanted))
    )
    .limit(LINK_CANDIDATES + 1)
    .toArray()
  return { annotations: rows.slice(0, LINK_CANDIDATES), more: rows.length > LINK_CANDIDATES }
}

/** How much of an annotation's quote a link or a candidate shows. */
const QUOTE_PREVIEW = 80

/** The start of an annotation's quote on one line, cut with "…" past {@link QUOTE_PREVIEW} characters. */
export function quotePreview(annotation: Annotation): string {
  const quote = annotation.target.selectors.quote.exact.replace(/\s+/g, ' ').trim()
  return quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote
}
