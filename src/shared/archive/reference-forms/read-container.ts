// The book a chapter is in and its editors, in each style's order: "In Book, edited by / ed. / dir. Names"
// (Chicago, MLA without "In", French), "In Names (Ed.), Book (pp. …)" (APA), "In : NOM, Prénom (dir.). Livre." (ISO 690).

import type { Person } from '../document'
import { SPACES_COMMAS_PERIODS, trimChars } from '../trim-chars'
import { parseNames } from './parse-names'
import { EDITOR_INFIXES, EDITOR_PARENS, inMarkerEnd } from './read-kind'
import { sentenceEnd, skipPunctuation } from './scan'

export interface Container {
  container: string | null
  editors: Person[] | null
  /** Where the publication part (place, publisher, year, pages) starts. */
  end: number
}

const clean = (text: string): string | null => trimChars(text, SPACES_COMMAS_PERIODS) || null

/** Where the first of `markers` (lower case) is in `lower` between `from` and `to`, with its length. */
function firstMarker(
  lower: string,
  markers: readonly string[],
  from: number,
  to: number
): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null
  for (const marker of markers) {
    const at = lower.indexOf(marker, from)
    if (at >= 0 && at < to && (best === null || at < best.at)) best = { at, length: marker.length }
  }
  return best
}

/** The end of the names after an editor marker: the next comma or sentence end. */
function namesEnd(text: string, from: number, to: number): number {
  const comma = text.indexOf(',', from)
  const sentence = sentenceEnd(text, from, to)
  return comma >= 0 && comma < sentence ? comma : sentence
}

/** The container (the book) read from `from` (just after the chapter's title) up to `to`. */
export function readContainer(text: string, lower: string, from: number, to: number): Container {
  let start = skipPunctuation(text, from)
  const marker = inMarkerEnd(text, start)
  if (marker >= 0) start = marker
  const sentence = sentenceEnd(text, start, to)
  // Editors first: "O. A. Westad (Ed.), Brothers in arms" or "DURAND, Jean (dir.). La Chine".
  const paren = firstMarker(lower, EDITOR_PARENS, start, sentence + 1)
  if (paren) {
    const editors = parseNames(text.slice(start, paren.at), 'given-first')
    const bookStart = skipPunctuation(text, paren.at + paren.length)
    const bookSentence = sentenceEnd(text, bookStart, to)
    const open = text.indexOf(' (', bookStart)
    const bookEnd = open >= 0 && open < bookSentence ? open : bookSentence
    return { container: clean(text.slice(bookStart, bookEnd)), editors, end: bookEnd }
  }
  // The book first: "Brothers in Arms, edited by Odd Arne Westad, 165–188."
  const infix = firstMarker(lower, EDITOR_INFIXES, start, sentence)
  if (infix) {
    const namesStart = infix.at + infix.length
    const end = namesEnd(text, namesStart, to)
    const editors = parseNames(text.slice(namesStart, end), 'given-first')
    return { container: clean(text.slice(start, infix.at)), editors, end }
  }
  return { container: clean(text.slice(start, sentence)), editors: null, end: sentence }
}
