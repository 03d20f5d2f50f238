// The publication part of a book, chapter or report: "Place: Publisher, Year" (Chicago), "Place : Éditeur,
// année" (ISO 690), "Publisher, Year" (MLA), or APA's lone "Publisher." after a year given with the names.

import type { Head } from './read-head'
import { firstYear, segments, sentenceEnd } from './scan'

export interface Publication {
  place: string | null
  publisher: string | null
  year: number | null
}

const hasLetter = (text: string): boolean => /\p{L}/u.test(text)
const hasDigit = (text: string): boolean => /\d/.test(text)
/** A state or country code after a town ("Washington, DC:"), part of the place. */
const isRegionCode = (text: string): boolean => /^\p{Lu}{2,3}$/u.test(text.trim())

/** "Place: Publisher" around the first colon between `from` and `to`, or null. */
function colonForm(text: string, from: number, to: number): { place: string; publisher: string } | null {
  const colon = text.indexOf(':', from)
  if (colon < 0 || colon >= to) return null
  const before = segments(text, from, colon)
  let place = before[before.length - 1]
  const previous = before[before.length - 2]
  if (place && previous && isRegionCode(place.text) && text.slice(previous.end, place.start).trim() === ',') {
    place = { start: previous.start, end: place.end, text: text.slice(previous.start, place.end) }
  }
  const after = segments(text, colon + 1, to)[0]
  if (!place || !after || !hasLetter(place.text) || hasDigit(place.text) || !/^\p{Lu}/u.test(place.text)) return null
  if (!hasLetter(after.text) || text.slice(colon + 1, after.start).trim() !== '') return null
  return { place: place.text, publisher: after.text }
}

/** What the head said of the date: its year, and whether it was APA's "(1983)" or "(n.d.)" after the names. */
export type HeadDate = Pick<Head, 'year' | 'apaDated'>

/**
 * The place, publisher and year between `from` and `to`. When the head gave APA's date (a year or "n.d."),
 * the first sentence without digits is the publisher. Otherwise the year is the first one in the part,
 * and the publisher the segment just before it ("Harvard UP, 1983"). What is not there stays null.
 */
export function readPublication(text: string, from: number, to: number, head: HeadDate): Publication {
  const found = head.apaDated ? null : firstYear(text, from, to)
  const year = head.year ?? found?.year ?? null
  const colon = colonForm(text, from, to)
  if (colon) return { ...colon, year }
  if (head.apaDated) {
    const publisher = segments(text, from, to).find((span) => hasLetter(span.text) && !hasDigit(span.text))
    // Only a whole sentence of its own: "Stanford University Press."
    const alone = publisher && sentenceEnd(text, publisher.start, to) === publisher.end
    return { place: null, publisher: alone ? publisher.text : null, year }
  }
  if (!found) return { place: null, publisher: null, year }
  const before = segments(text, from, found.index)
  const last = before[before.length - 1]
  const joined = last ? text.slice(last.end, found.index).trim() === ',' : false
  const publisher = last && joined && hasLetter(last.text) && !hasDigit(last.text) ? last.text : null
  return { place: null, publisher, year }
}
