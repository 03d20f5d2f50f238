// Splits a reference's author list at its separators ("A; B", "A et B", "A and B", "A & B") by scanning:
// the pattern it replaces, /\s*;\s*|\s+(?:et|and|&)\s+/, re-read a run of spaces from each of its spaces.

import { SPACES, endOfRun } from './trim-chars'

const CONJUNCTIONS = ['et', 'and', '&']

/** Where the separator that starts at `at` ends, or -1 when none starts there. */
function separatorEnd(text: string, at: number, spacesEnd: number): number {
  if (text.charAt(spacesEnd) === ';') return endOfRun(text, spacesEnd + 1, SPACES)
  if (spacesEnd === at) return -1
  const word = CONJUNCTIONS.find((candidate) => text.startsWith(candidate, spacesEnd))
  if (word === undefined) return -1
  const wordEnd = spacesEnd + word.length
  return SPACES.test(text.charAt(wordEnd)) ? endOfRun(text, wordEnd, SPACES) : -1
}

/**
 * The pieces between separators, as `text.split(/\s*;\s*|\s+(?:et|and|&)\s+/)` gives them, in linear time:
 * a run of spaces is read once, since a separator that does not start at its first space starts at none.
 */
export function splitAuthorList(text: string): string[] {
  const pieces: string[] = []
  let pieceStart = 0
  let at = 0
  while (at < text.length) {
    const spacesEnd = endOfRun(text, at, SPACES)
    const end = separatorEnd(text, at, spacesEnd)
    if (end === -1) {
      at = spacesEnd > at ? spacesEnd : at + 1
      continue
    }
    pieces.push(text.slice(pieceStart, at))
    pieceStart = at = end
  }
  pieces.push(text.slice(pieceStart))
  return pieces
}
