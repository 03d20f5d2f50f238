// The engines the search benchmark compares, behind one small interface: MiniSearch and FlexSearch as they
// come, the same two configured with Folio's tokenizer, a plain scan of folded text, and Folio's index.

import MiniSearch from 'minisearch'
import FlexSearch from 'flexsearch'
import { normalizeText, tokenize } from '../../src/shared/search/normalize'
import { parseQuery, type QueryTerm } from '../../src/shared/search/query'
import { SearchIndex } from '../../src/shared/search/search-index'
import type { SearchEntry } from '../../src/shared/search/types'

/** One engine under test. */
export interface EngineUnderTest {
  /** Indexes the whole library. */
  build(entries: readonly SearchEntry[]): void
  /** Runs one query as typed; returns the number of hits. */
  search(query: string): number
  /** Serialises the index; returns its text form. */
  serialise?(): string
  /** Replaces the index by one loaded from {@link serialise}'s output. */
  load?(data: string): void
  /** Replaces one entry by a new version. */
  replace?(entry: SearchEntry): void
  /** Removes one entry. */
  remove?(entry: SearchEntry): void
}

/** Knobs of Folio's configurations. */
export interface FolioTuning {
  /** Shortest last term expanded as a prefix. */
  minPrefixLength: number
  /** FlexSearch: score resolution (slots per term). */
  resolution: number
  /** FlexSearch: at most this many completions of the last term are searched (own vocabulary). */
  maxExpansions: number
  /** FlexSearch: keep a register for removals without a full scan. */
  fastupdate: boolean
}

const indexedText = (e: SearchEntry): string => (e.title ? `${e.title}\n${e.text}` : e.text)

/** MiniSearch as it comes: its own tokenizer (lower-case only), OR of terms, prefix search on. */
export function miniSearchDefault(): EngineUnderTest {
  const options = { fields: ['title', 'text'], idField: 'id' }
  let ms = new MiniSearch<SearchEntry>(options)
  return {
    build: (entries) => ms.addAll(entries as SearchEntry[]),
    search: (query) => ms.search(query, { prefix: true }).length,
    serialise: () => JSON.stringify(ms),
    load: (data) => {
      ms = MiniSearch.loadJSON<SearchEntry>(data, options)
    }
  }
}

/** MiniSearch with Folio's folding and n-grams, all terms required, only the last one a prefix. */
export function miniSearchFolio(tuning: FolioTuning): EngineUnderTest {
  const options = {
    fields: ['title', 'text'],
    idField: 'id',
    tokenize: (text: string) => tokenize(text),
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (term: string) => [term], processTerm: (term: string) => term, boost: { title: 2 } }
  }
  let ms = new MiniSearch<SearchEntry>(options)
  return {
    build: (entries) => ms.addAll(entries as SearchEntry[]),
    search: (query) => {
      const terms = parseQuery(query, { minPrefixLength: tuning.minPrefixLength })
      if (terms.length === 0) return 0
      const queries = terms.map((t) => ({ queries: [t.term], prefix: t.prefix }))
      return ms.search({ combineWith: 'AND', queries }).length
    },
    serialise: () => JSON.stringify(ms),
    load: (data) => {
      ms = MiniSearch.loadJSON<SearchEntry>(data, options)
    },
    replace: (entry) => ms.replace(entry),
    remove: (entry) => ms.discard(entry.id)
  }
}

/** FlexSearch as it comes, with its "forward" tokenizer so that prefixes match. */
export function flexSearchDefault(): EngineUnderTest {
  let index = new FlexSearch.Index({ tokenize: 'forward' })
  return {
    build: (entries) => entries.forEach((e, i) => index.add(i, indexedText(e))),
    search: (query) => index.search(query).length,
    serialise: () => {
      const parts: [string, string][] = []
      index.export((key, data) => void parts.push([key, data]))
      return JSON.stringify(parts)
    },
    load: (data) => {
      index = new FlexSearch.Index({ tokenize: 'forward' })
      for (const [key, value] of JSON.parse(data) as [string, string][]) index.import(key, value)
    }
  }
}

