// Combines the posting lists of a query's terms — every term required, any completion of the prefix term —
// and ranks the entries that have them all, with typed-array counters instead of hash maps.

import { SLOT_BITS, MAX_SLOTS } from './posting-store'

/** One indexed term that can satisfy a query term. */
export interface TermPostings {
  /**
   * Its postings, sorted: entry number × 4 + score slot (slot 0 = the term comes first in the entry,
   * higher = later; see `posting-store.ts`).
   */
  postings: Int32Array
  /** Relative weight: 1 for the typed term itself, less for a longer completion of a prefix. */
  weight: number
}

/** An entry number with its score. */
export interface ScoredNumber {
  number: number
  score: number
}

/** One query term to satisfy: by any of its alternatives (the completions of a prefix). */
export interface MatchGroup {
  /** Postings the alternatives hold (their document frequencies summed). */
  size: number
  /** Number of alternatives (each costs a lookup when the group is read through postings). */
  lookups: number
  /** The alternatives with their postings; called only when the group is read through postings. */
  alternatives(): TermPostings[]
}

/** What to match. */
export interface MatchRequest {
  groups: readonly MatchGroup[]
  /** Number of entries in the index (for idf). */
  documentCount: number
  /** Every entry number is below this. */
  numberSpace: number
  /** Score slots the postings use (1 … 4). */
  slots: number
  limit: number
  /**
   * Checks groups against one entry's own text: returns the score it adds, or null when a group is not
   * satisfied. Used instead of reading postings once few candidates remain against many postings.
   */
  verify?: (entry: number, groups: readonly number[]) => number | null
}

/** What {@link matchAll} returns: the best entries and how many matched in all. */
export interface MatchResult {
  total: number
  /** Best first; ties broken by entry number, so results are stable across save and load. */
  top: ScoredNumber[]
}

/** Cost of checking one candidate's text, in postings read (measured: a ~500-character passage). */
export const TEXT_CHECK_COST = 200
/** Cost of looking up one term's postings, in postings read. */
export const LOOKUP_COST = 40

/** Reusable scratch counters and candidate list, grown to the largest entry number seen. */
let stamps = new Uint8Array(1024)
let scores = new Float64Array(1024)
let candidates = new Int32Array(1024)

function ensureCapacity(size: number): void {
  if (stamps.length >= size) return
  const capacity = Math.max(size, stamps.length * 2)
  stamps = new Uint8Array(capacity)
  scores = new Float64Array(capacity)
  candidates = new Int32Array(capacity)
}

/** Keeps the `limit` best of the first `count` `numbers` (by `scores`, then smaller number), with a min-heap. */
function topK(numbers: Int32Array, count: number, limit: number): number[] {
  const heap: number[] = []
  const worse = (a: number, b: number): boolean => {
    const sa = scores[a] as number
    const sb = scores[b] as number
    return sa < sb || (sa === sb && a > b)
  }
  const swap = (i: number, j: number): void => {
    const t = heap[i] as number
    heap[i] = heap[j] as number
    heap[j] = t
  }
  for (let k = 0; k < count; k++) {
    const n = numbers[k] as number
    if (limit <= 0) break
    if (heap.length < limit) {
      heap.push(n)
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1
        if (!worse(heap[i] as number, heap[parent] as number)) break
        swap(i, parent)
        i = parent
      }
    } else if (worse(heap[0] as number, n)) {
      heap[0] = n
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l
        if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r
        if (m === i) break
        swap(i, m)
        i = m
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
}

/** BM25 idf of a term held by `count` of `documentCount` entries. */
export function idf(count: number, documentCount: number): number {
  return Math.log(1 + (documentCount - count + 0.5) / (count + 0.5))
}

/** Score bonus for where a term first occurs: 1.5 at the very start, down to 1 at the end. */
export function positionBonus(fraction: number): number {
  return 1 + 0.5 * (1 - Math.min(1, Math.max(0, fraction)))
}

/** Per-slot gains of the alternative being read (reused). */
const slotGains = new Float64Array(MAX_SLOTS)

/**
 * Reads one group's postings: entries with stamp `g` that hold an alternative get stamp g + 1 and its
 * gain (the first alternative found wins). For g = 0, every entry found becomes a candidate, appended to
 * `candidates` after the first `count`; returns the new count.
 */
function readGroup(group: MatchGroup, g: number, documentCount: number, slots: number, count: number): number {
  const stamp = stamps
  const score = scores
  const found = candidates
  const gains = slotGains
  let total = count
  for (const alt of group.alternatives()) {
    const ids = alt.postings
    const termIdf = idf(ids.length, documentCount) * alt.weight
    for (let s = 0; s < MAX_SLOTS; s++) gains[s] = termIdf * positionBonus(slots > 1 ? s / (slots - 1) : 1)
    for (let k = 0; k < ids.length; k++) {
      const posting = ids[k] as number
      const n = posting >>> SLOT_BITS
      if (stamp[n] !== g) continue
      stamp[n] = g + 1
      const gain = gains[posting & (MAX_SLOTS - 1)] as number
      if (g === 0) {
        score[n] = gain
        found[total++] = n
      } else score[n] = (score[n] as number) + gain
    }
  }
  return total
}

/**
 * Finds the entries that satisfy every group and returns the `limit` best. Plan: the group with the
 * fewest postings first; then each next group through its postings, or — once checking the remaining
 * candidates' own text is cheaper than reading the remaining postings — through `verify`.
 *
 * Score per group: BM25 idf of the matched term × its weight × up to 1.5 when it comes early in the entry.
 */
export function matchAll(request: MatchRequest): MatchResult {
  const { groups, documentCount, limit, slots, verify } = request
  if (groups.length === 0 || groups.length > 254 || groups.some((g) => g.size === 0)) return { total: 0, top: [] }
  const order = groups.map((_, i) => i).sort((a, b) => (groups[a] as MatchGroup).size - (groups[b] as MatchGroup).size)
  ensureCapacity(request.numberSpace)
  const stamp = stamps
  const score = scores
  const found = candidates

  let count = readGroup(groups[order[0] as number] as MatchGroup, 0, documentCount, slots, 0)
  for (let i = 1; i < order.length && count > 0; i++) {
    const rest = order.slice(i)
    const restCost = rest.reduce(
      (c, r) => c + (groups[r] as MatchGroup).size + (groups[r] as MatchGroup).lookups * LOOKUP_COST,
      0
    )
    let kept = 0
    if (verify && count * TEXT_CHECK_COST < restCost) {
      for (let k = 0; k < count; k++) {
        const n = found[k] as number
        const gain = verify(n, rest)
        if (gain === null) {
          stamp[n] = 0
          score[n] = 0
        } else {
          score[n] = (score[n] as number) + gain
          found[kept++] = n
        }
      }
      count = kept
      break
    }
    readGroup(groups[order[i] as number] as MatchGroup, i, documentCount, slots, count)
    // Drop the candidates this group did not reach, so later passes and the ranking see fewer.
    for (let k = 0; k < count; k++) {
      const n = found[k] as number
      if (stamp[n] === i + 1) found[kept++] = n
      else {
        stamp[n] = 0
        score[n] = 0
      }
    }
    count = kept
  }

  const best = topK(found, count, limit)
  const top = best.map((n) => ({ number: n, score: score[n] as number }))
  for (let k = 0; k < count; k++) {
    const n = found[k] as number
    stamp[n] = 0
    score[n] = 0
  }
  return { total: count, top }
}
