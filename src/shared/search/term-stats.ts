// Document frequencies of the terms of one kind of entry, kept sorted so that the word being typed can be
// expanded into the indexed terms it starts, most frequent first, and queries can be planned cheaply.

/** The saved form of {@link TermStats}: terms and their document frequencies, in parallel. */
export interface TermStatsData {
  terms: string[]
  counts: number[]
}

/** A term and the number of entries holding it. */
export interface TermCount {
  term: string
  count: number
}

/** Term → number of entries holding it, with prefix lookup. */
export class TermStats {
  private readonly counts = new Map<string, number>()
  /** Every term that had a count, sorted (terms whose count fell to 0 stay until the next save). */
  private sorted: string[] = []
  /** New terms, merged into `sorted` on the next lookup. */
  private readonly pending = new Set<string>()

  /** Number of distinct terms. */
  get size(): number {
    return this.counts.size
  }

  /** Number of entries holding `term`. */
  count(term: string): number {
    return this.counts.get(term) ?? 0
  }

  /** Counts an entry's distinct terms. */
  add(uniqueTerms: Iterable<string>): void {
    for (const term of uniqueTerms) {
      const n = this.counts.get(term)
      if (n === undefined) this.pending.add(term)
      this.counts.set(term, (n ?? 0) + 1)
    }
  }

  /** Uncounts an entry's distinct terms (those it was added with). */
  remove(uniqueTerms: Iterable<string>): void {
    for (const term of uniqueTerms) {
      const n = this.counts.get(term)
      if (n === undefined) continue
      if (n > 1) this.counts.set(term, n - 1)
      else this.counts.delete(term)
    }
  }

  /** The terms starting with `prefix` (itself included) with their counts, most frequent first, at most `max`. */
  expand(prefix: string, max = Number.POSITIVE_INFINITY): TermCount[] {
    const sorted = this.sortedTerms()
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((sorted[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    const found: TermCount[] = []
    for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) {
      const term = sorted[i] as string
      const count = this.counts.get(term)
      if (count !== undefined) found.push({ term, count })
    }
    found.sort((a, b) => b.count - a.count || a.term.length - b.term.length)
    return found.length > max ? found.slice(0, max) : found
  }

  /** The saved form. */
  toJSON(): TermStatsData {
    const terms = this.sortedTerms().filter((t) => this.counts.has(t))
    this.sorted = terms
    return { terms, counts: terms.map((t) => this.count(t)) }
  }

  /** Restores {@link TermStats.toJSON}'s output. */
  static fromJSON(data: TermStatsData): TermStats {
    const stats = new TermStats()
    data.terms.forEach((term, i) => stats.counts.set(term, data.counts[i] ?? 0))
    stats.sorted = [...data.terms]
    return stats
  }

  /** The sorted terms, with pending ones merged in: one sort of the new terms and a linear merge. */
  private sortedTerms(): string[] {
    if (this.pending.size === 0) return this.sorted
    const fresh = [...this.pending].filter((t) => this.counts.has(t)).sort()
    this.pending.clear()
    const old = this.sorted
    const merged: string[] = []
    let i = 0
    let j = 0
    while (i < old.length || j < fresh.length) {
      const a = old[i]
      const b = fresh[j]
      if (b === undefined || (a !== undefined && a < b)) {
        merged.push(a as string)
        i++
      } else if (a === undefined || b < a) {
        merged.push(b)
        j++
      } else {
        merged.push(a)
        i++
        j++
      }
    }
    this.sorted = merged
    return merged
  }
}