/** Sorted vocabulary with term counts, to expand a prefix into its most frequent completions. */
class Vocabulary {
  private counts = new Map<string, number>()
  private sorted: string[] | null = null
  add(terms: readonly string[]): void {
    for (const t of new Set(terms)) this.counts.set(t, (this.counts.get(t) ?? 0) + 1)
    this.sorted = null
  }
  expand(prefix: string, max: number): string[] {
    const sorted = (this.sorted ??= [...this.counts.keys()].sort())
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    const found: string[] = []
    for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) found.push(sorted[i] as string)
    if (found.length <= max) return found
    return found.sort((a, b) => (this.counts.get(b) ?? 0) - (this.counts.get(a) ?? 0)).slice(0, max)
  }
}

/**
 * FlexSearch with Folio's tokens, "strict" terms (no prefixes in the index), a lower resolution, and
 * prefix search done by expanding the last term into its most frequent completions.
 */
export function flexSearchFolio(tuning: FolioTuning): EngineUnderTest {
  const options = {
    tokenize: 'strict' as const,
    resolution: tuning.resolution,
    fastupdate: tuning.fastupdate,
    encode: (text: string) => text.split(' ')
  }
  let index = new FlexSearch.Index(options)
  const ids = new Map<string, number>()
  const vocabulary = new Vocabulary()
  const addOne = (e: SearchEntry, n: number): void => {
    const terms = tokenize(indexedText(e))
    vocabulary.add(terms)
    index.add(n, terms.join(' '))
  }
  const run = (terms: QueryTerm[]): Set<number> => {
    const last = terms[terms.length - 1]
    const fixed = terms.filter((t) => !t.prefix).map((t) => t.term)
    const hits = new Set<number>()
    const variants = last?.prefix ? vocabulary.expand(last.term, tuning.maxExpansions) : [null]
    for (const v of variants) {
      const q = v === null ? fixed : [...fixed, v]
      for (const id of index.search(q.join(' '), { limit: 200 })) hits.add(id as number)
    }
    return hits
  }
  return {
    build: (entries) =>
      entries.forEach((e, n) => {
        ids.set(e.id, n)
        addOne(e, n)
      }),
    search: (query) => run(parseQuery(query, { minPrefixLength: tuning.minPrefixLength })).size,
    serialise: () => {
      const parts: [string, string][] = []
      index.export((key, data) => void parts.push([key, data]))
      return JSON.stringify(parts)
    },
    load: (data) => {
      index = new FlexSearch.Index(options)
      for (const [key, value] of JSON.parse(data) as [string, string][]) index.import(key, value)
    },
    replace: (entry) => {
      const n = ids.get(entry.id) ?? ids.size
      index.remove(n)
      addOne(entry, n)
    },
    remove: (entry) => {
      const n = ids.get(entry.id)
      if (n !== undefined) index.remove(n)
    }
  }
}

/** A plain scan over folded, space-padded texts: every term must occur as a word (or word start). */
export function plainScan(): EngineUnderTest {
  let texts: string[] = []
  return {
    build: (entries) => {
      // split/join gives flat strings; a regexp replace here left ropes eight times the text's size.
      texts = entries.map((e) =>
        [' ', normalizeText(indexedText(e)).split(' ').filter(Boolean).join(' '), ' '].join('')
      )
    },
    search: (query) => {
      const needles = parseQuery(query).map((t) => (t.cjk ? t.term : t.prefix ? ` ${t.term}` : ` ${t.term} `))
      if (needles.length === 0) return 0
      let hits = 0
      for (const text of texts) if (needles.every((n) => text.includes(n))) hits++
      return hits
    }
  }
}

/** Folio's SearchIndex as shipped, end to end: 20 hits per kind with snippets; hits counted over all kinds. */
export function folioSearchIndex(tuning: FolioTuning): EngineUnderTest {
  const options = {
    minPrefixLength: tuning.minPrefixLength,
    maxExpansions: tuning.maxExpansions,
    resolution: tuning.resolution
  }
  let index = new SearchIndex(options)
  return {
    build: (entries) => index.add(entries),
    search: (query) => index.search(query, { limit: 20 }).groups.reduce((n, g) => n + g.total, 0),
    serialise: () => JSON.stringify(index),
    load: (data) => {
      index = SearchIndex.fromJSON(data)
    },
    replace: (entry) => index.replace(entry),
    remove: (entry) => void index.remove(entry.id)
  }
}
