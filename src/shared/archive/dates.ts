// Dates as the articles write them: "14 février 1950", "le 18 mars 2007", "February 14, 1950",
// and ISO "1950-02-14". Parsed to ISO without guessing: an impossible date is no date.

import type { WrittenDate } from './document'

const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12
}

const MONTH_NAMES = Object.keys(MONTHS).join('|')
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:er)?[\\s\\u00a0]+(${MONTH_NAMES})[\\s\\u00a0]+(\\d{4})`, 'iu')
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_NAMES})[\\s\\u00a0]+(\\d{1,2}),?[\\s\\u00a0]+(\\d{4})`, 'iu')
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/

/** "1950-02-14" for a real calendar date, else null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The first ISO date written in the text ("2007-03-18"), if it is a real date. */
export function findIsoDate(text: string): string | null {
  const match = ISO.exec(text)
  if (!match) return null
  return toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/**
 * The first date written in words in the text, with its ISO form. When the text also carries an
 * ISO date in parentheses (as the infobox does), that one is the authority.
 */
export function findWrittenDate(text: string): WrittenDate | null {
  const dmy = DAY_MONTH_YEAR.exec(text)
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(text)
  const match = dmy ?? mdy
  if (!match) return null
  const [written, a, b, year] = match as unknown as [string, string, string, string]
  const day = Number(dmy ? a : b)
  const month = MONTHS[(dmy ? b : a).toLowerCase()]
  const fromWords = month ? toIsoDate(Number(year), month, day) : null
  const iso = findIsoDate(text.slice(match.index + written.length)) ?? fromWords
  return iso ? { written, iso } : null
}
