// Dates and numbers formatted for the UI language, through Intl (no hand-made month names).

import i18next from './i18n'

/** Building an Intl formatter costs far more than using one: one per language and style, made once. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined
  if (!formatter) formatters.set(key, (formatter = make()))
  return formatter
}

/** "18 mars 2007" for "2007-03-18" in French; the ISO date itself if it is not a valid date. */
export function formatIsoDate(iso: string, language: string = i18next.language): string {
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return cached(
    `date:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })
  ).format(date)
}

/** "100 000" in French, "100,000" in English. */
export function formatNumber(value: number, language: string = i18next.language): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(language)).format(value)
}

/** "28 novembre 2026 à 14:05" for an ISO timestamp, in the UI language. */
export function formatIsoDateTime(iso: string, language: string = i18next.language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return cached(
    `date-time:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
  ).format(date)
}

/** "14:05" (or "2:05 PM") for an ISO timestamp, in the UI language. */
export function formatIsoTime(iso: string, language: string = i18next.language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return cached(`time:${language}`, () => new Intl.DateTimeFormat(language, { timeStyle: 'short' })).format(date)
}
