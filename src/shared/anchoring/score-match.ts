// How good a candidate place for a passage is: quote edits, agreement of the text beside it with the stored
// prefix and suffix, and closeness to where the passage was expected. Shared by all the searches.

import type { ApproximateMatch } from './align-near'
import { contextSimilarity } from './text-similarity'
import type { TextQuoteSelector } from './types'

/** Most edits a fuzzy match may have, whatever the quote length. */
export const MAX_ERRORS = 32
/** Edits tried first at a candidate place (and the most the quick check near the hint allows). */
export const FEW_ERRORS = 4
/** Weight of closeness to the expected position: only breaks ties between equally good places. */
const POSITION_WEIGHT = 0.01
/** Context characters compared on each side (stored contexts are 32; imported ones might be longer). */
const MAX_CONTEXT_COMPARED = 64

/** A place where the quote is, with how sure we are. */
export interface QuoteMatch {
  start: number
  end: number
  /** Edits between the quote and `text[start, end)` (0 for an exact occurrence). */
  errors: number
  /** 0–1: agreement of quote and context with the stored selector, quote counted twice. */
  confidence: number
}

/** A match with its rank: confidence plus a small bonus for closeness to the expected start. */
export interface ScoredMatch extends QuoteMatch {
  rank: number
}

/** Edits allowed in a fuzzy match of a quote of this length: a quarter of it, at most {@link MAX_ERRORS}. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(MAX_ERRORS, Math.floor(quoteLength / 4))
}

/**
 * Scores `text[start, end)` as the passage: confidence = (2·matched quote characters + prefix length ×
 * prefix similarity + suffix length × suffix similarity) / (2·quote length + prefix length + suffix length),
 * the quote counting twice as much as its context; rank adds up to 0.01 for closeness to `hint`.
 */
export function score(text: string, selector: TextQuoteSelector, match: ApproximateMatch, hint: number): ScoredMatch {
  const { exact } = selector
  const prefix = selector.prefix.slice(-MAX_CONTEXT_COMPARED)
  const suffix = selector.suffix.slice(0, MAX_CONTEXT_COMPARED)
  const { start, end, errors } = match
  const prefixScore = contextSimilarity(prefix, text.slice(Math.max(0, start - prefix.length), start))
  const suffixScore = contextSimilarity(suffix, text.slice(end, end + suffix.length))
  const confidence =
    (2 * (exact.length - errors) + prefix.length * prefixScore + suffix.length * suffixScore) /
    (2 * exact.length + prefix.length + suffix.length)
  const closeness = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length))
  return { start, end, errors, confidence, rank: confidence + POSITION_WEIGHT * closeness }
}

/** The highest-ranked match, or null for none. */
export function best(matches: readonly ScoredMatch[]): ScoredMatch | null {
  let top: ScoredMatch | null = null
  for (const match of matches) if (!top || match.rank > top.rank) top = match
  return top
}

/** The match without its rank. */
export function strip({ start, end, errors, confidence }: ScoredMatch): QuoteMatch {
  return { start, end, errors, confidence }
}
