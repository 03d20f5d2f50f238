// A word to look for in stored texts, and whether a token of the dictionary is one: decided by the token's
// key (its first two characters) before its folded form is read.

import { FOLDED_LENGTH, KEY, TOKEN_FIELDS, type TokenDictionary } from './token-dictionary'

/** A word to look for: `term` itself, or any word starting with it when `prefix` (folded forms). */
export interface WordQuery {
  term: string
  prefix: boolean
}

/** Whether token `id` of `dictionary` satisfies `q`, whose term has key `key` (see `keyOf`). */
export function satisfies(dictionary: TokenDictionary, id: number, q: WordQuery, key: number): boolean {
  const at = id * TOKEN_FIELDS
  const tokenKey = dictionary.table[at + KEY] as number
  // Ruled out by the first two characters, without reading the word.
  if (q.prefix && q.term.length === 1 ? Math.floor(tokenKey / 0x10000) !== Math.floor(key / 0x10000) : tokenKey !== key)
    return false
  const length = dictionary.table[at + FOLDED_LENGTH] as number
  if (q.prefix) return length >= q.term.length && (dictionary.folds[id] as string).startsWith(q.term)
  return length === q.term.length && dictionary.folds[id] === q.term
}
