// How alike two short strings are (a stored prefix or suffix and the text now beside a match):
// Levenshtein distance, bit-parallel for strings up to 32 characters, plus cheap common-run counts.

/** Levenshtein distance by dynamic programming, for strings of any length. */
function editDistanceTable(a: string, b: string): number {
  let previous = new Int32Array(b.length + 1)
  let current = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    const code = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (code === b.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1)
    }
    const row = previous
    previous = current
    current = row
  }
  return previous[b.length] ?? 0
}

/** Per UTF-16 code unit, the positions where it occurs in the current short string (kept all zero between calls). */
const CHAR_MASKS = new Int32Array(65536)

/**
 * Levenshtein distance between `a` and `b`. When `a` has 1–32 characters it runs Hyyrö's bit-parallel
 * form of Myers' algorithm (one 32-bit word per column of `b`), else a plain table.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  if (a.length > 32) return editDistanceTable(a, b)
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i)
    CHAR_MASKS[code] = (CHAR_MASKS[code] ?? 0) | (1 << i)
  }
  const last = 1 << (a.length - 1)
  let positive = -1 // vertical +1 deltas: initially column 0, D[i][0] = i
  let negative = 0
  let distance = a.length
  for (let j = 0; j < b.length; j++) {
    const eq = CHAR_MASKS[b.charCodeAt(j)] ?? 0
    const xv = eq | negative
    const xh = (((eq & positive) + positive) ^ positive) | eq
    let hp = negative | ~(xh | positive)
    let hn = positive & xh
    if (hp & last) distance++
    else if (hn & last) distance--
    hp = (hp << 1) | 1 // row 0 is D[0][j] = j: every horizontal delta there is +1
    hn <<= 1
    positive = hn | ~(xv | hp)
    negative = hp & xv
  }
  for (let i = 0; i < a.length; i++) CHAR_MASKS[a.charCodeAt(i)] = 0
  return distance
}

/** Similarity 0–1 of the stored context and the text now beside a match (1 when both are empty). */
export function contextSimilarity(expected: string, actual: string): number {
  const length = Math.max(expected.length, actual.length)
  return length === 0 ? 1 : 1 - editDistance(expected, actual) / length
}

/** Equal characters going back from just before `text[start]` and from the end of `context`. */
export function commonBefore(text: string, start: number, context: string): number {
  let n = 0
  while (
    n < context.length &&
    n < start &&
    text.charCodeAt(start - 1 - n) === context.charCodeAt(context.length - 1 - n)
  )
    n++
  return n
}

/** Equal characters going on from `text[end]` and from the start of `context`. */
export function commonAfter(text: string, end: number, context: string): number {
  let n = 0
  while (n < context.length && end + n < text.length && text.charCodeAt(end + n) === context.charCodeAt(n)) n++
  return n
}
