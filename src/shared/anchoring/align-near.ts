// Approximate match of a quote at a roughly known place (where the seed index says it may start), by
// Myers' O(ND) furthest-reaching alignment: cost grows with the edits found, not with the quote × window.

/** An approximate occurrence: `text[start, end)` is `errors` edits away from the quote. */
export interface ApproximateMatch {
  start: number
  end: number
  errors: number
}

/** Scratch rows, reused between calls (grown when needed): furthest quote offset and start per diagonal. */
let rows = new Int32Array(256)

/**
 * The alignment of the whole `quote` to a substring of `text` with the fewest edits (insertions, deletions,
 * substitutions; at most `maxErrors`), among those starting within `maxErrors` of `[fromStart, toStart]`;
 * null when there is none. Among equally good ones, the one whose length is closest to the quote's wins.
 *
 * For each edit count e it keeps, per diagonal (text offset − quote offset), the furthest quote offset
 * reachable with e edits, then slides along equal characters (Myers 1986, "An O(ND) difference algorithm",
 * with a free start and end in the text). Cost: O((toStart − fromStart + errors) × errors + quote length).
 */
export function alignNear(
  text: string,
  quote: string,
  fromStart: number,
  toStart: number,
  maxErrors: number
): ApproximateMatch | null {
  const m = quote.length
  const firstStart = Math.max(0, fromStart - maxErrors)
  const lastStart = Math.min(text.length, toStart + maxErrors)
  if (m === 0 || firstStart > lastStart) return null
  // Diagonal k (absolute text offset at quote offset 0) is stored at slot k − lowest, with one spare slot
  // (always −1) at each end so that neighbours are read without leaving the row.
  const lowest = firstStart - maxErrors - 1
  const width = lastStart - firstStart + 2 * maxErrors + 3
  if (rows.length < 4 * width) rows = new Int32Array(8 * width)
  const buffer = rows
  let reach = 0
  let next = width
  let origin = 2 * width
  let nextOrigin = 3 * width
  buffer.fill(-1, 0, 2 * width)
  const n = text.length
  let found: ApproximateMatch | null = null
  const consider = (k: number, start: number, errors: number): void => {
    const end = m + k
    if (!found || Math.abs(end - start - m) < Math.abs(found.end - found.start - m)) found = { start, end, errors }
  }
  for (let k = firstStart; k <= lastStart; k++) {
    let furthest = 0
    while (furthest < m && furthest + k < n && quote.charCodeAt(furthest) === text.charCodeAt(furthest + k)) furthest++
    buffer[reach + k - lowest] = furthest
    buffer[origin + k - lowest] = k
    if (furthest === m) consider(k, k, 0)
  }
  for (let errors = 1; errors <= maxErrors && found === null; errors++) {
    buffer.fill(-1, next, next + width)
    for (let k = firstStart - errors; k <= lastStart + errors; k++) {
      const slot = k - lowest
      let best = -1
      let start = 0
      const same = buffer[reach + slot] ?? -1 // substitution: one character of each
      if (same >= 0 && same < m && same + k < n) {
        best = same + 1
        start = buffer[origin + slot] ?? 0
      }
      const fromLeft = buffer[reach + slot - 1] ?? -1 // a character inserted in the text
      if (fromLeft > best && fromLeft + k - 1 < n) {
        best = fromLeft
        start = buffer[origin + slot - 1] ?? 0
      }
      const fromRight = buffer[reach + slot + 1] ?? -1 // a quote character missing from the text
      if (fromRight >= 0 && fromRight < m && fromRight + 1 > best) {
        best = fromRight + 1
        start = buffer[origin + slot + 1] ?? 0
      }
      if (best < 0) continue
      let furthest = best // then slide along equal characters
      while (furthest < m && furthest + k < n && quote.charCodeAt(furthest) === text.charCodeAt(furthest + k))
        furthest++
      buffer[next + slot] = furthest
      buffer[nextOrigin + slot] = start
      if (furthest === m) consider(k, start, errors)
    }
    let swap = reach
    reach = next
    next = swap
    swap = origin
    origin = nextOrigin
    nextOrigin = swap
  }
  return found
}
