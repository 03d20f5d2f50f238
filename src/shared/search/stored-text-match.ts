// Query terms matched against the stored texts of entries: word by word on the token stream when the
// text is plain, on its folded string otherwise — the same words are found either way.

import { normalizeText } from './normalize'
import { findTerm, type QueryTerm } from './query'
import { buildSnippet, findMatches, snippetRange, DEFAULT_SNIPPET_LENGTH } from './snippet'
import type { TextStore } from './text-store'
import type { HighlightRange, Snippet } from './types'

/** Where a query term is first found in an entry's folded `title + ' ' + text`. */
export interface FoundWord {
  /** The indexed word found (the whole word for a prefix). */
  word: string
  /** Where it starts in the folded title and text. */
  start: number
}

/** An entry's title and text, folded once for checking several query terms. */
export interface StoredEntryText {
  /** The first word satisfying `q`, or null. */
  find(q: QueryTerm): FoundWord | null
  /** Length of the folded title and text. */
  length: number
}

/** Prepares entry `slot` (with its title) for {@link StoredEntryText.find}. */
export function storedEntryText(texts: TextStore, slot: number, title: string | undefined): StoredEntryText {
  if (!texts.isPlain(slot)) {
    const text = texts.get(slot)
    const folded = normalizeText(title === undefined ? text : `${title} ${text}`)
    return { find: (q) => findTerm(folded, q), length: folded.length }
  }
  // The title (short) is folded; the text is read word by word after it and the joining space.
  const foldedTitle = title === undefined ? null : normalizeText(title)
  const offset = foldedTitle === null ? 0 : foldedTitle.length + 1
  return {
    length: offset + texts.foldedLength(slot),
    find: (q) => {
      const inTitle = foldedTitle === null ? null : findTerm(foldedTitle, q)
      if (inTitle) return inTitle
      if (q.cjk) return null
      const found = texts.findWord(slot, q)
      return found && { word: found.word, start: offset + found.start }
    }
  }
}

/**
 * The ranges of a plain text's words that match a query term, as {@link findMatches} finds them in the
 * text: words of a plain text are apart (a separator between any two), so they need no merging.
 */
function plainMatches(texts: TextStore, slot: number, terms: readonly QueryTerm[]): HighlightRange[] {
  const ranges: HighlightRange[] = []
  const words = terms.filter((q) => !q.cjk)
  if (words.length > 0) texts.forEachMatch(slot, words, (start, end) => void ranges.push({ start, end }))
  return ranges
}

/**
 * The snippet of entry `slot`'s text for `terms` (see {@link buildSnippet}); of a plain text, only the
 * words around the matches are read back.
 */
export function storedSnippet(
  texts: TextStore,
  slot: number,
  terms: readonly QueryTerm[],
  length = DEFAULT_SNIPPET_LENGTH
): Snippet {
  if (!texts.isPlain(slot)) {
    const text = texts.get(slot)
    return buildSnippet(text, findMatches(text, terms), length)
  }
  const matches = plainMatches(texts, slot, terms)
  const textLength = texts.textLength(slot)
  const [from, to] = snippetRange(matches, textLength, length)
  return buildSnippet({ ...texts.excerpt(slot, from, to), length: textLength }, matches, length)
}
