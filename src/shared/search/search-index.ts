// Folio's full-text index: a term index per kind fed by Folio's tokenizer, queries that need every term
// (the last one as a prefix), results grouped by kind with highlighted snippets, JSON round trip.

import { tokenize } from './normalize'
import { idf, matchAll, positionBonus, type MatchGroup } from './posting-matcher'
import { parseQuery, DEFAULT_MIN_PREFIX_LENGTH, type QueryTerm } from './query'
import { searchHit, kindsSearched } from './search-hit'
import { DEFAULT_SNIPPET_LENGTH } from './snippet'
import { storedEntryText, storedSnippet } from './stored-text-match'
import { DEFAULT_RESOLUTION, TermIndex, type TermIndexData } from './term-index'
import { TextStore, type TextStoreData } from './text-store'
import {
  SEARCH_KINDS,
  type SearchEntry,
  type SearchGroup,
  type SearchKind,
  type SearchOptions,
  type SearchResults
} from './types'

/** Tuning of a {@link SearchIndex}; the defaults are the ones measured in docs/benchmarks-search.md. */
export interface SearchIndexOptions {
  /** Shortest last term expanded as a prefix (default 2). */
  minPrefixLength?: number
  /** Most completions of the last term that are searched (default 2000, the most frequent). */
  maxExpansions?: number
  /** Score slots per posting, 1 to 4 (default 3): where in the entry the term first comes. */
  resolution?: number
}

/** An entry in the saved form, without its text: `[id, kind, docId, targetId, title?]`. */
export type SerializedEntry = [string, SearchKind, string | null, string, string?]

/** The saved form of a {@link SearchIndex} (plain JSON). */
export interface SerializedSearchIndex {
  format: 'folio-search-index'
  version: typeof FORMAT_VERSION
  options: Required<SearchIndexOptions>
  /** Entries by internal number; null for a free number. */
  entries: (SerializedEntry | null)[]
  /** Their texts, by internal number. */
  texts: TextStoreData
  kinds: Partial<Record<SearchKind, TermIndexData>>
}

/** Version of {@link SerializedSearchIndex}; an index saved in another version is rebuilt. */
export const FORMAT_VERSION = 2

/** Default number of hits per kind. */
export const DEFAULT_LIMIT = 20
/** Default cap on the completions of the word being typed. */
export const DEFAULT_MAX_EXPANSIONS = 2000

/** Weight of an indexed term found for a query term: 1 when equal, less for a longer completion. */
export const completionWeight = (q: QueryTerm, termLength: number): number => 0.5 + (0.5 * q.term.length) / termLength

/** An entry without its text (kept apart, in the text store). */
type EntryMeta = Omit<SearchEntry, 'text'>

/** The terms an entry is indexed under: its title's, then its text's, in order (duplicates kept). */
export const indexTerms = (title: string | undefined, text: string): string[] =>
  title ? [...tokenize(title), ...tokenize(text)] : tokenize(text)

/**
 * The search index of a library. Entries are kept (their texts compactly) so that hits come with snippets;
 * `add` / `replace` / `remove` update single entries in place (a note being edited). Not thread-safe:
 * meant to live in one Web Worker.
 */
export class SearchIndex {
  private readonly options: Required<SearchIndexOptions>
  private readonly byKind = new Map<SearchKind, TermIndex>()
  private readonly numbers = new Map<string, number>()
  /** Entries by internal number, without their text. */
  private meta: (EntryMeta | undefined)[] = []
  private texts = new TextStore()
  private free: number[] = []

  constructor(options: SearchIndexOptions = {}) {
    this.options = {
      minPrefixLength: options.minPrefixLength ?? DEFAULT_MIN_PREFIX_LENGTH,
      maxExpansions: options.maxExpansions ?? DEFAULT_MAX_EXPANSIONS,
      resolution: options.resolution ?? DEFAULT_RESOLUTION
    }
  }

  /** Number of entries. */
  get size(): number {
    return this.numbers.size
  }

  /** Whether an entry with this id is indexed. */
  has(id: string): boolean {
    return this.numbers.has(id)
  }

  /** The indexed entry with this id. */
  get(id: string): SearchEntry | undefined {
    const n = this.numbers.get(id)
    return n === undefined ? undefined : this.entryAt(n)
  }

  /** Adds entries; an entry whose id is already indexed replaces it. A batch ends with {@link compact}. */
  add(entries: SearchEntry | Iterable<SearchEntry>): void {
    if (Symbol.iterator in entries) {
      for (const entry of entries) this.replace(entry)
      this.compact()
    } else this.replace(entries)
  }

  /**
   * Gives back the room posting lists were given to grow while entries were added (up to half the
   * postings' memory). Cheap when little changed; call once a batch of updates is done.
   */
  compact(): void {
    for (const index of this.byKind.values()) index.compact()
  }

  /** Indexes a new version of an entry (or a new entry): its old words are no longer found. */
  replace(entry: SearchEntry): void {
    const { id, kind, docId, targetId, title, text } = entry
    // Only the known fields: a caller's object may carry more, which the index should not keep alive.
    const meta: EntryMeta = title === undefined ? { id, kind, docId, targetId } : { id, kind, docId, targetId, title }
    let n = this.numbers.get(entry.id)
    if (n === undefined) {
      n = this.free.pop() ?? this.meta.length
      this.numbers.set(entry.id, n)
    } else this.unindex(n)
    this.meta[n] = meta
    this.texts.set(n, text)
    this.kindIndex(meta.kind).add(n, indexTerms(meta.title, text))
  }

