// The quick check before any index is built: is the quote, with a few edits, right next to where the
// passage is expected? Catches the common case — characters edited in or before the passage's paragraph.

import { alignNear, type ApproximateMatch } from './align-near'
import type { PreparedDocument } from './prepared-document'
import { FEW_ERRORS, maxErrorsFor, score, strip, type QuoteMatch } from './score-match'
import type { TextQuoteSelector } from './types'

/** How far from the expected start the quick check looks, in characters each way. */
export const NEAR_RADIUS = 64
/** Least confidence for the quick check: quote and context must agree well. */
export const NEAR_CONFIDENCE = 0.9
/** Occurrences of one piece considered in the window (a piece found more often says little). */
const MAX_PIECE_OCCURRENCES = 8
/** Candidate starts aligned at most. */
const MAX_CANDIDATES = 6

/**
 * Candidate starts of the quote within `NEAR_RADIUS` of `hint`, by the pigeonhole principle: cut into
 * `maxErrors + 1` pieces, a quote with at most `maxErrors` edits keeps one piece intact, found by indexOf
 * in the window. Each occurrence implies a start; starts implied by more pieces come first.
 */
function candidateStarts(text: string, quote: string, hint: number, maxErrors: number): number[] {
  const from = Math.max(0, hint - NEAR_RADIUS - maxErrors)
  const to = Math.min(text.length, hint + NEAR_RADIUS + quote.length + maxErrors)
  const window = text.slice(from, to)
  const pieces = maxErrors + 1
  const size = Math.floor(quote.length / pieces)
  const implied: number[] = []
  for (let p = 0; p < pieces; p++) {
    const offset = p * size
    const piece = quote.slice(offset, p === pieces - 1 ? quote.length : offset + size)
    const before = implied.length
    for (let at = window.indexOf(piece); at !== -1; at = window.indexOf(piece, at + 1)) {
      if (implied.length - before === MAX_PIECE_OCCURRENCES) {
        implied.length = before // too common to tell anything
        break
      }
      const start = from + at - offset
      if (Math.abs(start - hint) <= NEAR_RADIUS + maxErrors) implied.push(start)
    }
  }
  implied.sort((a, b) => a - b)
  const candidates: { start: number; support: number }[] = []
  for (const start of implied) {
    const last = candidates[candidates.length - 1]
    if (last?.start === start) last.support++
    else candidates.push({ start, support: 1 })
  }
  return candidates
    .sort((a, b) => b.support - a.support || Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.start)
}

/**
 * The quote with at most 4 edits (a quarter of it when shorter than 16 characters) starting within
 * {@link NEAR_RADIUS} characters of `hint`, accepted only when quote and context agree well (confidence
 * ≥ {@link NEAR_CONFIDENCE}); null otherwise. Costs a few indexOf calls on a small window and an O(ND)
 * alignment per candidate start: microseconds, and no seed index.
 */
export function matchNearHint(
  prepared: PreparedDocument,
  selector: TextQuoteSelector,
  hint: number
): QuoteMatch | null {
  const { text } = prepared
  const quote = selector.exact
  if (quote.length === 0) return null
  const maxErrors = Math.min(FEW_ERRORS, maxErrorsFor(quote.length))
  let found: ApproximateMatch | null = null
  for (const start of candidateStarts(text, quote, hint, maxErrors)) {
    const match = alignNear(text, quote, start, start, maxErrors)
    if (match && (!found || match.errors < found.errors)) found = match
    if (found?.errors === 0) break
  }
  if (!found) return null
  const scored = score(text, selector, found, hint)
  return scored.confidence >= NEAR_CONFIDENCE ? strip(scored) : null
}
