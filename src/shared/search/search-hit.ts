// One result entry as both search indexes give it: the in-memory SearchIndex and the archive's search.folio.
// The query's kinds, in the order groups are returned, come from here too.

import type { QueryTerm } from './query'
import { findMatches } from './snippet'
import { SEARCH_KINDS, type SearchHit, type SearchKind, type SearchOptions, type Snippet } from './types'

/** What a hit is made of: the entry's fields (a title of null or undefined for none), its score, its snippet. */
export interface HitSource {
  id: string
  kind: SearchKind
  docId: string | null
  targetId: string
  title?: string | null
}

/** The kinds a search covers, in {@link SEARCH_KINDS} order (the order of its result groups). */
export function kindsSearched(options: SearchOptions): SearchKind[] {
  const wanted = options.kinds ?? SEARCH_KINDS
  return SEARCH_KINDS.filter((kind) => wanted.includes(kind))
}

/** The hit of an entry: its ids, score and snippet, and its title with the query's matches highlighted. */
export function searchHit(entry: HitSource, score: number, snippet: Snippet, terms: readonly QueryTerm[]): SearchHit {
  const hit: SearchHit = {
    id: entry.id,
    kind: entry.kind,
    docId: entry.docId,
    targetId: entry.targetId,
    score,
    snippet
  }
  if (entry.title !== undefined && entry.title !== null)
    hit.title = { text: entry.title, highlights: findMatches(entry.title, terms) }
  return hit
}
