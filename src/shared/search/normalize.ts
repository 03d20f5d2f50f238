// Text folding for search: case, accents, ligatures and punctuation folded away, CJK cut into n-grams.
// Every normalised character remembers which original character it came from, so snippets can highlight.

/** The result of folding a text while keeping, for each folded character, where it came from. */
export interface NormalizedText {
  /** The folded text: lower case, no diacritics, ligatures expanded, every separator a space. */
  text: string
  /**
   * `sources[i]` is the index in the original string of the character that produced `text[i]`;
   * `sources[text.length]` is the original length. Non-decreasing.
   */
  sources: Uint32Array
}

/** A token with its position in the normalised text (end exclusive). */
export interface PositionedToken {
  term: string
  start: number
  end: number
  /** True for CJK character n-grams (unigrams and bigrams). */
  cjk: boolean
}

/** Characters NFKD does not decompose but which a reader treats as plain Latin letters. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
  // Zero-width space separates words in some Asian texts; other format characters are dropped below.
  '\u200B': ' '
}

const MARK = /\p{M}/gu
const WORD_CHAR = /[\p{L}\p{N}]/u
const FORMAT_CHAR = /^\p{Cf}$/u
/** Han ideographs, kana, bopomofo and CJK compatibility ideographs: scripts written without spaces. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u30FC]/u

const foldCache = new Map<string, string>()

/** Folds one code point (given as a string) to its search form: '' (dropped), ' ' (separator) or letters. */
function foldCodePoint(ch: string): string {
  const cached = foldCache.get(ch)
  if (cached !== undefined) return cached
  let out: string
  const special = SPECIAL_FOLDS[ch]
  if (special !== undefined) out = special
  else if (FORMAT_CHAR.test(ch)) out = ''
  else {
    // NFKD splits accents off (é → e + ◌́, ǒ → o + ◌̌, ǚ → u + ◌̈ + ◌̌) and maps compatibility forms
    // (ﬁ → fi, full-width Ａ → A, U+00A0 / U+202F → space); lower-casing can add marks (İ → i̇).
    const stripped = ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARK, '')
    let folded = ''
    for (const c of stripped) folded += WORD_CHAR.test(c) ? c : ' '
    // NFC puts back what NFKD split but is not an accent (Hangul syllables).
    out = folded.normalize('NFC')
  }
  foldCache.set(ch, out)
  return out
}

/**
 * Folded form of each BMP code unit, filled on first use: 0 = not computed yet, SINGLE | unit = folds to
 * that one unit, MULTI = folds to zero or several units (kept in `multiFolds`).
 */
const unitFolds = new Uint32Array(0x10000)
const SINGLE = 0x10000
const MULTI = 0x20000
const multiFolds = new Map<number, string>()
for (let code = 0; code < 0x80; code++) {
  const c = String.fromCharCode(code)
  unitFolds[code] = SINGLE | (/[a-z0-9]/.test(c) ? code : /[A-Z]/.test(c) ? code + 0x20 : 0x20)
}

/** Computes and records the fold of a BMP code unit (not half of a surrogate pair). */
function learnUnit(code: number): number {
  const fold = foldCodePoint(String.fromCharCode(code))
  let entry: number
  if (fold.length === 1) entry = SINGLE | fold.charCodeAt(0)
  else {
    entry = MULTI
    multiFolds.set(code, fold)
  }
  unitFolds[code] = entry
  return entry
}

// Folded code units are written to a reusable buffer and decoded once: no string per character.
let units = new Uint16Array(1024)
let sources = new Uint32Array(1024)
const decoder = new TextDecoder('utf-16le')

/** Folds `original` into `units` (and `sources` when asked); returns the folded length, or -1 if unchanged. */
function foldInto(original: string, withSources: boolean): number {
  const n = original.length
  // A code point folds to at most a few units (ﬃ → ffi, ǅ → dz, ß → ss); grow if one ever goes beyond.
  if (units.length < n * 3 + 8) units = new Uint16Array(n * 3 + 8)
  if (withSources && sources.length < units.length) sources = new Uint32Array(units.length)
  let out = 0
  let changed = false
  for (let i = 0; i < n;) {
    const code = original.charCodeAt(i)
    let entry = unitFolds[code] as number
    if (entry === 0) entry = learnUnit(code)
    if (entry & SINGLE && !(code >= 0xd800 && code < 0xdc00)) {
      // The common case, ASCII and accented letters alike: one unit in, one unit out.
      const folded = entry & 0xffff
      if (folded !== code) changed = true
      units[out] = folded
      if (withSources) sources[out] = i
      out++
      i++
      continue
    }
    let span = 1
    let fold: string
    const next = original.charCodeAt(i + 1)
    if (code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      span = 2
      fold = foldCodePoint(original.slice(i, i + 2))
      changed = true
    } else {
      fold = entry & MULTI ? (multiFolds.get(code) ?? '') : String.fromCharCode(entry & 0xffff)
      changed = true
    }
    if (out + fold.length + 1 > units.length) {
      const grown = new Uint16Array(units.length * 2)
      grown.set(units)
      units = grown
      if (withSources) {
        const grownSources = new Uint32Array(units.length)
        grownSources.set(sources)
        sources = grownSources
      }
    }
    for (let k = 0; k < fold.length; k++) {
      units[out] = fold.charCodeAt(k)
      if (withSources) sources[out] = i
      out++
    }
    i += span
  }
  return changed ? out : -1
}

