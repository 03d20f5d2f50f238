// A compact index of the 8 characters at every word start of the document, to find quotes without scanning
// the whole text: exact occurrences of quotes, and "seeds" telling where an edited quote may still be.

/** Characters indexed at each word start (a "gram"). */
export const GRAM_LENGTH = 8
/** Characters examined, hashed or placed per build step (a few milliseconds each). */
const STEP = 1 << 16

/**
 * Grams at word starts of a text, bucketed by hash. Entries of one bucket are in increasing position
 * order. About 8 bytes per word of text (about 1.5 MB for a 1 MB text).
 */
export interface SeedIndex {
  readonly mask: number
  /** Entries of bucket b are `bucketStarts[b] .. bucketStarts[b + 1] - 1`. */
  readonly bucketStarts: Int32Array
  /** Text offset of each entry's gram. */
  readonly positions: Int32Array
  /** Hash of each entry's gram; equal hashes within a bucket are taken for equal grams (callers verify). */
  readonly hashes: Int32Array
}

/** Letters and digits of any script (approximated by code ranges, identically for text and quotes). */
function isWordChar(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (code < 0xc0) return false
  if (code >= 0x2000 && code <= 0x2bff) return false // punctuation, symbols, arrows…
  if (code >= 0x3000 && code <= 0x303f) return false // CJK punctuation
  if (code >= 0xff00 && code <= 0xff0f) return false // full-width punctuation
  return code !== 0xd7 && code !== 0xf7
}

/** Scripts written without spaces (CJK, kana, Hangul): every character counts as a word start. */
function isUnspacedChar(code: number): boolean {
  return (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff)
}

/**
 * True when a gram is sampled at `offset` of `text`: a word character after a non-word character, or any
 * character of an unspaced script. Depends on `text[offset - 1]` and `text[offset]` only.
 */
function isWordStart(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset)
  if (!isWordChar(code)) return false
  return offset === 0 || isUnspacedChar(code) || !isWordChar(text.charCodeAt(offset - 1))
}

/** Hash of the gram at `offset` (FNV-1a of its code units, then Murmur3's finaliser), 30 bits. */
function gramHash(text: string, offset: number): number {
  let h = 0x811c9dc5 | 0
  for (let k = 0; k < GRAM_LENGTH; k++) h = Math.imul(h ^ text.charCodeAt(offset + k), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return (h >>> 2) & 0x3fffffff
}

/**
 * Offsets of the grams of `text` (a selector's prefix + quote + suffix) to look up: its word starts, and its
 * first character when that is a word character (the character before it is unknown: it may be a word start).
 * A word start's gram is at the same offset in every copy of the text around it.
 */
export function sampledGrams(text: string): number[] {
  const offsets: number[] = []
  for (let j = 0; j + GRAM_LENGTH <= text.length; j++) {
    if (j === 0 ? isWordChar(text.charCodeAt(0)) : isWordStart(text, j)) offsets.push(j)
  }
  return offsets
}

/** Sampled grams of a text, in text order, with their hashes; and how many fall in each bucket. */
interface Samples {
  positions: Int32Array
  hashes: Int32Array
  count: number
  /** `bucketStarts[b + 1]` counts the samples of bucket b (turned into start offsets later). */
  bucketStarts: Int32Array
  mask: number
}

/** Samples the word starts in `[from, to)` (grams fully inside the text), hashing and counting them. */
function sampleRange(text: string, from: number, to: number, samples: Samples): void {
  const { positions, hashes, bucketStarts, mask } = samples
  let count = samples.count
  let previousIsWord = from > 0 && isWordChar(text.charCodeAt(from - 1))
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p)
    const isWord = isWordChar(code)
    if (isWord && (!previousIsWord || isUnspacedChar(code))) {
      const hash = gramHash(text, p)
      positions[count] = p
      hashes[count] = hash
      count++
      const bucket = (hash & mask) + 1
      bucketStarts[bucket] = (bucketStarts[bucket] ?? 0) + 1
    }
    previousIsWord = isWord
  }
  samples.count = count
}

/** Places samples `[from, to)` in their buckets (`next[b]`: the bucket's next free slot). */
function fillBuckets(samples: Samples, from: number, to: number, next: Int32Array, index: SeedIndex): void {
  const { positions, hashes, mask } = samples
  for (let i = from; i < to; i++) {
    const hash = hashes[i] ?? 0
    const slot = next[hash & mask] ?? 0
    next[hash & mask] = slot + 1
    index.positions[slot] = positions[i] ?? 0
    index.hashes[slot] = hash
  }
}

/**
 * Builds the index of `text` in bounded steps of 65,536 characters or entries, yielding between them
 * (a 1 MB text costs about 20 ms in all, about 1–2 ms per step). Returns the index.
 */
export function* buildSeedIndexSteps(text: string): Generator<void, SeedIndex, void> {
  const last = Math.max(0, text.length - GRAM_LENGTH + 1)
  // Prose has a word start every 6 characters or so: about 3 samples per bucket.
  let bucketCount = 1
  while (bucketCount * 16 < last) bucketCount *= 2
  const samples: Samples = {
    positions: new Int32Array(0),
    hashes: new Int32Array(0),
    count: 0,
    bucketStarts: new Int32Array(bucketCount + 1),
    mask: bucketCount - 1
  }
  for (let from = 0; from < last; from += STEP) {
    const to = Math.min(last, from + STEP)
    // Prose has a word start every ~6 characters; unspaced scripts one per character: grow when needed.
    if (samples.positions.length < samples.count + (to - from)) {
      const wanted = Math.min(last, Math.max(samples.positions.length * 2, last >> 2))
      const capacity = Math.max(samples.count + (to - from), wanted)
      const positions = new Int32Array(capacity)
      const hashes = new Int32Array(capacity)
      positions.set(samples.positions.subarray(0, samples.count))
      hashes.set(samples.hashes.subarray(0, samples.count))
      samples.positions = positions
      samples.hashes = hashes
    }
    sampleRange(text, from, to, samples)
    yield
  }
  const { bucketStarts, count } = samples
  for (let b = 1; b <= bucketCount; b++) bucketStarts[b] = (bucketStarts[b] ?? 0) + (bucketStarts[b - 1] ?? 0)
  const next = bucketStarts.slice(0, bucketCount)
  const index: SeedIndex = {
    mask: samples.mask,
    bucketStarts,
    positions: new Int32Array(count),
    hashes: new Int32Array(count)
  }
  for (let from = 0; from < count; from += STEP) {
    fillBuckets(samples, from, Math.min(count, from + STEP), next, index)
    yield
  }
  return index
}

/** Builds the whole index at once. */
export function buildSeedIndex(text: string): SeedIndex {
  const steps = buildSeedIndexSteps(text)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * Calls `visit` with the text offset of every word start whose gram has the hash of `quote`'s gram at
 * `offset`, in increasing order, and returns their number — or, when there are more than `limit`, stops
 * and returns `limit + 1` (having visited `limit + 1` of them). Equal 30-bit hashes within one bucket stand
 * for equal grams: a rare collision only adds a candidate, which callers verify against the text.
 */
export function forEachPosting(
  index: SeedIndex,
  quote: string,
  offset: number,
  limit: number,
  visit: (position: number) => void
): number {
  const hash = gramHash(quote, offset)
  const to = index.bucketStarts[(hash & index.mask) + 1] ?? 0
  let count = 0
  for (let i = index.bucketStarts[hash & index.mask] ?? 0; i < to; i++) {
    if (index.hashes[i] !== hash) continue
    visit(index.positions[i] ?? 0)
    if (++count > limit) return count
  }
  return count
}
