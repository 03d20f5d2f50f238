// The words and separators that stored texts are made of, each kept once with what reading and matching
// need in one interleaved table: a text is then a stream of token numbers (see text-store.ts).

import { detach, isCjk, normalizeText, separatorAt } from './normalize'

/** Token flag: a run of separators (folds to spaces only). */
export const SEPARATOR = 1
/**
 * Token flag: a word that cannot be matched on its own folded form — that form is empty, holds a space
 * or CJK (cut into n-grams), or the word starts with a character that folds to nothing. A text with one
 * is matched through its folded string instead.
 */
export const COMPLEX = 2

/** Fields of a token in {@link TokenDictionary.table}, at `token * TOKEN_FIELDS`. */
export const KEY = 0
export const FOLDED_LENGTH = 1
export const LENGTH = 2
export const FLAGS = 3
export const TOKEN_FIELDS = 4

/** The first two code units of a folded word in one number, to rule words out without reading them. */
export const keyOf = (folded: string): number =>
  folded.length === 0 ? 0 : folded.charCodeAt(0) * 0x10000 + (folded.length > 1 ? folded.charCodeAt(1) : 0)

const hasCjk = (folded: string): boolean => {
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i)
    if (code >= 0x2e80 && isCjk(String.fromCodePoint(folded.codePointAt(i) ?? code))) return true
  }
  return false
}

/** Token ↔ number, with each token's original and folded forms. */
export class TokenDictionary {
  /** Each token as written. */
  readonly surfaces: string[] = []
  /** Each word's folded form ('' for separators: only their folded length counts). */
  readonly folds: string[] = []
  /** Per token: {@link keyOf} its folded form (0 for a separator), folded length, length, flags. */
  table = new Uint32Array(1024 * TOKEN_FIELDS)
  private readonly ids = new Map<string, number>()

  /** Number of tokens. */
  get size(): number {
    return this.surfaces.length
  }

  /** The number of a token (a maximal run of separators or of other characters), added if new. */
  intern(surface: string, separator: boolean): number {
    const known = this.ids.get(surface)
    if (known !== undefined) return known
    const id = this.surfaces.length
    // A slice keeps its whole parent text alive: the dictionary keeps a copy.
    const own = detach(surface)
    const folded = normalizeText(own)
    this.ids.set(own, id)
    this.surfaces.push(own)
    this.folds.push(separator ? '' : folded)
    if ((id + 1) * TOKEN_FIELDS > this.table.length) {
      const grown = new Uint32Array(this.table.length * 2)
      grown.set(this.table)
      this.table = grown
    }
    const complex =
      folded === '' ||
      folded.includes(' ') ||
      hasCjk(folded) ||
      normalizeText(own.slice(0, Math.abs(separatorAt(own, 0)))) === ''
    const at = id * TOKEN_FIELDS
    this.table[at + KEY] = separator ? 0 : keyOf(folded)
    this.table[at + FOLDED_LENGTH] = folded.length
    this.table[at + LENGTH] = own.length
    this.table[at + FLAGS] = separator ? SEPARATOR : complex ? COMPLEX : 0
    return id
  }
}
