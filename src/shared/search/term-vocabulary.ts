// The terms of one term index, numbered in the order they first came and kept sorted, so that the word
// being typed can be expanded into every indexed term it starts with a binary search.

import { lowerBound } from './lower-bound'

/** Term ↔ id, with the ids sorted by term for prefix lookup. */
export class TermVocabulary {
  private readonly ids = new Map<string, number>()
  private readonly terms: string[] = []
  /** Length of each term, read without touching the strings. */
  private lengths = new Uint32Array(1024)
  /** Every id, sorted by term, except those in `pending`. */
  private order = new Int32Array(0)
  /** Ids of new terms, merged into `order` on the next prefix lookup. */
  private pending: number[] = []

  /** Number of terms (a term stays once it was seen, with or without postings). */
  get size(): number {
    return this.terms.length
  }

  /** The id of `term`, or -1. */
  id(term: string): number {
    return this.ids.get(term) ?? -1
  }

  /** The id of `term`, given the next free one if it is new. */
  intern(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.ids.set(term, id)
      this.terms.push(term)
      this.pending.push(id)
      this.setLength(id, term.length)
    }
    return id
  }

  /** The term of an id. */
  term(id: number): string {
    return this.terms[id] ?? ''
  }

  /** The length of the term of an id. */
  termLength(id: number): number {
    return this.lengths[id] ?? 0
  }

  /**
   * The terms starting with `prefix`: positions `[from, to)` of {@link sortedIds} ('' gives them all).
   * Two binary searches, so that a short prefix costs no more than a long one.
   */
  prefixRange(prefix: string): [number, number] {
    // Folded terms never hold U+FFFF (it folds to a space), so every term starting with `prefix` sorts
    // before `prefix + '\uffff'`, and every other term after `prefix` sorts after it.
    return [this.lowerBound(prefix), prefix === '' ? this.sortedIds().length : this.lowerBound(prefix + '\uffff')]
  }

  private setLength(id: number, length: number): void {
    if (id >= this.lengths.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.lengths.length * 2))
      grown.set(this.lengths)
      this.lengths = grown
    }
    this.lengths[id] = length
  }

  /** Position in {@link sortedIds} of the first term not below `term`. */
  private lowerBound(term: string): number {
    const sorted = this.sortedIds()
    const terms = this.terms
    return lowerBound(sorted.length, (at) => (terms[sorted[at] as number] as string) < term)
  }

  /** Replaces an empty vocabulary by `sortedTerms` (sorted, distinct), numbered 0, 1, 2… in that order. */
  load(sortedTerms: readonly string[]): void {
    if (this.terms.length > 0) throw new Error('TermVocabulary.load needs an empty vocabulary')
    sortedTerms.forEach((term, id) => {
      this.ids.set(term, id)
      this.terms.push(term)
      this.setLength(id, term.length)
    })
    this.order = Int32Array.from(sortedTerms, (_, id) => id)
  }

  /** Every id, sorted by term: pending ones merged in by one sort of the new terms and a linear merge. */
  sortedIds(): Int32Array {
    if (this.pending.length === 0) return this.order
    const terms = this.terms
    const fresh = this.pending.sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1))
    this.pending = []
    const old = this.order
    const merged = new Int32Array(old.length + fresh.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < old.length || j < fresh.length) {
      const a = old[i]
      const b = fresh[j]
      if (b === undefined || (a !== undefined && (terms[a] as string) < (terms[b] as string))) {
        merged[k++] = a as number
        i++
      } else {
        merged[k++] = b
        j++
      }
    }
    this.order = merged
    return merged
  }
}
