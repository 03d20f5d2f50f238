// The original texts of indexed entries, kept as streams of token numbers over one shared dictionary of
// words and separators: a couple of bytes a word, read back by joining strings, and matched word by word.

import { EncodedSlots, grow } from './encoded-slots'
import { separatorAt } from './normalize'
import { NumberReader, NumberWriter } from './number-codec'
import { COMPLEX, FLAGS, FOLDED_LENGTH, KEY, LENGTH, TOKEN_FIELDS, TokenDictionary, keyOf } from './token-dictionary'
import { satisfies, type WordQuery } from './word-query'

/** The saved form of a {@link TextStore}. */
export interface TextStoreData {
  /** The tokens the texts use, numbered from 0. */
  tokens: string[]
  /**
   * Slot after slot from 0, written by a `NumberWriter`: the slot's number of values, then its values
   * (token number × 2, + 1 when a single space follows the token).
   */
  texts: string
}

/** Texts by slot number (an entry's internal number). */
export class TextStore {
  private readonly dictionary = new TokenDictionary()
  /** Each slot's values (token number × 2, + 1 when a single space follows the token). */
  private readonly encoded = new EncodedSlots()
  private lengthOf = new Uint32Array(1024)
  private foldedLengthOf = new Uint32Array(1024)
  private plainOf = new Uint8Array(1024)

  /** Stores (or replaces) the text of a slot. */
  set(slot: number, text: string): void {
    this.delete(slot)
    this.ensureSlot(slot)
    const encoded = this.encoded
    encoded.begin(text.length * 5 + 16)
    let plain = 1
    let folded = 0
    let pending = -1
    for (let i = 0; i < text.length;) {
      const first = separatorAt(text, i)
      let j = i + Math.abs(first)
      while (j < text.length) {
        const next = separatorAt(text, j)
        if (next < 0 !== first < 0) break
        j += Math.abs(next)
      }
      const id = this.dictionary.intern(text.slice(i, j), first < 0)
      // Read after interning: the table may have grown.
      const table = this.dictionary.table
      folded += table[id * TOKEN_FIELDS + FOLDED_LENGTH] as number
      if ((table[id * TOKEN_FIELDS + FLAGS] as number) & COMPLEX) plain = 0
      // A single space after a token is a bit of the token's value: half the values of running text.
      if (pending >= 0 && j - i === 1 && text.charCodeAt(i) === 0x20) {
        encoded.write(pending * 2 + 1)
        pending = -1
      } else {
        if (pending >= 0) encoded.write(pending * 2)
        pending = id
      }
      i = j
    }
    if (pending >= 0) encoded.write(pending * 2)
    encoded.end(slot)
    this.foldedLengthOf[slot] = folded
    this.lengthOf[slot] = text.length
    this.plainOf[slot] = plain
  }

  /** The text of a slot ('' when the slot holds none). */
  get(slot: number): string {
    return this.excerpt(slot, 0, Number.POSITIVE_INFINITY).text
  }

  /** Length of the slot's text. */
  textLength(slot: number): number {
    return this.encoded.has(slot) ? (this.lengthOf[slot] as number) : 0
  }

  /** Length of the slot's text once folded (`normalizeText(text).length`). */
  foldedLength(slot: number): number {
    return this.encoded.has(slot) ? (this.foldedLengthOf[slot] as number) : 0
  }

  /**
   * Whether the slot's text can be matched word by word ({@link findWord}, {@link forEachMatch}): its
   * folded text is the folded forms of its words with separators between them, no CJK. A slot without
   * text is (it has no words).
   */
  isPlain(slot: number): boolean {
    return !this.encoded.has(slot) || this.plainOf[slot] === 1
  }

  /**
   * The part of the slot's text made of the tokens that overlap `[from, to)` (whole tokens, so it may
   * start before `from` and end after `to`), and where it starts in the text.
   */
  excerpt(slot: number, from: number, to: number): { text: string; offset: number } {
    const count = this.encoded.decode(slot)
    const values = this.encoded.values
    const { surfaces, table } = this.dictionary
    let text = ''
    let offset = -1
    let at = 0
    for (let k = 0; k < count && at < to; k++) {
      const value = values[k] as number
      const end = at + (table[(value >>> 1) * TOKEN_FIELDS + LENGTH] as number) + (value & 1)
      if (end > from) {
        if (offset < 0) offset = at
        text += surfaces[value >>> 1] as string
        if (value & 1) text += ' '
      }
      at = end
    }
    // V8 keeps a string built by += as a rope, whose characters are slow to read one by one (snippets
    // do); taking a substring flattens it, in place, once.
    if (text.length > 1) void text.slice(1)
    return { text, offset: Math.max(0, offset) }
  }

