// One FlexSearch index holding the terms of one kind of entry: Folio's tokenizer feeds it whole terms,
// and queries read each term's posting lists directly (FlexSearch's unresolved results).

import { Index } from 'flexsearch'
import type { SlottedPostings } from './posting-matcher'
import { TermStats, type TermStatsData } from './term-stats'

/** The saved form of a {@link TermIndex}. */
export interface TermIndexData {
  size: number
  /** FlexSearch's own serialised chunks, as `[key, data]` pairs for `Index.import`. */
  flex: [string, string][]
  stats: TermStatsData
}

/**
 * Score slots per term. FlexSearch files each posting in a slot by where the term first occurs in the
 * entry; 3 keeps "first word / first half / rest" for ranking at the least memory (see
 * docs/benchmarks-search.md for the measurements behind it).
 */
export const DEFAULT_RESOLUTION = 3

/** An inverted index from terms to entry numbers, backed by a FlexSearch `Index`, with term statistics. */
export class TermIndex {
  private index: Index
  private entries = 0
  /** Document frequency of every term, for prefix expansion and query planning. */
  stats = new TermStats()

  constructor(private readonly resolution: number = DEFAULT_RESOLUTION) {
    this.index = TermIndex.create(resolution)
  }

  private static create(resolution: number): Index {
    return new Index({
      tokenize: 'strict',
      resolution,
      // Terms arrive already folded and cut by Folio's tokenizer, joined by single spaces.
      encode: (text: string) => (text.length > 0 ? text.split(' ') : []),
      // Removal scans the index instead of keeping a register per entry: FlexSearch drops that register
      // on import anyway, and it would add a pointer per posting.
      fastupdate: false
    })
  }

  /** Number of entries indexed. */
  get size(): number {
    return this.entries
  }

  /** Indexes a new entry's terms (in text order, duplicates allowed). */
  add(number: number, terms: readonly string[]): void {
    const unique = [...new Set(terms)]
    if (unique.length === 0 || this.index.contain(number)) return
    this.index.add(number, unique.join(' '))
    this.stats.add(unique)
    this.entries++
  }

  /** Removes an entry, given the terms it was added with; returns whether it was there. */
  remove(number: number, terms: readonly string[]): boolean {
    if (!this.index.contain(number)) return false
    this.index.remove(number)
    this.stats.remove(new Set(terms))
    this.entries--
    return true
  }

  /** The posting lists of one term, by score slot (shared with the engine: do not modify). */
  postings(term: string): SlottedPostings {
    if (term.length === 0 || term.includes(' ')) return []
    const resolver = this.index.search(term, { resolve: false })
    // Entry numbers are the only ids this index is ever given.
    return resolver.result as unknown as SlottedPostings
  }

  /** The saved form: FlexSearch's serialised chunks and the term statistics. */
  export(): TermIndexData {
    const flex: [string, string][] = []
    this.index.export((key: string, data: string) => void flex.push([key, data]))
    return { size: this.entries, flex, stats: this.stats.toJSON() }
  }

  /** Rebuilds an index from {@link TermIndex.export}'s output. */
  static import(data: TermIndexData, resolution: number = DEFAULT_RESOLUTION): TermIndex {
    const termIndex = new TermIndex(resolution)
    for (const [key, chunk] of data.flex) termIndex.index.import(key, chunk)
    termIndex.entries = data.size
    termIndex.stats = TermStats.fromJSON(data.stats)
    return termIndex
  }
}
