// The archive's full-text index queried from search.folio without loading it whole: the sorted terms stay in
// memory, posting lists and entry records are read by range when a query needs them (with small LRUs).

import { readAt } from '../files/read-at'
import { constants, readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
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
import { DEFAULT_MIN_PREFIX_LENGTH, findTerm, parseQuery, type QueryTerm } from '../../shared/search/query'
import { completionWeight, DEFAULT_LIMIT, DEFAULT_MAX_EXPANSIONS } from '../../shared/search/search-index'
import { kindsSearched, searchHit } from '../../shared/search/search-hit'
import { DEFAULT_SNIPPET_LENGTH, snippetFor } from '../../shared/search/snippet'
import { rankCompletions } from '../../shared/search/term-index'
import {
  SEARCH_KINDS,
  type SearchGroup,
  type SearchKind,
  type SearchOptions,
  type SearchResults
} from '../../shared/search/types'
import { ArchiveError, errorCode, fileError } from './archive-error'
import type { ArchiveSearch } from './archive-search'
import {
  HEADER_BYTES,
  SEARCH_FILE,
  align8,
  damaged,
  decodeHeader,
  postingsOf,
  tablesLength,
  type KindSection,
  type SearchFileHeader
} from './search-file-format'

/** Posting lists kept between queries (every kind's), in bytes: the common words' lists stay read. */
const POSTINGS_CACHE_BYTES = 64 * 2 ** 20
/** Entry records kept between queries. */
const RECORDS_CACHE = 4096
/** Ranges closer than this are read at once. */
const POSTINGS_GAP = 1 << 16
const RECORDS_GAP = 1 << 12
/** Passes over one kind's match (each loads what the previous one lacked); more means a bug, not a big query. */
const MAX_PASSES = 8

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** An entry as its record holds it. */
interface EntryRecord {
  id: string
  kind: SearchKind
  docId: string | null
  targetId: string
  title: string | null
  text: string
}

/** A map that forgets its least recently used values past `capacity` (in the units `cost` gives). */
class Lru<K, V> {
  private readonly map = new Map<K, V>()
  private used = 0

  constructor(
    private readonly capacity: number,
    private readonly cost: (value: V) => number
  ) {}

  get(key: K): V | undefined {
    const value = this.map.get(key)
    if (value !== undefined) {
      this.map.delete(key)
      this.map.set(key, value)
    }
    return value
  }

  set(key: K, value: V): void {
    if (this.map.has(key)) return
    this.map.set(key, value)
    this.used += this.cost(value)
    for (const [oldKey, oldValue] of this.map) {
      if (this.used <= this.capacity || this.map.size === 1) break
      this.map.delete(oldKey)
      this.used -= this.cost(oldValue)
    }
  }
}

/** One kind's term dictionary, in memory: sorted terms, their document frequencies and list offsets. */
interface KindIndex {
  section: KindSection
  terms: string[]
  frequencies: Uint32Array
  /** terms + 1 offsets of the posting lists, relative to the postings. */
  offsets: Float64Array
  /** Cache key of the kind's first list (its place in SEARCH_KINDS × 2³²); list `at` has key + at. */
  key: number
}

/** Reads `length` bytes at `at` into a fresh (8-byte aligned) buffer. */
async function readRange(handle: FileHandle, at: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length)
  const read = await readAt(handle, bytes, at).catch((error: unknown) => {
    throw fileError(SEARCH_FILE, error)
  })
  if (read < length) throw damaged('le fichier a raccourci')
  return bytes
}

/** Like {@link readRange}, synchronously: for the many small reads of entry records. */
function readRangeNow(handle: FileHandle, at: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let done = 0
  try {
    while (done < length) {
      const read = readSync(handle.fd, bytes, done, length - done, at + done)
      if (read === 0) throw damaged('le fichier a raccourci')
      done += read
    }
  } catch (error) {
    throw error instanceof ArchiveError ? error : fileError(SEARCH_FILE, error)
  }
  return bytes
}

