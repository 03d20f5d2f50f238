// The inverted index of one kind of entry: Folio's tokenizer feeds it whole terms; each term has a posting
// list (entry numbers with a score slot) in a packed store, and a sorted vocabulary expands prefixes.

import { NumberReader, NumberWriter } from './number-codec'
import { MAX_SLOTS, PostingStore, packPosting, postingNumber } from './posting-store'
import { TermVocabulary } from './term-vocabulary'

/** The saved form of a {@link TermIndex}. */
export interface TermIndexData {
  /** Number of entries indexed. */
  size: number
  /** The terms that have postings, sorted. */
  terms: string[]
  /** Their posting lists, in `terms` order, as sorted lists written by a `NumberWriter`. */
  postings: string
}

/**
 * Score slots per term: an entry's posting records whether the term comes first in the entry (slot 0), in
 * its first half (1) or later (2) — a ranking signal for titles and short entries (see
 * docs/benchmarks-search.md).
 */
export const DEFAULT_RESOLUTION = 3

/**
 * The slot of the `i`-th distinct term of an entry that has `count` of them: 0 for the first, then the
 * range 1 … resolution - 1 stretched over the entry (FlexSearch's formula, which this index replaced).
 */
export function scoreSlot(resolution: number, count: number, i: number): number {
  if (i === 0 || resolution <= 1) return 0
  return count <= resolution ? i : Math.floor(((resolution - 1) / count) * i + 1)
}

/**
 * Sort keys of {@link TermIndex.expand}: counts and lengths above their caps tie; a prefix may have up to
 * 16 M completions (53 bits in all).
 */
const COUNT_CAP = 2 ** 21 - 1
const LENGTH_CAP = 255
const POSITION_SCALE = 2 ** 24

/**
 * The positions `[from, to)` of a sorted vocabulary whose terms have postings, most frequent first, then
 * shortest, then in term order; at most `max`. One numeric sort of packed keys (count, length, position),
 * not a comparator reading every term. Shared by the in-memory index and the archive's on-disk one.
 */
export function rankCompletions(
  from: number,
  to: number,
  frequencyAt: (position: number) => number,
  lengthAt: (position: number) => number,
  max = Number.POSITIVE_INFINITY
): number[] {
  if (to - from >= POSITION_SCALE) throw new Error('Too many terms for one prefix')
  const keys = new Float64Array(Math.max(0, to - from))
  let found = 0
  for (let i = from; i < to; i++) {
    const count = frequencyAt(i)
    if (count === 0) continue
    const rarity = COUNT_CAP - Math.min(count, COUNT_CAP)
    const length = Math.min(lengthAt(i), LENGTH_CAP)
    keys[found++] = (rarity * (LENGTH_CAP + 1) + length) * POSITION_SCALE + (i - from)
  }
  const order = keys.subarray(0, found).sort()
  const positions: number[] = []
  for (let k = 0; k < found && k < max; k++) positions.push(from + ((order[k] as number) % POSITION_SCALE))
  return positions
}

/** An inverted index from terms to entry numbers, with document frequencies and prefix expansion. */
export class TermIndex {
  private readonly vocabulary = new TermVocabulary()
  private postings = new PostingStore()
  /** 1 for the entry numbers indexed here. */
  private members = new Uint8Array(1024)
  private entries = 0
  /** Score slots per posting (1 … {@link MAX_SLOTS}). */
  readonly resolution: number

  constructor(resolution: number = DEFAULT_RESOLUTION) {
    this.resolution = Math.min(MAX_SLOTS, Math.max(1, Math.floor(resolution)))
  }

  /** Number of entries indexed. */
  get size(): number {
    return this.entries
  }

  /** Number of entries holding `term`. */
  count(term: string): number {
    const id = this.vocabulary.id(term)
    return id < 0 ? 0 : this.postings.length(id)
  }

  /** The id of a term that has postings, or -1. */
  lookup(term: string): number {
    const id = this.vocabulary.id(term)
    return id >= 0 && this.postings.length(id) > 0 ? id : -1
  }

