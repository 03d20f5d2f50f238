// The one binary search of sorted data (terms, posting lists, row positions): where the entries below a value end.

/** The first index in [0, length) whose entry is not below the value sought (`below(index)` true, then false). */
export function lowerBound(length: number, below: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (below(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
