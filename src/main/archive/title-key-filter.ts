// The library's title filter over match keys already folded (catalogue.folio stores them): the rule of
// shared/library/title-filter.ts (each query word begins a word of the title, a CJK word anywhere in it),
// its queries remembered as createTitleIndex does, so a longer query scans only the rows the shorter one found.

import { isCjk } from '../../shared/search/normalize'
import { matchKey } from '../../shared/library/title-filter'

/** Results kept for the queries typed last (createTitleIndex keeps as many). */
const REMEMBERED_QUERIES = 16

export interface TitleKeyFilter {
  /** The positions (row indexes, ascending) whose key `query` finds; null for an empty query (every row). */
  filter(query: string): Uint32Array | null
}

/** The words of a query key that must each be found, without repeats (title-filter.ts's queryWords). */
const queryWords = (key: string): string[] => [...new Set(key.split(' ').filter(Boolean))]

/** Whether every word begins a word of `titleKey` (title-filter.ts's matchesWords). */
function matchesWords(titleKey: string, words: readonly string[]): boolean {
  for (const word of words) {
    const found = isCjk(word) ? titleKey.includes(word) : titleKey.includes(` ${word}`)
    if (!found) return false
  }
  return true
}

/** A filter over `keys`, the match keys of the rows in order. */
export function titleKeyFilter(keys: readonly string[]): TitleKeyFilter {
  // Query key → the positions it finds, most recently used last.
  const answered = new Map<string, Uint32Array>()

  const positionsOf = (queryKey: string): Uint32Array => {
    const known = answered.get(queryKey)
    if (known) {
      answered.delete(queryKey)
      answered.set(queryKey, known)
      return known
    }
    // A query extending one already answered can only find fewer rows: only those are checked.
    let narrowest: Uint32Array | null = null
    for (const [previous, positions] of answered) {
      if (queryKey.startsWith(previous) && (!narrowest || positions.length < narrowest.length)) narrowest = positions
    }
    const words = queryWords(queryKey)
    const found = new Uint32Array(narrowest ? narrowest.length : keys.length)
    let count = 0
    if (narrowest) {
      for (const position of narrowest) if (matchesWords(keys[position] as string, words)) found[count++] = position
    } else {
      for (let position = 0; position < keys.length; position++)
        if (matchesWords(keys[position] as string, words)) found[count++] = position
    }
    const positions = found.slice(0, count)
    answered.set(queryKey, positions)
    if (answered.size > REMEMBERED_QUERIES) answered.delete(answered.keys().next().value as string)
    return positions
  }

  return {
    filter(query) {
      const queryKey = matchKey(query)
      return queryKey ? positionsOf(queryKey) : null
    }
  }
}
