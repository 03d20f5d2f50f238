// The library's title filter over match keys already folded (catalogue.folio stores them): the rule of
// shared/library/title-filter.ts (each query word begins a word of the title, a CJK word anywhere in it),
// its queries remembered as createTitleIndex does, so a longer query checks only the rows the shorter one found.

import { isCjk } from '../../shared/search/normalize'
import { AnsweredQueries } from '../../shared/library/answered-queries'
import { matchKey } from '../../shared/library/title-filter'
/** Below this share of all rows, a narrower query checks the rows found before; above it, one scan is faster. */
const NARROWING_SHARE = 1 / 2

export interface TitleKeyFilter {
  /** How many keys the text holds. */
  readonly count: number
  /** The positions (row indexes, ascending) whose key `query` finds; null for an empty query (every row). */
  filter(query: string): Uint32Array | null
}

/** The words of a query key that must each be found, without repeats (title-filter.ts's queryWords). */
const queryWords = (key: string): string[] => [...new Set(key.split(' ').filter(Boolean))]

/** What a title key must contain for `word` to be found in it (title-filter.ts's matchesWords). */
const needleOf = (word: string): string => (isCjk(word) ? word : ` ${word}`)

/**
 * A filter over `text`: the match keys of the rows in order, each followed by "\n" (catalogue.folio's keys
 * section; no key holds a "\n": matchKey folds it to a space). Searched with the engine's indexOf, a scan
 * jumps from one hit to the next; a few bytes a row beside the text itself. Text after the last "\n" is no key.
 */
export function titleKeyFilter(keysText: string): TitleKeyFilter {
  const text = keysText.slice(0, keysText.lastIndexOf('\n') + 1)
  const ends: number[] = []
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) ends.push(at)
  // starts[i]: where key i begins in `text`; starts[count]: one past the end of the last.
  const count = ends.length
  const starts = new Uint32Array(count + 1)
  for (let i = 0; i < count; i++) starts[i + 1] = (ends[i] as number) + 1
  const keyAt = (row: number) => text.slice(starts[row], (starts[row + 1] as number) - 1)
  const answered = new AnsweredQueries()

  /** Rows whose key holds every needle: the longest found by indexOf, the others checked in each row it finds. */
  const scan = (needles: readonly string[]): Uint32Array => {
    const [first, ...others] = [...needles].sort((a, b) => b.length - a.length) as [string, ...string[]]
    const found: number[] = []
    let row = 0
    for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, starts[row] as number)) {
      while ((starts[row + 1] as number) <= at) row++
      if (others.length === 0 || others.every((needle) => keyAt(row).includes(needle))) found.push(row)
      row++
    }
    return Uint32Array.from(found)
  }

  /** Among `rows`, those whose key holds every needle. */
  const narrow = (rows: Uint32Array, needles: readonly string[]): Uint32Array => {
    const found = new Uint32Array(rows.length)
    let kept = 0
    for (const row of rows) {
      const key = keyAt(row)
      if (needles.every((needle) => key.includes(needle))) found[kept++] = row
    }
    return found.slice(0, kept)
  }

  const positionsOf = (queryKey: string): Uint32Array => {
    const known = answered.get(queryKey)
    if (known) return known
    const narrowest = answered.narrowest(queryKey)
    const needles = queryWords(queryKey).map(needleOf)
    const positions =
      narrowest && narrowest.length <= count * NARROWING_SHARE ? narrow(narrowest, needles) : scan(needles)
    return answered.set(queryKey, positions)
  }

  return {
    count,
    filter(query) {
      const queryKey = matchKey(query)
      return queryKey ? positionsOf(queryKey) : null
    }
  }
}
