// Finds when a link's archived copy was made ("Archivé de l'original le 18 mars 2007.") by scanning.
// The pattern it replaces backtracked over every " le "/" on " and every space: quadratic or worse.

import { SPACES, endOfRun } from './trim-chars'

const ARCHIVED_FROM = /(?:Archivé|Archived)\s+(?:de l'original|from the original)/gi
/** " le " / " on " (any case), tested at one position. */
const ON = /\s(?:le|on)\s/iy
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/

/** A period followed by a space or by the end of the text. */
function isSentenceEnd(text: string, at: number): boolean {
  return text.charAt(at) === '.' && (at + 1 === text.length || SPACES.test(text.charAt(at + 1)))
}

/** The next index at or after a position where `test` holds; queries at rising positions cost linear time in all. */
class NextIndex {
  private from = -1
  private found = -1

  constructor(
    private readonly text: string,
    private readonly test: (at: number) => boolean
  ) {}

  at(position: number): number {
    if (position >= this.from && position <= this.found) return this.found
    let at = position
    while (at < this.text.length && !this.test(at)) at++
    this.from = position
    this.found = at
    return at
  }
}

/**
 * The text between "Archived from the original … on " and the period that ends the sentence, as the
 * former pattern `(?:Archivé|Archived)\s+(?:de l'original|from the original)[^.]*?\s(?:le|on)\s+(.+?)\.(?:\s|$)`
 * (flag i) captured it; null when there is none.
 */
export function archivedOnText(text: string): string | null {
  const endsSentence = new NextIndex(text, (at) => isSentenceEnd(text, at))
  const lineEnd = new NextIndex(text, (at) => LINE_TERMINATOR.test(text.charAt(at)))
  const prefix = new RegExp(ARCHIVED_FROM.source, ARCHIVED_FROM.flags)
  for (let found = prefix.exec(text); found; found = prefix.exec(text)) {
    const after = found.index + found[0].length
    const period = text.indexOf('.', after)
    const stop = period === -1 ? text.length : period
    // " le " must come before the first period; the date runs to the first period that ends a sentence.
    for (let at = after; at < stop; at++) {
      ON.lastIndex = at
      if (!ON.test(text)) continue
      const dateStart = endOfRun(text, at + 3, SPACES)
      const dateEnd = endsSentence.at(dateStart + 1)
      if (dateEnd < text.length && lineEnd.at(dateStart) > dateEnd) return text.slice(dateStart, dateEnd)
      // Else only a single space before a period could be the date (the pattern gave back one space).
      const lastSpace = dateStart - 1
      if (lastSpace >= at + 4 && !LINE_TERMINATOR.test(text.charAt(lastSpace)) && isSentenceEnd(text, dateStart)) {
        return text.charAt(lastSpace)
      }
    }
    // A later "Archived from the original" before that period would find nothing more.
    prefix.lastIndex = Math.max(prefix.lastIndex, stop)
  }
  return null
}
