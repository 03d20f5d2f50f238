// Turns what the reader typed into search terms folded like the index: every term must match, and the
// last one is a prefix while the reader is still typing it.

import { forEachToken, normalizeText } from './normalize'

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
  const kept = raw.filter((t) => !t.cjk || [...t.term].length === 2 || !(bigramStarts.has(t.start) || bigramEnds.has(t.end)))

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

/** True when an indexed term satisfies a query term (equal, or starting with it for a prefix term). */
export function termMatches(indexed: string, query: QueryTerm): boolean {
  return query.prefix ? indexed.startsWith(query.term) : indexed === query.term
}
