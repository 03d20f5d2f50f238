// The scanning pieces every reference form is read with: where a sentence ends (a period that is not an
// initial or an abbreviation's), years, web addresses and segments. Each is one pass, never a backtracking regex.

/** Abbreviations whose period does not end a sentence (lower case, without the period). */
const ABBREVIATIONS = new Set([
  'ed',
  'eds',
  'éd',
  'éds',
  'dir',
  'dirs',
  'coord',
  'trad',
  'trans',
  'vol',
  'vols',
  'no',
  'nos',
  'n°',
  'num',
  'p',
  'pp',
  'coll',
  'diss',
  'univ',
  'dept',
  'inc',
  'co',
  'ltd',
  'repr',
  'rev',
  'al',
  'cf',
  'ca',
  'mr',
  'mrs',
  'dr',
  'st',
  'hrsg',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'janv',
  'févr',
  'avr',
  'juil',
  'déc',
  'éd',
  'ibid',
  'op',
  'cit',
  'suppl',
  'ser',
  'tr'
])

const WORD_CHAR = /[\p{L}\p{N}°]/u
const isWordChar = (char: string): boolean => char !== '' && WORD_CHAR.test(char)
const isSpace = (char: string): boolean => /\s/.test(char)

/** Whether the period at `at` ends a sentence: followed by a space or the end, after a word that is neither an initial nor an abbreviation. */
function periodEndsSentence(text: string, at: number): boolean {
  const next = text.charAt(at + 1)
  if (next !== '' && !isSpace(next)) return false
  let start = at
  while (start > 0 && isWordChar(text.charAt(start - 1))) start--
  const word = text.slice(start, at)
  if (word === '') return true
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false
  return !ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * The end of the sentence that starts at `from` (the index of its final period, "?" or "!"), or `to` when
 * none ends before it. A sentence also ends before " [" when `atBracket` (APA's "[Doctoral dissertation]").
 */
export function sentenceEnd(text: string, from: number, to: number = text.length, atBracket = false): number {
  for (let at = from; at < to; at++) {
    const char = text.charAt(at)
    if (char === '.' && periodEndsSentence(text, at)) return at
    if ((char === '?' || char === '!') && (at + 1 === text.length || isSpace(text.charAt(at + 1)))) return at
    if (atBracket && char === '[' && at > from) return at
  }
  return to
}

/** The index of the first character after `at` that is not a space, period or comma. */
export function skipPunctuation(text: string, at: number): number {
  let next = at
  while (next < text.length && /[\s.,]/.test(text.charAt(next))) next++
  return next
}

export interface Span {
  start: number
  end: number
  text: string
}

/**
 * The segments of `text` between `from` and `to`, cut at commas, colons, semicolons, brackets and
 * parentheses and at sentence ends, trimmed, empty ones left out.
 */
export function segments(text: string, from: number, to: number): Span[] {
  const spans: Span[] = []
  let start = from
  const push = (end: number): void => {
    const raw = text.slice(start, end)
    const trimmed = raw.trim()
    if (trimmed !== '') {
      const lead = raw.length - raw.trimStart().length
      spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
    }
  }
  for (let at = from; at < to; at++) {
    const char = text.charAt(at)
    const cut = ',:;[]()'.includes(char) || (char === '.' && periodEndsSentence(text, at))
    if (!cut) continue
    push(at)
    start = at + 1
  }
  push(to)
  return spans
}

/** A year: four digits from 1400 to 2099 standing alone (not inside a longer number or a word). */
export function yearAt(text: string, at: number): number | null {
  if (isWordChar(text.charAt(at - 1))) return null
  if (isWordChar(text.charAt(at + 4))) return null
  const digits = text.slice(at, at + 4)
  if (!/^\d{4}$/.test(digits)) return null
  const year = Number(digits)
  return year >= 1400 && year <= 2099 ? year : null
}

/** The first year between `from` and `to`, with its index, or null. */
export function firstYear(text: string, from: number, to: number): { year: number; index: number } | null {
  for (let at = from; at + 4 <= to; at++) {
    const year = yearAt(text, at)
    if (year !== null) return { year, index: at }
  }
  return null
}

/** The first web address ("https://…", "http://…", "www.…") with its span, up to the next space; trailing punctuation left out. */
export function findUrl(text: string): Span | null {
  const lower = text.toLowerCase()
  const starts = ['https://', 'http://', 'www.']
    .map((prefix) => lower.indexOf(prefix))
    .filter((index) => index >= 0 && !isWordChar(text.charAt(index - 1)))
  if (starts.length === 0) return null
  const start = Math.min(...starts)
  let end = start
  while (end < text.length && !isSpace(text.charAt(end)) && !'<>"«»'.includes(text.charAt(end))) end++
  while (end > start && '.,;:)]'.includes(text.charAt(end - 1))) end--
  return { start, end, text: text.slice(start, end) }
}

/**
 * The index of the first of `words` in `lower` (a lower-cased text) at or after `from` that stands as a whole
 * word (no letter on either side), or -1; with the word found.
 */
export function findWord(lower: string, words: readonly string[], from = 0): { index: number; word: string } {
  let best = { index: -1, word: '' }
  for (const word of words) {
    const checkAfter = isWordChar(word.charAt(word.length - 1))
    const alone = (at: number): boolean =>
      !isWordChar(lower.charAt(at - 1)) && !(checkAfter && isWordChar(lower.charAt(at + word.length)))
    let at = lower.indexOf(word, from)
    while (at >= 0 && !alone(at)) {
      at = lower.indexOf(word, at + 1)
    }
    if (at >= 0 && (best.index < 0 || at < best.index)) best = { index: at, word }
  }
  return best
}
