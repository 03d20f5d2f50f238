// Turns what the reader typed into search terms folded like the index: every term must match, and the
// last one is a prefix while the reader is still typing it.

import { forEachToken, isCjk, normalizeText } from './normalize'

/** One term of a parsed query. */
export interface QueryTerm {
  /** The folded term, as it appears in the index. */
  term: string
  /** Also matches indexed terms that start with `term` (the word being typed). */
  prefix: boolean
  /** A CJK character n-gram. */
  cjk: boolean
}

/** Options for {@link parseQuery}. */
export interface ParseQueryOptions {
  /**
   * Shortest last term that is expanded as a prefix (default 2). A one-letter prefix would expand to a
   * large part of the vocabulary; below the threshold the term is matched exactly.
   */
  minPrefixLength?: number
}

/** Default shortest prefix that is expanded. */
export const DEFAULT_MIN_PREFIX_LENGTH = 2

/**
 * Folds and splits a query. A CJK run of two or more characters becomes its bigrams (all required, so
 * 中苏友好 needs 中苏, 苏友 and 友好); a lone CJK character stays a unigram. The last word is a prefix
 * unless the query ends with a separator (space, punctuation) — the reader has finished typing it.
 */
export function parseQuery(query: string, options: ParseQueryOptions = {}): QueryTerm[] {
  const minPrefix = options.minPrefixLength ?? DEFAULT_MIN_PREFIX_LENGTH
  const normalized = normalizeText(query)
  const raw: { term: string; start: number; end: number; cjk: boolean }[] = []
  forEachToken(normalized, (term, start, end, cjk) => raw.push({ term, start, end, cjk }))

  // Keep a CJK unigram only when no bigram covers it (a run of a single character).
  const bigramStarts = new Set<number>()
  const bigramEnds = new Set<number>()
  for (const t of raw) {
    if (t.cjk && [...t.term].length === 2) {
      bigramStarts.add(t.start)
      bigramEnds.add(t.end)
    }
  }
  const kept = raw.filter(
    (t) => !t.cjk || [...t.term].length === 2 || !(bigramStarts.has(t.start) || bigramEnds.has(t.end))
  )

  const typing = normalized.length > 0 && !normalized.endsWith(' ')
  const terms: QueryTerm[] = []
  const seen = new Map<string, QueryTerm>()
  kept.forEach((t, index) => {
    const last = index === kept.length - 1
    const prefix = last && typing && !t.cjk && t.term.length >= minPrefix
    const previous = seen.get(t.term)
    if (previous) {
      previous.prefix = previous.prefix && prefix
      return
    }
    const term: QueryTerm = { term: t.term, prefix, cjk: t.cjk }
    seen.set(t.term, term)
    terms.push(term)
  })
  return terms
}

/** Whether position `i` of normalised text is a word boundary (start, end, space, or next to CJK). */
function boundaryAt(text: string, i: number, before: boolean): boolean {
  if (i <= 0 || i >= text.length) return true
  const code = text.charCodeAt(before ? i - 1 : i)
  if (code === 0x20) return true
  if (code < 0x2e80) return false
  const ch =
    before && code >= 0xdc00 && code < 0xe000
      ? text.slice(i - 2, i)
      : before
        ? (text[i - 1] ?? '')
        : String.fromCodePoint(text.codePointAt(i) ?? code)
  return isCjk(ch)
}

/**
 * Calls `visit` for each word of normalised text that satisfies a query term, in text order, without
 * tokenizing the text: the indexed word found (the whole word for a prefix) and where it starts. Stops
 * when `visit` returns false.
 */
export function forEachOccurrence(
  text: string,
  q: QueryTerm,
  visit: (word: string, start: number) => boolean | void
): void {
  if (q.term.length === 0) return
  for (let at = text.indexOf(q.term); at >= 0; at = text.indexOf(q.term, at + 1)) {
    if (q.cjk) {
      if (visit(q.term, at) === false) return
      continue
    }
    if (!boundaryAt(text, at, true)) continue
    let end = at + q.term.length
    if (q.prefix) while (!boundaryAt(text, end, false)) end++
    else if (!boundaryAt(text, end, false)) continue
    if (visit(text.slice(at, end), at) === false) return
    at = end - 1
  }
}

/** The first word of normalised text that satisfies a query term, and where it starts; or null. */
export function findTerm(text: string, q: QueryTerm): { word: string; start: number } | null {
  let found: { word: string; start: number } | null = null
  forEachOccurrence(text, q, (word, start) => {
    found = { word, start }
    return false
  })
  return found
}