  /**
   * The first word of a plain slot's text ({@link isPlain}) that satisfies `q`: its folded form and where
   * it starts in the folded text; or null.
   */
  findWord(slot: number, q: WordQuery): { word: string; start: number } | null {
    const count = this.encoded.decode(slot)
    const values = this.encoded.values
    const dictionary = this.dictionary
    const key = keyOf(q.term)
    let folded = 0
    for (let k = 0; k < count; k++) {
      const value = values[k] as number
      const id = value >>> 1
      if (satisfies(dictionary, id, q, key)) return { word: dictionary.folds[id] as string, start: folded }
      folded += (dictionary.table[id * TOKEN_FIELDS + FOLDED_LENGTH] as number) + (value & 1)
    }
    return null
  }

  /** Calls `visit` with the range of each word of a plain slot's text that satisfies one of `queries`. */
  forEachMatch(slot: number, queries: readonly WordQuery[], visit: (start: number, end: number) => void): void {
    const count = this.encoded.decode(slot)
    const values = this.encoded.values
    const dictionary = this.dictionary
    const table = dictionary.table
    const keys = queries.map((q) => keyOf(q.term))
    let at = 0
    for (let k = 0; k < count; k++) {
      const value = values[k] as number
      const id = value >>> 1
      const end = at + (table[id * TOKEN_FIELDS + LENGTH] as number)
      if (table[id * TOKEN_FIELDS + KEY] !== 0) {
        for (let i = 0; i < queries.length; i++) {
          if (satisfies(dictionary, id, queries[i] as WordQuery, keys[i] as number)) {
            visit(at, end)
            break
          }
        }
      }
      at = end + (value & 1)
    }
  }

  /** Frees a slot's text; the space is reclaimed when freed space passes a quarter of the store. */
  delete(slot: number): void {
    this.encoded.delete(slot)
  }

  /** The saved form, with only the tokens that live texts use. */
  export(): TextStoreData {
    const renumbered = new Int32Array(this.dictionary.size).fill(-1)
    const tokens: string[] = []
    const writer = new NumberWriter()
    for (let slot = 0; slot < this.encoded.size; slot++) {
      const count = this.encoded.decode(slot)
      const values = this.encoded.values
      writer.put(count)
      for (let k = 0; k < count; k++) {
        const value = values[k] as number
        const id = value >>> 1
        if (renumbered[id] === -1) {
          renumbered[id] = tokens.length
          tokens.push(this.dictionary.surfaces[id] as string)
        }
        writer.put((renumbered[id] as number) * 2 + (value & 1))
      }
    }
    return { tokens, texts: writer.toString() }
  }

  /** Restores {@link TextStore.export}'s output; throws on malformed data. */
  static import(data: TextStoreData): TextStore {
    const store = new TextStore()
    for (const token of data.tokens) {
      if (typeof token !== 'string' || token.length === 0) throw new Error('Malformed stored texts')
      store.dictionary.intern(token, separatorAt(token, 0) < 0)
    }
    if (store.dictionary.size !== data.tokens.length) throw new Error('Malformed stored texts')
    const table = store.dictionary.table
    const encoded = store.encoded
    const reader = new NumberReader(data.texts)
    for (let slot = 0; !reader.done; slot++) {
      const count = reader.get()
      if (count === 0) continue
      store.ensureSlot(slot)
      encoded.begin(count * 5)
      let folded = 0
      let length = 0
      let plain = 1
      for (let k = 0; k < count; k++) {
        const v = reader.get()
        const at = Math.floor(v / 2) * TOKEN_FIELDS
        if (at >= data.tokens.length * TOKEN_FIELDS || v > 0x7fffffff) throw new Error('Malformed stored texts')
        folded += (table[at + FOLDED_LENGTH] as number) + (v & 1)
        length += (table[at + LENGTH] as number) + (v & 1)
        if ((table[at + FLAGS] as number) & COMPLEX) plain = 0
        encoded.write(v)
      }
      encoded.end(slot)
      store.foldedLengthOf[slot] = folded
      store.lengthOf[slot] = length
      store.plainOf[slot] = plain
    }
    return store
  }

  /** Gives room to slots up to `slot`, for their text and what is known of it. */
  private ensureSlot(slot: number): void {
    this.encoded.ensure(slot)
    if (slot >= this.lengthOf.length) {
      const size = Math.max(slot + 1, this.lengthOf.length * 2)
      this.lengthOf = grow(this.lengthOf, new Uint32Array(size))
      this.foldedLengthOf = grow(this.foldedLengthOf, new Uint32Array(size))
      this.plainOf = grow(this.plainOf, new Uint8Array(size))
    }
  }
}