  /** Removes an entry; returns whether it was indexed. */
  remove(id: string): boolean {
    const n = this.numbers.get(id)
    if (n === undefined) return false
    this.unindex(n)
    this.meta[n] = undefined
    this.texts.delete(n)
    this.numbers.delete(id)
    this.free.push(n)
    return true
  }

  /**
   * Finds the entries holding every word of `query` (the last one as a prefix while it is being typed),
   * folded like the index (case, accents, ligatures, punctuation; CJK by bigrams). Groups come in
   * {@link SEARCH_KINDS} order, hits best first, each with a snippet whose highlights cover the matches.
   */
  search(query: string, options: SearchOptions = {}): SearchResults {
    const terms = parseQuery(query, { minPrefixLength: this.options.minPrefixLength })
    const groups: SearchGroup[] = []
    if (terms.length === 0) return { query, groups }
    const limit = options.limit ?? DEFAULT_LIMIT
    const snippetLength = options.snippetLength ?? DEFAULT_SNIPPET_LENGTH
    for (const kind of kindsSearched(options)) {
      const index = this.byKind.get(kind)
      if (!index || index.size === 0) continue
      const { total, top } = matchAll({
        groups: terms.map((q) => this.group(index, q)),
        documentCount: index.size,
        numberSpace: this.meta.length,
        slots: index.resolution,
        limit,
        verify: (n, groups) =>
          this.verify(
            n,
            groups.map((g) => terms[g] as QueryTerm),
            index
          )
      })
      if (total === 0) continue
      const hits = top.flatMap(({ number, score }) => {
        const meta = this.meta[number]
        return meta ? [searchHit(meta, score, storedSnippet(this.texts, number, terms, snippetLength), terms)] : []
      })
      groups.push({ kind, total, hits })
    }
    return { query, groups }
  }

  /** The index as plain JSON: entries, their texts, and each kind's terms with their posting lists. */
  toJSON(): SerializedSearchIndex {
    const kinds: SerializedSearchIndex['kinds'] = {}
    for (const [kind, index] of this.byKind) kinds[kind] = index.export()
    return {
      format: 'folio-search-index',
      version: FORMAT_VERSION,
      options: { ...this.options },
      entries: this.meta.map((e) => {
        if (!e) return null
        return e.title === undefined
          ? [e.id, e.kind, e.docId, e.targetId]
          : [e.id, e.kind, e.docId, e.targetId, e.title]
      }),
      texts: this.texts.export(),
      kinds
    }
  }

  /** Restores an index saved with {@link SearchIndex.toJSON} (the object, or its JSON text). */
  static fromJSON(data: SerializedSearchIndex | string): SearchIndex {
    const saved = typeof data === 'string' ? (JSON.parse(data) as SerializedSearchIndex) : data
    if (saved.format !== 'folio-search-index' || saved.version !== FORMAT_VERSION) {
      throw new Error(`Unsupported search index format: ${String(saved.format)} v${String(saved.version)}`)
    }
    if (!Array.isArray(saved.entries) || typeof saved.texts?.texts !== 'string' || !Array.isArray(saved.texts.tokens)) {
      throw new Error('Malformed search index')
    }
    const index = new SearchIndex(saved.options)
    saved.entries.forEach((e, n) => {
      if (!e) {
        index.free.push(n)
        index.meta[n] = undefined
        return
      }
      const [id, kind, docId, targetId, title] = e
      index.meta[n] = title === undefined ? { id, kind, docId, targetId } : { id, kind, docId, targetId, title }
      index.numbers.set(id, n)
    })
    index.texts = TextStore.import(saved.texts)
    for (const kind of SEARCH_KINDS) {
      const data = saved.kinds[kind]
      if (data) index.byKind.set(kind, TermIndex.import(data, saved.options.resolution))
    }
    return index
  }

  private kindIndex(kind: SearchKind): TermIndex {
    let index = this.byKind.get(kind)
    if (!index) {
      index = new TermIndex(this.options.resolution)
      this.byKind.set(kind, index)
    }
    return index
  }

  /** Entry `n`, its text decoded from the store. */
  private entryAt(n: number): SearchEntry | undefined {
    const meta = this.meta[n]
    return meta && { ...meta, text: this.texts.get(n) }
  }

  /** Takes entry `n` out of its kind's index (its terms are recomputed from the stored entry). */
  private unindex(n: number): void {
    const old = this.meta[n]
    if (old) this.byKind.get(old.kind)?.remove(n, indexTerms(old.title, this.texts.get(n)))
  }

  /** A query term as a match group: itself, or the most frequent completions of the word being typed. */
  private group(index: TermIndex, q: QueryTerm): MatchGroup {
    const exact = q.prefix ? -1 : index.lookup(q.term)
    const ids = q.prefix ? index.expand(q.term, this.options.maxExpansions) : exact < 0 ? [] : [exact]
    let size = 0
    for (const id of ids) size += index.frequency(id)
    return {
      size,
      lookups: ids.length,
      alternatives: () =>
        ids.map((id) => ({ postings: index.postingsOf(id), weight: completionWeight(q, index.termLength(id)) }))
    }
  }

  /** Checks query terms against entry `n`'s own words: the score they add, or null if one is missing. */
  private verify(n: number, queryTerms: readonly QueryTerm[], index: TermIndex): number | null {
    const meta = this.meta[n]
    if (!meta) return null
    const text = storedEntryText(this.texts, n, meta.title)
    let gain = 0
    for (const q of queryTerms) {
      const found = text.find(q)
      if (!found) return null
      const { word, start } = found
      gain += idf(index.count(word), index.size) * completionWeight(q, word.length) * positionBonus(start / text.length)
    }
    return gain
  }
}
