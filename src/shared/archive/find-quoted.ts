// Finds the quoted title of a reference or link bullet ("Title", “Title”, « Title »), by scanning:
// the pattern it replaces, /["“«]\s*([^"”»]+?)\s*["”»]/, took seconds on a quote that never closes.

import { SPACES, trimChars } from './trim-chars'

const OPENERS = '"“«'
const CLOSERS = '"”»'

export interface Quoted {
  /** Where the opening quote is. */
  index: number
  /** Just past the closing quote. */
  end: number
  /** The quoted text without the spaces inside the quotes. */
  title: string
}

/**
 * The first quoted span of `text`, exactly as the pattern above matched it: the first opening quote
 * followed, after at least one character, by a closing one; the title is what lies between, trimmed
 * (a span of spaces only gives its last space, as the pattern did). Linear: each character is read
 * at most twice.
 */
export function findQuoted(text: string): Quoted | null {
  for (let open = 0; open < text.length; open++) {
    if (!OPENERS.includes(text.charAt(open))) continue
    let close = open + 1
    while (close < text.length && !CLOSERS.includes(text.charAt(close))) close++
    // No closing quote after this one: none after any later opening quote either.
    if (close === text.length) return null
    if (close === open + 1) continue
    const inner = text.slice(open + 1, close)
    const title = trimChars(inner, SPACES)
    return { index: open, end: close + 1, title: title === '' ? inner.charAt(inner.length - 1) : title }
  }
  return null
}
