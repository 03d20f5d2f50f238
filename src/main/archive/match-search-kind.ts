// A query matched against one kind of search.folio, as SearchIndex matches it in memory: the shared plan
// (matchAll) runs over posting lists and entry texts that are read from the file as the plan asks for them.

import { normalizeText } from '../../shared/search/normalize'
import {
  idf,
  LOOKUP_COST,
  matchAll,
  positionBonus,
  TEXT_CHECK_COST,
  type MatchGroup,
  type MatchResult
} from '../../shared/search/posting-matcher'
import { findTerm, type QueryTerm } from '../../shared/search/query'
import { completionWeight } from '../../shared/search/search-index'
import type { EntryRecord, EntryRecords } from './search-entry-records'
import type { SearchFileHeader } from './search-file-format'
import type { PostingLists } from './search-posting-lists'
import { frequencyOf, positionsOf, type KindIndex } from './search-term-dictionary'

/** Passes over one kind's match (each loads what the previous one lacked); more means a bug, not a big query. */
const MAX_PASSES = 8

/** What a kind's match reads from: the file's header, its posting lists and its entry records. */
export interface MatchSources {
  header: SearchFileHeader
  postings: PostingLists
  records: EntryRecords
}

/** Checks query terms against an entry's own title and text, as SearchIndex's verify does. */
function verifyGain(index: KindIndex, entry: EntryRecord, queryTerms: readonly QueryTerm[]): number | null {
  const folded = normalizeText(entry.title === null ? entry.text : `${entry.title} ${entry.text}`)
  let gain = 0
  for (const q of queryTerms) {
    const found = findTerm(folded, q)
    if (!found) return null
    const { word, start } = found
    gain +=
      idf(frequencyOf(index, word), index.section.size) *
      completionWeight(q, word.length) *
      positionBonus(start / folded.length)
  }
  return gain
}

/**
 * matchAll over one kind, as SearchIndex runs it. Its plan reads postings and entry texts synchronously,
 * so it runs in passes: what a pass lacked (a group's lists, the texts of the candidates it checks) is
 * read, and the next pass runs with it; the plan depends only on the counts, so every pass takes the
 * same steps, and the last one has all it needs.
 */
export async function matchSearchKind(
  { header, postings, records }: MatchSources,
  index: KindIndex,
  terms: readonly QueryTerm[],
  limit: number
): Promise<MatchResult> {
  const positions = terms.map((q) => positionsOf(index, q))
  const lists = new Map<number, Int32Array>()
  const entries = new Map<number, EntryRecord>()
  const missing = new Set<number>()
  let wanted: number[] = []
  const groups: MatchGroup[] = terms.map((q, g) => {
    const ids = positions[g] as number[]
    let size = 0
    for (const at of ids) size += index.frequencies[at] as number
    return {
      size,
      lookups: ids.length,
      alternatives: () => {
        if (ids.some((at) => !lists.has(at))) {
          missing.add(g)
          return []
        }
        return ids.map((at) => ({
          postings: lists.get(at) as Int32Array,
          weight: completionWeight(q, (index.terms[at] as string).length)
        }))
      }
    }
  })
  // The smallest group is always read first: have it before the first pass, and the others too unless its
  // candidates are few enough to be checked against their texts instead (matchAll's own rule).
  const order = groups.map((_, g) => g).sort((a, b) => (groups[a] as MatchGroup).size - (groups[b] as MatchGroup).size)
  const first = groups[order[0] as number] as MatchGroup
  const rest = order.slice(1)
  const restCost = rest.reduce(
    (cost, g) => cost + (groups[g] as MatchGroup).size + (groups[g] as MatchGroup).lookups * LOOKUP_COST,
    0
  )
  const preload = first.size * TEXT_CHECK_COST >= restCost ? order : order.slice(0, 1)
  await Promise.all(preload.map((g) => postings.load(index, positions[g] as number[], lists)))
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    missing.clear()
    wanted = []
    const result = matchAll({
      groups,
      documentCount: index.section.size,
      numberSpace: header.entries,
      slots: header.resolution,
      limit,
      verify: (n, rest) => {
        const entry = entries.get(n)
        if (!entry) {
          wanted.push(n)
          return null
        }
        return verifyGain(
          index,
          entry,
          rest.map((g) => terms[g] as QueryTerm)
        )
      }
    })
    if (missing.size === 0 && wanted.length === 0) return result
    for (const g of missing) await postings.load(index, positions[g] as number[], lists)
    if (wanted.length > 0) for (const [n, entry] of await records.load(wanted)) entries.set(n, entry)
  }
  throw new Error('search.folio: the match did not settle')
}