  /**
   * The ids of the terms starting with `prefix` (itself included) that have postings, most frequent
   * first, then shortest, then in term order; at most `max`.
   */
  expand(prefix: string, max = Number.POSITIVE_INFINITY): number[] {
    const sorted = this.vocabulary.sortedIds()
    const [from, to] = this.vocabulary.prefixRange(prefix)
    const order = rankCompletions(
      from,
      to,
      (i) => this.postings.length(sorted[i] as number),
      (i) => this.vocabulary.termLength(sorted[i] as number),
      max
    )
    return order.map((i) => sorted[i] as number)
  }

  /** The term of an id. */
  term(id: number): string {
    return this.vocabulary.term(id)
  }

  /** The length of the term of an id. */
  termLength(id: number): number {
    return this.vocabulary.termLength(id)
  }

  /** Number of entries holding term `id`. */
  frequency(id: number): number {
    return this.postings.length(id)
  }

  /** The postings of term `id`: packed entry numbers and slots, sorted (a view; do not keep or modify). */
  postingsOf(id: number): Int32Array {
    return this.postings.get(id)
  }

  /** Indexes a new entry's terms (in text order, duplicates allowed). */
  add(number: number, terms: readonly string[]): void {
    if (this.has(number)) return
    const unique = [...new Set(terms)]
    if (unique.length === 0) return
    unique.forEach((term, i) => {
      this.postings.insert(
        this.vocabulary.intern(term),
        packPosting(number, scoreSlot(this.resolution, unique.length, i))
      )
    })
    this.mark(number, 1)
    this.entries++
  }

  /** Removes an entry, given the terms it was added with; returns whether it was there. */
  remove(number: number, terms: readonly string[]): boolean {
    if (!this.has(number)) return false
    for (const term of new Set(terms)) {
      const id = this.vocabulary.id(term)
      if (id >= 0) this.postings.delete(id, number)
    }
    this.mark(number, 0)
    this.entries--
    return true
  }

  /** Gives back the room that lists were given to grow: call after a batch of additions. */
  compact(): void {
    this.postings.compact(this.vocabulary.sortedIds())
  }

  /** The saved form: the terms that have postings, sorted, and their lists. */
  export(): TermIndexData {
    const ids = [...this.vocabulary.sortedIds()].filter((id) => this.postings.length(id) > 0)
    const writer = new NumberWriter()
    for (const id of ids) writer.putSortedList(this.postings.get(id))
    return { size: this.entries, terms: ids.map((id) => this.vocabulary.term(id)), postings: writer.toString() }
  }

  /** Rebuilds an index from {@link TermIndex.export}'s output. */
  static import(data: TermIndexData, resolution: number = DEFAULT_RESOLUTION): TermIndex {
    const sorted =
      Array.isArray(data.terms) &&
      data.terms.every((t, i) => typeof t === 'string' && (i === 0 || (data.terms[i - 1] as string) < t))
    if (!sorted || typeof data.postings !== 'string' || !Number.isInteger(data.size))
      throw new Error('Malformed posting lists')
    const index = new TermIndex(resolution)
    const reader = new NumberReader(data.postings)
    const lists = data.terms.map(() => reader.getSortedList())
    if (!reader.done) throw new Error('Malformed posting lists')
    index.vocabulary.load(data.terms)
    index.postings = PostingStore.fromLists(lists)
    for (const list of lists) for (let k = 0; k < list.length; k++) index.mark(postingNumber(list[k] as number), 1)
    index.entries = data.size
    return index
  }

  private has(number: number): boolean {
    return number < this.members.length && this.members[number] === 1
  }

  private mark(number: number, member: 0 | 1): void {
    if (number >= this.members.length) {
      const grown = new Uint8Array(Math.max(number + 1, this.members.length * 2))
      grown.set(this.members)
      this.members = grown
    }
    this.members[number] = member
  }
}
