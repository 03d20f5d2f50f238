// Finds a quote in the document text, exactly or approximately, and scores each place it could be
// by quote similarity, prefix/suffix context and distance from where it is expected (after Hypothesis).

import search from 'approx-string-match'
import { alignNear, type ApproximateMatch } from './align-near'
import { blockIndexAt, type PreparedDocument } from './prepared-document'
import type { SeedIndex } from './seed-index'
import { clustersOf, lookUpSelector, MAX_OCCURRENCES, type Cluster, type SelectorSeeds } from './seed-search'
import { best, FEW_ERRORS, maxErrorsFor, score, strip, type QuoteMatch, type ScoredMatch } from './score-match'
import { commonAfter, commonBefore } from './text-similarity'
import type { TextQuoteSelector } from './types'

/** Least confidence for an exact occurrence found away from the stored position. */
export const EXACT_CONFIDENCE = 0.7
/** Least confidence for an approximate match. */
export const FUZZY_CONFIDENCE = 0.75
/** A quote at least this long found exactly once in the whole text is accepted whatever its context. */
export const UNIQUE_QUOTE_LENGTH = 20
/** Occurrences scored in full (context edit distance) after a cheap pre-ranking. */
const MAX_SCORED = 12
/**
 * Longest quote searched for in the window around its expected place with approx-string-match. Its cost
 * grows with quote length × window length, plus about 1 µs per quote character of set-up per call
 * (measured: ~100 µs for a 100-character quote, ~300 ms for 20,000). A longer quote has grams enough
 * for the seed index to point at it (with its context's grams when it was heavily edited).
 */
const LOCAL_SEARCH_MAX_LENGTH = 32
/**
 * The window searched around the expected position: `hint` ± (128 + quote length / 2) characters,
 * kept within the block at the hint and its neighbours on each side.
 */
export function localWindow(prepared: PreparedDocument, hint: number, quoteLength: number): [number, number] {
  const radius = 128 + (quoteLength >> 1)
  const firstBlock = Math.max(0, blockIndexAt(prepared, hint) - 1)
  const lastBlock = Math.min(prepared.blockStarts.length - 1, blockIndexAt(prepared, hint + quoteLength) + 1)
  const from = Math.max(0, hint - radius, prepared.blockStarts[firstBlock] ?? 0)
  const to = Math.min(prepared.text.length, hint + quoteLength + radius, prepared.blockEnds[lastBlock] ?? 0)
  return [from, Math.max(from, to)]
}

/** Offsets of `quote` within `text[from, to)`, appended to `out`. */
function occurrencesIn(text: string, quote: string, from: number, to: number, out: number[]): void {
  const start = Math.max(0, from)
  const window = text.slice(start, to)
  for (let at = window.indexOf(quote); at !== -1 && out.length < MAX_OCCURRENCES; at = window.indexOf(quote, at + 1)) {
    out.push(start + at)
  }
}

/**
 * Finds the exact quote and picks the occurrence whose context agrees best (then the one closest to
 * `hint`). A quote with a gram of its own is looked up in the index (all occurrences); a shorter one only
 * around `hint` and where its context's grams are. Returns null when there is none, or none is
 * trustworthy: an occurrence needs its context to agree (confidence ≥ {@link EXACT_CONFIDENCE}) unless it
 * is the only one in the whole text of a quote of at least {@link UNIQUE_QUOTE_LENGTH} characters.
 */
export function matchExactQuote(
  prepared: PreparedDocument,
  selector: TextQuoteSelector,
  hint: number,
  seeds: SelectorSeeds
): QuoteMatch | null {
  const { text } = prepared
  const { exact, prefix, suffix } = selector
  if (exact.length === 0) return null
  let starts = seeds.occurrences
  const complete = starts !== null
  if (starts === null) {
    const found: number[] = []
    const [from, to] = localWindow(prepared, hint, exact.length)
    occurrencesIn(text, exact, from, to, found)
    for (const cluster of clustersOf(seeds.starts, 8)) {
      occurrencesIn(text, exact, cluster.first - 8, cluster.last + exact.length + 8, found)
    }
    starts = [...new Set(found)]
  }
  const count = starts.length
  if (count > MAX_SCORED) {
    const cheap = (start: number): number =>
      commonBefore(text, start, prefix) + commonAfter(text, start + exact.length, suffix)
    starts = starts
      .map((start) => ({ start, cheap: cheap(start), distance: Math.abs(start - hint) }))
      .sort((a, b) => b.cheap - a.cheap || a.distance - b.distance)
      .slice(0, MAX_SCORED)
      .map((entry) => entry.start)
  }
  const top = best(starts.map((start) => score(text, selector, { start, end: start + exact.length, errors: 0 }, hint)))
  if (!top) return null
  const unique = complete && count === 1 && exact.length >= UNIQUE_QUOTE_LENGTH
  return unique || top.confidence >= EXACT_CONFIDENCE ? strip(top) : null
}

