// How long a stored text is, counted as the import's schemas count it (zod counts code points, not UTF-16 units):
// one count for every limit, so that what the import accepts the stores accept, and the other way round.

/** The number of code points in `text` (a lone surrogate counts as one). */
export function textLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    count++
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
  }
  return count
}
