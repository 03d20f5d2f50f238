// Finds the query's matches in an original text and cuts an excerpt around them with highlight ranges.
// Matching runs on the folded text; the offset map carries every range back to the original characters.

import { normalizeWithSources, toOriginalRange } from './normalize'
import { forEachOccurrence, type QueryTerm } from './query'
import type { HighlightRange, Snippet } from './types'

/** Default excerpt length, in characters of the original text. */
export const DEFAULT_SNIPPET_LENGTH = 160

/**
 * Ranges of the original text whose folded words match a query term, sorted and merged. A prefix term
 * highlights the whole word it starts ("sovi" → "soviétique"); a CJK bigram highlights its two characters.
 */
export function findMatches(original: string, terms: readonly QueryTerm[]): HighlightRange[] {
  if (terms.length === 0 || original.length === 0) return []
  const normalized = normalizeWithSources(original)
  const found: HighlightRange[] = []
  for (const q of terms) {
    forEachOccurrence(normalized.text, q, (word, at) => {
      const [from, to] = toOriginalRange(normalized, at, at + word.length)
      found.push({ start: from, end: to })
    })
  }
  return mergeRanges(found)
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: HighlightRange[] = []
  for (const r of sorted) {
    const last = merged[merged.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  return merged
}

/** Picks the window of `length` characters that holds the most matches, starting at a match. */
function bestWindowStart(ranges: readonly HighlightRange[], length: number): number {
  let best = 0
  let bestCount = 0
  let j = 0
  for (let i = 0; i < ranges.length; i++) {
    const from = (ranges[i] as HighlightRange).start
    while (j < ranges.length && (ranges[j] as HighlightRange).end <= from + length) j++
    if (j - i > bestCount) {
      bestCount = j - i
      best = from
    }
  }
  return best
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch)
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code < 0xe000

/** Part of a text: `text` holds the text's characters from `offset` on; the whole text has `length`. */
export interface TextWindow {
  text: string
  offset: number
  length: number
}

/**
 * The range of a text of `textLength` characters that {@link buildSnippet} reads for these matches: a
 * caller that holds the text in pieces need only give it that much (as a {@link TextWindow}).
 */
export function snippetRange(
  matches: readonly HighlightRange[],
  textLength: number,
  length = DEFAULT_SNIPPET_LENGTH
): [number, number] {
  const first = textLength > length && matches.length > 0 ? bestWindowStart(matches, length) : 0
  // The excerpt starts at most `length` before the first match it shows and ends at most 1.25 × `length`
  // after it; one more character each side is looked at (a space, half of a surrogate pair).
  return [Math.max(0, first - length - 1), Math.min(textLength, first + Math.ceil(length * 1.25) + 2)]
}

/**
 * Cuts an excerpt of about `length` characters around the densest group of matches, widened to word
 * boundaries, with "…" where the text was cut. Highlights are relative to the excerpt's text.
 * Without matches, the excerpt is the start of the text. `original` is the whole text, or a window of
 * it covering {@link snippetRange}.
 */
export function buildSnippet(
  original: string | TextWindow,
  matches: readonly HighlightRange[],
  length: number = DEFAULT_SNIPPET_LENGTH
): Snippet {
  const {
    text: part,
    offset,
    length: total
  } = typeof original === 'string' ? { text: original, offset: 0, length: original.length } : original
  const charAt = (i: number): string | undefined => part[i - offset]
  let start = 0
  let end = Math.min(total, length)
  if (total > length && matches.length > 0) {
    const first = bestWindowStart(matches, length)
    // Show some context before the first match: a quarter of the window.
    start = Math.max(0, first - Math.floor(length / 4))
    end = Math.min(total, start + length)
    start = Math.max(0, end - length)
    while (start > 0 && start > first - length / 2 && !isSpace(charAt(start - 1))) start--
  }
  while (end < total && end < start + length * 1.25 && !isSpace(charAt(end))) end++
  // Never cut a surrogate pair.
  if (start > 0 && isLowSurrogate(part.charCodeAt(start - offset))) start--
  if (end < total && isLowSurrogate(part.charCodeAt(end - offset))) end++

  const leading = start > 0 ? '…' : ''
  const cut = part.slice(start - offset, end - offset)
  const body = cut.trim()
  const bodyStart = start + (cut.length - cut.trimStart().length)
  const bodyEnd = bodyStart + body.length
  const text = leading + body + (bodyEnd < total ? '…' : '')
  const highlights: HighlightRange[] = []
  for (const m of matches) {
    const from = Math.max(m.start, bodyStart)
    const to = Math.min(m.end, bodyEnd)
    if (from < to) highlights.push({ start: from - bodyStart + leading.length, end: to - bodyStart + leading.length })
  }
  return { text, start: bodyStart, end: bodyEnd, highlights }
}

/** Finds the matches of `terms` in `original` and cuts an excerpt around them (see {@link buildSnippet}). */
export function snippetFor(original: string, terms: readonly QueryTerm[], length = DEFAULT_SNIPPET_LENGTH): Snippet {
  return buildSnippet(original, findMatches(original, terms), length)
}