/**
 * The quote's best approximate match at a candidate place: a few edits first; the full allowance only
 * where two grams of the quote itself agree, or grams of both its prefix and its suffix (the passage,
 * however edited, sits between them). Prefix grams alone point where a removed passage used to be, and
 * one gram alone is too often a coincidence to be worth a wide search.
 */
function matchAtCluster(text: string, quote: string, cluster: Cluster, maxErrors: number): ApproximateMatch | null {
  const narrow = Math.min(maxErrors, FEW_ERRORS)
  const found = alignNear(text, quote, cluster.first, cluster.last, narrow)
  if (found || narrow === maxErrors || (cluster.quoteSeeds < 2 && !cluster.framed)) return found
  return alignNear(text, quote, cluster.first, cluster.last, maxErrors)
}

/** Approximate matches of `quote` within `text[from, to)` (approx-string-match), at most `maxErrors` edits. */
function approximateIn(text: string, quote: string, from: number, to: number, maxErrors: number): ApproximateMatch[] {
  if (to - from < quote.length - maxErrors) return []
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors
  }))
}

/**
 * Finds an approximate match of the quote (at most {@link maxErrorsFor} edits): first at the places the
 * seed index points to anywhere in the text (see `alignNear`), then — if none is good enough and the
 * quote has at most 32 characters — by a full approximate search (approx-string-match) of the window
 * around `hint`.
 * Returns the best match with confidence ≥ {@link FUZZY_CONFIDENCE}, or null.
 */
export function matchFuzzyQuote(
  prepared: PreparedDocument,
  selector: TextQuoteSelector,
  hint: number,
  seeds: SelectorSeeds
): QuoteMatch | null {
  const { text } = prepared
  const quote = selector.exact
  const maxErrors = maxErrorsFor(quote.length)
  if (maxErrors === 0) return null
  const scored: ScoredMatch[] = []
  const seen = new Set<string>()
  const consider = (matches: readonly ApproximateMatch[]): ScoredMatch | null => {
    for (const m of matches) {
      const key = `${m.start}:${m.end}`
      if (seen.has(key)) continue
      seen.add(key)
      scored.push(score(text, selector, m, hint))
    }
    const top = best(scored)
    return top && top.confidence >= FUZZY_CONFIDENCE ? top : null
  }
  const atSeeds: ApproximateMatch[] = []
  for (const cluster of clustersOf(seeds.starts, maxErrors + 1)) {
    const found = matchAtCluster(text, quote, cluster, maxErrors)
    if (found) atSeeds.push(found)
  }
  const atSeed = consider(atSeeds)
  if (atSeed) return strip(atSeed)
  if (quote.length > LOCAL_SEARCH_MAX_LENGTH) return null
  const [from, to] = localWindow(prepared, hint, quote.length)
  const found = consider(approximateIn(text, quote, from, to, maxErrors))
  return found ? strip(found) : null
}

/**
 * Finds the quote: exactly first, then approximately. `hint` is where the passage is expected to start.
 * Returns the match and whether it is exact, or null when the passage cannot be found with confidence.
 */
export function matchQuote(
  prepared: PreparedDocument,
  selector: TextQuoteSelector,
  hint: number,
  index: SeedIndex
): (QuoteMatch & { exact: boolean }) | null {
  const seeds = lookUpSelector(index, prepared.text, selector)
  const exact = matchExactQuote(prepared, selector, hint, seeds)
  if (exact) return { ...exact, exact: true }
  const fuzzy = matchFuzzyQuote(prepared, selector, hint, seeds)
  return fuzzy ? { ...fuzzy, exact: false } : null
}
