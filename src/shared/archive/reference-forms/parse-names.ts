// Reads a list of authors or editors into people, in the orders references write them: "Family, Given"
// (the first name of most styles), "Given Family" (the names after it, and editors after "edited by").

import type { Person } from '../document'
import { splitAuthorList } from '../split-authors'
import { SPACES_COMMAS, trimChars } from '../trim-chars'

/** Lower-case words that start a family name ("Charles de Gaulle"). */
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'van', 'von', 'der', 'den', 'la', 'le', 'di', 'da', 'del'])

/** "Odd Arne Westad" as given "Odd Arne", family "Westad"; one word stays a family name. */
function givenFirst(literal: string): Person {
  const words = literal.split(/\s+/)
  if (words.length < 2) return { family: literal, given: null, literal }
  let familyStart = words.length - 1
  for (let at = 1; at < words.length - 1; at++) {
    if (PARTICLES.has(words[at]?.toLowerCase() ?? '')) {
      familyStart = at
      break
    }
  }
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' '), literal }
}

/**
 * APA's "Fairbank, J. K., Goldman, M." as two names: a comma after an initial's period, before a word of
 * two letters or more, separates two people.
 */
function splitAfterInitials(piece: string): string[] {
  const names: string[] = []
  let start = 0
  for (let at = 1; at < piece.length; at++) {
    if (piece.charAt(at) !== ',' || piece.charAt(at - 1) !== '.') continue
    let next = at + 1
    while (next < piece.length && /\s/.test(piece.charAt(next))) next++
    if (!/^\p{Lu}[\p{L}'’-]/u.test(piece.slice(next, next + 2))) continue
    names.push(piece.slice(start, at))
    start = at + 1
  }
  names.push(piece.slice(start))
  return names
}

/**
 * The people of a name list. `order` says how a name without a comma is written: 'family-first' keeps it
 * whole as the family name (an institution, "UNESCO"), unless an earlier name was inverted ("Fairbank,
 * John King, and Merle Goldman"); 'given-first' reads it as "Given Family".
 */
export function parseNames(text: string, order: 'family-first' | 'given-first'): Person[] {
  const literals = splitAuthorList(text)
    .flatMap(splitAfterInitials)
    .map((piece) => trimChars(piece, SPACES_COMMAS))
    .filter((literal) => literal !== '' && literal !== 'al.' && literal !== 'al')
  let inverted = false
  return literals.map((literal, index) => {
    const comma = literal.indexOf(',')
    if (comma > 0) {
      inverted = inverted || index === 0
      const given = trimChars(literal.slice(comma + 1), SPACES_COMMAS)
      return { family: literal.slice(0, comma).trim(), given: given || null, literal }
    }
    return order === 'given-first' || inverted ? givenFirst(literal) : { family: literal, given: null, literal }
  })
}
