// The shapes the search core takes in and gives back: index entries, query options and grouped results.
// Pure data, so they cross the Web Worker boundary by structured clone unchanged.

/** What an entry is; results are grouped by it. */
export type SearchKind = 'passage' | 'reference' | 'link' | 'note' | 'tag' | 'bookmark'

/** Every kind, in the order result groups are returned. */
export const SEARCH_KINDS: readonly SearchKind[] = ['passage', 'reference', 'link', 'note', 'tag', 'bookmark']

/** One searchable thing: a block of document text, a reference, a link, a note, a tag or a bookmark. */
export interface SearchEntry {
  /**
   * Unique across all kinds and scopes: `<scope>|<kind>|<id>` (scopedId, document-entries.ts), e.g.
   * `doc:<docId>|passage|<blockId>`, `notes:<docId>|note|<annotationId>`, `bookmarks|bookmark|<bookmarkId>`.
   */
  id: string
  kind: SearchKind
  /** The document the entry belongs to: every entry Folio makes has one (a tag is an annotation's); null is
   * left for an entry outside any document. */
  docId: string | null
  /** What to open when the result is chosen: the block id for a passage, the note id for a note… */
  targetId: string
  /** Optional heading (note title, bookmark label); matched with a higher weight than the text. */
  title?: string
  /** The text as shown to the reader; snippets and highlights refer to it. */
  text: string
}

/** A highlighted range, `[start, end)` in UTF-16 code units. */
export interface HighlightRange {
  start: number
  end: number
}

/** An excerpt of a field around its matches. */
export interface Snippet {
  /** The excerpt, with "…" added where it was cut. */
  text: string
  /** Where the excerpt starts and ends in the original field (without the added "…"). */
  start: number
  end: number
  /** Matches, relative to `text`. */
  highlights: HighlightRange[]
}

/** One result entry. */
export interface SearchHit {
  id: string
  kind: SearchKind
  docId: string | null
  targetId: string
  score: number
  /** The title, when the entry has one, with its highlights (relative to the title). */
  title?: { text: string; highlights: HighlightRange[] }
  /** The text excerpt with the matched words highlighted. */
  snippet: Snippet
}

/** The hits of one kind, best first. */
export interface SearchGroup {
  kind: SearchKind
  /** How many entries of this kind matched (hits is cut to the limit). */
  total: number
  hits: SearchHit[]
}

/** What to search. */
export interface SearchOptions {
  /** Only these kinds (default: all). */
  kinds?: readonly SearchKind[]
  /** Maximum hits per kind (default 20). */
  limit?: number
  /** Snippet length in characters (default 160). */
  snippetLength?: number
}

/** Results grouped by kind, in {@link SEARCH_KINDS} order; kinds without hits are left out. */
export interface SearchResults {
  query: string
  groups: SearchGroup[]
}