/** Position of the first term not below `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((terms[mid] as string) < term) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Document frequency of `term` in the kind (0 when it is not there). */
function frequencyOf(index: KindIndex, term: string): number {
  const at = lowerBound(index.terms, term)
  return index.terms[at] === term ? (index.frequencies[at] as number) : 0
}

/** The term positions that satisfy a query term: itself, or its most frequent completions (as TermIndex). */
function positionsOf(index: KindIndex, q: QueryTerm): number[] {
  const { terms, frequencies } = index
  if (!q.prefix) {
    const at = lowerBound(terms, q.term)
    return terms[at] === q.term ? [at] : []
  }
  // Folded terms never hold U+FFFF: every completion of the prefix sorts before prefix + U+FFFF.
  const from = lowerBound(terms, q.term)
  const to = lowerBound(terms, q.term + '\uffff')
  return rankCompletions(
    from,
    to,
    (i) => frequencies[i] as number,
    (i) => (terms[i] as string).length,
    DEFAULT_MAX_EXPANSIONS
  )
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

const utf8 = new TextDecoder('utf-8', { fatal: true })

function parseRecord(bytes: Uint8Array): EntryRecord {
  let value: unknown
  try {
    value = JSON.parse(utf8.decode(bytes))
  } catch {
    throw damaged('une entrée illisible')
  }
  const fields = Array.isArray(value) ? (value as unknown[]) : []
  const [id, kind, docId, targetId, title, text] = fields
  const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'
  if (
    fields.length !== 6 ||
    typeof id !== 'string' ||
    !SEARCH_KINDS.includes(kind as SearchKind) ||
    !stringOrNull(docId) ||
    typeof targetId !== 'string' ||
    !stringOrNull(title) ||
    typeof text !== 'string'
  )
    throw damaged('une entrée malformée')
  return { id, kind: kind as SearchKind, docId, targetId, title, text }
}

/** Groups sorted `[start, end)` ranges closer than `gap` into single reads. */
function coalesce(ranges: readonly [number, number][], gap: number): [number, number][] {
  const reads: [number, number][] = []
  for (const [start, end] of ranges) {
    const last = reads[reads.length - 1]
    if (last && start - last[1] <= gap) last[1] = Math.max(last[1], end)
    else reads.push([start, end])
  }
  return reads
}

/** search.folio opened: the header, the entries' record offsets and each kind's dictionary. */
class FileSearch implements ArchiveSearch {
  private readonly records = new Lru<number, EntryRecord>(RECORDS_CACHE, () => 1)
  // A list is counted with the whole read it may be a view of (shared reads counted more than once: never less).
  private readonly postings = new Lru<number, Int32Array>(POSTINGS_CACHE_BYTES, (list) => list.buffer.byteLength)
  private closed = false

  constructor(
    private readonly handle: FileHandle,
    private readonly header: SearchFileHeader,
    private readonly recordOffsets: Float64Array,
    private readonly kinds: Map<SearchKind, KindIndex>
  ) {}

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    if (this.closed) throw new Error('search.folio is closed')
    const terms = parseQuery(query, { minPrefixLength: DEFAULT_MIN_PREFIX_LENGTH })
    const groups: SearchGroup[] = []
    if (terms.length === 0) return { query, groups }
    const limit = options.limit ?? DEFAULT_LIMIT
    const snippetLength = options.snippetLength ?? DEFAULT_SNIPPET_LENGTH
    for (const kind of kindsSearched(options)) {
      const index = this.kinds.get(kind)
      if (!index || index.section.size === 0) continue
      const { total, top } = await this.match(index, terms, limit)
      if (total === 0) continue
      const entries = await this.loadRecords(top.map((t) => t.number))
      const hits = top.map(({ number, score }) => {
        const entry = entries.get(number) as EntryRecord
        return searchHit(entry, score, snippetFor(entry.text, terms, snippetLength), terms)
      })
      groups.push({ kind, total, hits })
    }
    return { query, groups }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.handle.close()
  }

  /**
   * matchAll over one kind, as SearchIndex runs it. Its plan reads postings and entry texts synchronously,
   * so it runs in passes: what a pass lacked (a group's lists, the texts of the candidates it checks) is
   * read, and the next pass runs with it; the plan depends only on the counts, so every pass takes the
   * same steps, and the last one has all it needs.
   */
  private async match(index: KindIndex, terms: readonly QueryTerm[], limit: number): Promise<MatchResult> {
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
    const order = groups
      .map((_, g) => g)
      .sort((a, b) => (groups[a] as MatchGroup).size - (groups[b] as MatchGroup).size)
    const first = groups[order[0] as number] as MatchGroup
    const rest = order.slice(1)
    const restCost = rest.reduce(
      (cost, g) => cost + (groups[g] as MatchGroup).size + (groups[g] as MatchGroup).lookups * LOOKUP_COST,
      0
    )
    const preload = first.size * TEXT_CHECK_COST >= restCost ? order : order.slice(0, 1)
    await Promise.all(preload.map((g) => this.loadPostings(index, positions[g] as number[], lists)))
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      missing.clear()
      wanted = []
      const result = matchAll({
        groups,
        documentCount: index.section.size,
        numberSpace: this.header.entries,
        slots: this.header.resolution,
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
      for (const g of missing) await this.loadPostings(index, positions[g] as number[], lists)
      if (wanted.length > 0) for (const [n, entry] of await this.loadRecords(wanted)) entries.set(n, entry)
    }
    throw new Error('search.folio: the match did not settle')
  }

  /** Puts the posting lists at `positions` into `into`, from the cache or read by range. */
  private async loadPostings(index: KindIndex, positions: readonly number[], into: Map<number, Int32Array>) {
    const toRead: number[] = []
    for (const at of positions) {
      if (into.has(at)) continue
      const cached = this.postings.get(index.key + at)
      if (cached) into.set(at, cached)
      else toRead.push(at)
    }
    if (toRead.length === 0) return
    toRead.sort((a, b) => a - b)
    const { offsets, frequencies, section } = index
    const base = section.postingsAt
    const reads = coalesce(
      toRead.map((at) => [base + (offsets[at] as number), base + (offsets[at + 1] as number)]),
      POSTINGS_GAP
    )
    const chunks = await Promise.all(reads.map(([start, end]) => readRange(this.handle, start, end - start)))
    let r = 0
    for (const at of toRead) {
      const start = base + (offsets[at] as number)
      while (start >= (reads[r] as [number, number])[1]) r++
      const from = start - (reads[r] as [number, number])[0]
      const bytes = (chunks[r] as Uint8Array).subarray(
        from,
        from + (offsets[at + 1] as number) - (offsets[at] as number)
      )
      const view = postingsOf(bytes, frequencies[at] as number, this.header.entries, this.header.resolution)
      // A short list is copied for the cache, so that it does not keep a long read alive.
      const list = view.byteLength * 4 < (chunks[r] as Uint8Array).byteLength ? view.slice() : view
      this.postings.set(index.key + at, list)
      into.set(at, list)
    }
  }

  /** The records of entries `numbers`, from the cache or read by range. */
  private async loadRecords(numbers: readonly number[]): Promise<Map<number, EntryRecord>> {
    const found = new Map<number, EntryRecord>()
    const toRead: number[] = []
    for (const n of numbers) {
      const cached = this.records.get(n)
      if (cached) found.set(n, cached)
      else if (!found.has(n)) toRead.push(n)
    }
    if (toRead.length === 0) return found
    const unique = [...new Set(toRead)].sort((a, b) => a - b)
    const base = this.header.recordsAt
    const offsets = this.recordOffsets
    const reads = coalesce(
      unique.map((n) => [base + (offsets[n] as number), base + (offsets[n + 1] as number)]),
      RECORDS_GAP
    )
    // Records are small and scattered (the candidates a query checks against their texts): one read each,
    // made at once, costs a few microseconds from the page cache where a thread-pool round trip costs tens.
    const chunks = reads.map(([start, end]) => readRangeNow(this.handle, start, end - start))
    let r = 0
    for (const n of unique) {
      const start = base + (offsets[n] as number)
      while (start >= (reads[r] as [number, number])[1]) r++
      const from = start - (reads[r] as [number, number])[0]
      const entry = parseRecord(
        (chunks[r] as Uint8Array).subarray(from, from + (offsets[n + 1] as number) - (offsets[n] as number))
      )
      this.records.set(n, entry)
      found.set(n, entry)
    }
    return found
  }
}

/** Reads and checks one kind's dictionary: sorted distinct terms, frequencies and offsets that fit. */
async function loadKind(handle: FileHandle, section: KindSection): Promise<KindIndex> {
  let text: string
  try {
    text = utf8.decode(await readRange(handle, section.termsAt, section.termsLength))
  } catch (error) {
    throw error instanceof ArchiveError ? error : damaged('des termes illisibles')
  }
  const terms = section.terms === 0 ? [] : text.split('\n')
  if (terms.length !== section.terms) throw damaged('un nombre de termes faux')
  for (let i = 0; i < terms.length; i++) {
    if ((terms[i] as string).length === 0 || (i > 0 && !((terms[i - 1] as string) < (terms[i] as string))))
      throw damaged('des termes en désordre')
  }
  const tables = await readRange(handle, section.tablesAt, tablesLength(section.terms))
  const frequencies = new Uint32Array(tables.buffer, 0, section.terms)
  const offsets = new Float64Array(tables.buffer, align8(section.terms * 4), section.terms + 1)
  if (offsets[0] !== 0 || offsets[section.terms] !== section.postingsLength) throw damaged('des listes hors de place')
  for (let i = 0; i < section.terms; i++) {
    const frequency = frequencies[i] as number
    const bytes = (offsets[i + 1] as number) - (offsets[i] as number)
    if (frequency < 1 || frequency > section.size || bytes !== frequency * 4)
      throw damaged('une liste d’occurrences impossible')
  }
  return { section, terms, frequencies, offsets, key: SEARCH_KINDS.indexOf(section.kind) * 2 ** 32 }
}

/** Reads and checks the records' offsets: from 0, increasing, ending at the records' length. */
async function loadRecordOffsets(handle: FileHandle, header: SearchFileHeader): Promise<Float64Array> {
  const bytes = await readRange(handle, header.offsetsAt, (header.entries + 1) * 8)
  const offsets = new Float64Array(bytes.buffer, 0, header.entries + 1)
  if (offsets[0] !== 0 || offsets[header.entries] !== header.recordsLength) throw damaged('des entrées hors de place')
  for (let n = 0; n < header.entries; n++) {
    if (!((offsets[n + 1] as number) > (offsets[n] as number))) throw damaged('des entrées en désordre')
  }
  return offsets
}

/**
 * Opens `dir/search.folio` for queries. Reads its header, the entries' offsets and the term dictionaries,
 * checked (a damaged file is an ArchiveError naming search.folio, in French); the rest is read when asked.
 */
export async function openFileSearch(dir: string): Promise<ArchiveSearch> {
  let handle: FileHandle
  try {
    handle = await open(join(dir, SEARCH_FILE), OPEN_FLAGS)
  } catch (error) {
    throw fileError(SEARCH_FILE, error)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile())
      throw new ArchiveError({ kind: 'unreadable', file: SEARCH_FILE, message: 'Ce n’est pas un fichier.' })
    if (stats.size < HEADER_BYTES) throw damaged('le fichier est trop court')
    const header = decodeHeader(await readRange(handle, 0, HEADER_BYTES), stats.size)
    const recordOffsets = await loadRecordOffsets(handle, header)
    const kinds = new Map<SearchKind, KindIndex>()
    for (const section of header.kinds) kinds.set(section.kind, await loadKind(handle, section))
    return new FileSearch(handle, header, recordOffsets, kinds)
  } catch (error) {
    await handle.close().catch(() => undefined)
    if (error instanceof ArchiveError) throw error
    throw errorCode(error) ? fileError(SEARCH_FILE, error) : error
  }
}