/**
 * Folds a text for matching: lower case, diacritics removed (French accents and pinyin tone marks alike),
 * ligatures expanded (œ → oe, æ → ae), punctuation, hyphens, apostrophes and non-breaking spaces turned
 * into plain spaces. Does not collapse spaces, so it stays cheap; use {@link tokenize} for terms.
 */
export function normalizeText(original: string): string {
  const length = foldInto(original, false)
  return length < 0 ? original : decoder.decode(units.subarray(0, length))
}

/** Like {@link normalizeText}, also returning where each folded character came from in `original`. */
export function normalizeWithSources(original: string): NormalizedText {
  const length = foldInto(original, true)
  if (length < 0) {
    const identity = new Uint32Array(original.length + 1)
    for (let i = 0; i <= original.length; i++) identity[i] = i
    return { text: original, sources: identity }
  }
  const map = new Uint32Array(length + 1)
  map.set(sources.subarray(0, length))
  map[length] = original.length
  return { text: decoder.decode(units.subarray(0, length)), sources: map }
}

const isSpaces = (fold: string): boolean => fold.length > 0 && fold.trim() === ''

/**
 * The code point at `i` as texts are cut into words: its length in code units (1, or 2 for a surrogate
 * pair), negated when it folds to spaces only — a separator (space, punctuation, symbol) rather than a
 * character that folds to letters or to nothing (an accent, a format character).
 */
export function separatorAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code >= 0xd800 && code < 0xdc00) {
    const next = text.charCodeAt(i + 1)
    if (next >= 0xdc00 && next < 0xe000) return isSpaces(foldCodePoint(text.slice(i, i + 2))) ? -2 : 2
  }
  let entry = unitFolds[code] as number
  if (entry === 0) entry = learnUnit(code)
  if (entry & SINGLE) return (entry & 0xffff) === 0x20 ? -1 : 1
  return isSpaces(multiFolds.get(code) ?? '') ? -1 : 1
}

/**
 * Maps a range of the normalised text back to the original: the returned end covers the whole original
 * character that produced the last folded one (œ for "oe", é plus a combining accent for "e").
 */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { sources, text } = normalized
  const from = sources[Math.min(start, text.length)] ?? 0
  if (end <= start) return [from, from]
  const last = sources[end - 1] ?? from
  let k = end
  while (k < text.length && (sources[k] ?? 0) <= last) k++
  return [from, sources[k] ?? last + 1]
}

const cjkCache = new Uint8Array(0x10000) // 0 unknown, 1 CJK, 2 not CJK (BMP only; astral tested each time)

/** True when the code point at the start of `ch` belongs to a script written without spaces (Han, kana). */
export function isCjk(ch: string): boolean {
  const code = ch.charCodeAt(0)
  if (code < 0x2e80) return false
  if (ch.length === 1) {
    const known = cjkCache[code]
    if (known) return known === 1
    const cjk = CJK_CHAR.test(ch)
    cjkCache[code] = cjk ? 1 : 2
    return cjk
  }
  return CJK_CHAR.test(ch)
}

/**
 * Returns a copy of a long substring that does not keep its parent alive: V8 represents substrings of 13+
 * characters as views into the parent, so an index keyed by them would retain every folded passage.
 */
export function detach(term: string): string {
  return term.length < 13 ? term : (' ' + term).slice(1)
}

/** Receives one term with its position in the normalised text (end exclusive). */
export type TokenVisitor = (term: string, start: number, end: number, cjk: boolean) => void

/** Length of the CJK code point at `i` (1 or 2 code units), or 0 when the character there is not CJK. */
function cjkLengthAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x2e80) return 0
  const ch = code >= 0xd800 && code < 0xdc00 ? text.slice(i, i + 2) : (text[i] ?? '')
  return isCjk(ch) ? ch.length : 0
}

/**
 * Walks the terms of normalised text: runs of letters and digits become words; CJK runs become
 * character bigrams and, with `unigrams`, single characters too (so a one-character query finds them).
 */
export function forEachToken(normalized: string, visit: TokenVisitor, unigrams = true): void {
  const n = normalized.length
  let i = 0
  while (i < n) {
    if (normalized.charCodeAt(i) === 0x20) {
      i++
      continue
    }
    let len = cjkLengthAt(normalized, i)
    if (len > 0) {
      // A CJK run: emit each character (unigram) and each adjacent pair (bigram).
      while (len > 0) {
        const nextLen = cjkLengthAt(normalized, i + len)
        if (unigrams) visit(normalized.slice(i, i + len), i, i + len, true)
        if (nextLen > 0) visit(normalized.slice(i, i + len + nextLen), i, i + len + nextLen, true)
        i += len
        len = nextLen
      }
      continue
    }
    let j = i + 1
    while (j < n && normalized.charCodeAt(j) !== 0x20 && cjkLengthAt(normalized, j) === 0) j++
    visit(detach(normalized.slice(i, j)), i, j, false)
    i = j
  }
}

/** Collects the terms of normalised text with their positions (see {@link forEachToken}). */
export function tokenizeWithPositions(normalized: string, unigrams = true): PositionedToken[] {
  const tokens: PositionedToken[] = []
  forEachToken(normalized, (term, start, end, cjk) => tokens.push({ term, start, end, cjk }), unigrams)
  return tokens
}

/** Folds and cuts a text into index terms (see {@link normalizeText} and {@link forEachToken}). */
export function tokenize(text: string, unigrams = true): string[] {
  const terms: string[] = []
  forEachToken(normalizeText(text), (term) => terms.push(term), unigrams)
  return terms
}
