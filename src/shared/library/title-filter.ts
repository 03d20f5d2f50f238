// The library's titles sorted with French collation and filtered as the user types: each word of the query
// must begin a word of the title, accents and case aside (the search's own folding, ../search/normalize.ts).
// Pure: the renderer's list uses it, the benchmark times it, and main can filter a catalogue with the same rule.

import { isCjk, normalizeText } from '../search/normalize'
import { AnsweredQueries } from './answered-queries'

/**
 * The one collator of library lists (making one costs far more than comparing with it): French rules, and
 * numbers in numeric order, so "Traité numéro 9" comes before "Traité numéro 10".
 */
export const titleCollator = new Intl.Collator('fr', { numeric: true })

/** Code units from which a character may be CJK (U+2E80) or half of a surrogate pair: the slow path. */
const MAYBE_CJK = /[\u2e80-\uffff]/

/**
 * The form in which a title and a query are compared: folded (case, accents, ligatures, punctuation as
 * spaces), each word after one space. A CJK run counts as a word of its own even without spaces around it
 * ("中苏Treaty" → " 中苏 treaty"), since scripts written without spaces have no word boundaries to begin at.
 */
export function matchKey(text: string): string {
  const folded = normalizeText(text)
  if (!MAYBE_CJK.test(folded)) {
    const words = folded.split(' ').filter(Boolean)
    return words.length ? ` ${words.join(' ')}` : ''
  }
  let key = ''
  let space = true
  let wasCjk = false
  for (const ch of folded) {
    if (ch === ' ') {
      space = true
      continue
    }
    const cjk = isCjk(ch)
    if (space || (key && cjk !== wasCjk)) key += ' '
    key += ch
    space = false
    wasCjk = cjk
  }
  return key
}

/** A query cut into the words that must each be found: in the order typed, without repeats. */
function queryWords(key: string): string[] {
  return [...new Set(key.split(' ').filter(Boolean))]
}

/**
 * True when every word of the query begins a word of the title (its match key). A CJK word may begin at any
 * character, since CJK titles have no spaces: "条约" finds "中苏友好同盟互助条约".
 */
function matchesWords(titleKey: string, words: readonly string[]): boolean {
  for (const word of words) {
    const found = isCjk(word) ? titleKey.includes(word) : titleKey.includes(` ${word}`)
    if (!found) return false
  }
  return true
}

/** The library's rule, for one title: does `query` (as typed) find `title`? An empty query finds every title. */
export function titleMatches(title: string, query: string): boolean {
  return matchesWords(matchKey(title), queryWords(matchKey(query)))
}

export interface TitleIndex<T> {
  /** Every item, sorted by title. */
  readonly sorted: readonly T[]
  /** The sorted items whose title `query` finds, in order; `sorted` itself for an empty query. */
  filter(query: string): readonly T[]
}

/**
 * Sorts the items once and folds their titles once (build it once per list: memoise it), then filters per
 * keystroke in one pass over the keys. A query that extends one already answered ("tra" → "trai", "traite"
 * → "traite 1") can only find fewer titles, so it is checked against that query's results alone.
 */
export function createTitleIndex<T>(items: readonly T[], titleOf: (item: T) => string): TitleIndex<T> {
  const sorted = items
    .map((item) => ({ item, title: titleOf(item) }))
    .sort((a, b) => titleCollator.compare(a.title, b.title))
  const keys = sorted.map(({ title }) => matchKey(title))
  const sortedItems = sorted.map(({ item }) => item)
  const answered = new AnsweredQueries()

  const positionsOf = (queryKey: string): Uint32Array => {
    const known = answered.get(queryKey)
    if (known) return known
    const narrowest = answered.narrowest(queryKey)
    const words = queryWords(queryKey)
    const found = new Uint32Array(narrowest ? narrowest.length : keys.length)
    let count = 0
    if (narrowest) {
      for (const position of narrowest) if (matchesWords(keys[position] as string, words)) found[count++] = position
    } else {
      for (let position = 0; position < keys.length; position++)
        if (matchesWords(keys[position] as string, words)) found[count++] = position
    }
    return answered.set(queryKey, found.slice(0, count))
  }

  return {
    sorted: sortedItems,
    filter(query) {
      const queryKey = matchKey(query)
      if (!queryKey) return sortedItems
      const positions = positionsOf(queryKey)
      const result = new Array<T>(positions.length)
      for (let i = 0; i < positions.length; i++) result[i] = sortedItems[positions[i] as number] as T
      return result
    }
  }
}
