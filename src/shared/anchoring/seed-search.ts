// Looks a selector up in the seed index once: where its quote occurs exactly, and where its grams (quote
// and context) say the passage may be now, grouped into candidate places for an approximate match.

import { forEachPosting, GRAM_LENGTH, sampledGrams, type SeedIndex } from './seed-index'
import type { TextQuoteSelector } from './types'

/** Grams found more often than this are too common to say where a passage is. */
export const MAX_POSTINGS = 24
/** Exact occurrences listed at most (more means the quote alone cannot tell them apart anyway). */
export const MAX_OCCURRENCES = 1000
/** Candidate places kept per selector. */
const MAX_CLUSTERS = 4
/** Grams looked up per selector at most (evenly spread): a long quote needs no more to be located. */
const MAX_GRAMS = 128

/** At most `limit` of `items`, evenly spread, first and last included. */
function spread<T>(items: readonly T[], limit: number): readonly T[] {
  if (items.length <= limit) return items
  const step = (items.length - 1) / (limit - 1)
  return Array.from({ length: limit }, (_, i) => items[Math.round(i * step)] as T)
}

/** What the index says about one selector. */
export interface SelectorSeeds {
  /**
   * Start offsets of every exact occurrence of the quote (the first 1000), ascending; null when the quote
   * has no gram of its own (shorter than a word start plus 8 characters), so the index cannot list them.
   */
  occurrences: number[] | null
  /**
   * The quote start each sufficiently rare gram of prefix + quote + suffix implies, ascending, stored as
   * `start * 4 + part` where part says where the gram lies (see {@link GramPart}).
   */
  starts: Int32Array
}

/** Where a gram of prefix + quote + suffix lies: 0 across a boundary, 1 prefix, 2 quote, 3 suffix. */
export type GramPart = 0 | 1 | 2 | 3

/** A group of implied quote starts close to each other: a place where the passage may be. */
export interface Cluster {
  first: number
  last: number
  /** Grams supporting the place. */
  seeds: number
  /** Of those, grams of the quote itself. */
  quoteSeeds: number
  /** Whether grams of the prefix and of the suffix both support the place (the passage sits between). */
  framed: boolean
}

/**
 * Looks up the grams of prefix + quote + suffix (at most 128, evenly spread). Grams inside the quote
 * (after its first character) are at the same offset in every exact occurrence, so the rarest one lists
 * all occurrences; every rare gram, context included, also votes for where the quote starts (context
 * grams keep pointing at the passage when the quote itself was edited).
 */
export function lookUpSelector(index: SeedIndex, text: string, selector: TextQuoteSelector): SelectorSeeds {
  const { prefix, exact } = selector
  const combined = `${prefix}${exact}${selector.suffix}`
  const shift = prefix.length
  const starts: number[] = []
  let rarest = -1
  let fewest = Infinity
  for (const offset of spread(sampledGrams(combined), MAX_GRAMS)) {
    const before = starts.length
    const end = shift + exact.length
    const inQuote = offset >= shift && offset + GRAM_LENGTH <= end
    const part = offset + GRAM_LENGTH <= shift ? 1 : inQuote ? 2 : offset >= end ? 3 : 0
    const count = forEachPosting(index, combined, offset, MAX_POSTINGS, (position) => {
      starts.push((position - offset + shift) * 4 + part)
    })
    if (count > MAX_POSTINGS) starts.length = before
    const interior = inQuote && offset > shift
    if (interior && count < fewest) [rarest, fewest] = [offset, count]
  }
  let occurrences: number[] | null = null
  if (rarest >= 0) {
    const found: number[] = []
    if (fewest > 0) {
      forEachPosting(index, combined, rarest, Infinity, (position) => {
        const start = position - rarest + shift
        if (found.length < MAX_OCCURRENCES && start >= 0 && text.startsWith(exact, start)) found.push(start)
      })
    }
    occurrences = found
  }
  return { occurrences, starts: Int32Array.from(starts).sort() }
}

/**
 * Groups implied starts lying within `gap` of each other; returns the best supported groups first
 * (at most 4), without those having under half the support of the best.
 */
export function clustersOf(starts: Int32Array, gap: number): Cluster[] {
  const clusters: Cluster[] = []
  let current: (Cluster & { prefix: boolean; suffix: boolean }) | null = null
  for (const entry of starts) {
    const start = entry >> 2
    const part = entry & 3
    if (!current || start - current.last > gap) {
      current = { first: start, last: start, seeds: 0, quoteSeeds: 0, framed: false, prefix: false, suffix: false }
      clusters.push(current)
    }
    current.last = start
    current.seeds++
    if (part === 2) current.quoteSeeds++
    current.prefix ||= part === 1
    current.suffix ||= part === 3
    current.framed = current.prefix && current.suffix
  }
  clusters.sort((a, b) => b.seeds - a.seeds || a.first - b.first)
  const strongest = clusters[0]?.seeds ?? 0
  return clusters.filter((c) => c.seeds * 2 >= strongest).slice(0, MAX_CLUSTERS)
}
