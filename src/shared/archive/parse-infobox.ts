// Splits an infobox line ("Signé 14 février 1950 ( 1950-02-14 )") into its label and value.
// The plain-text format has no separator, so labels come from a known list, then from dates.

import { findWrittenDate } from './dates'
import type { WrittenDate } from './document'

/**
 * Field labels of French and English Wikipedia infoboxes (treaties, events, places), including the
 * machine-translation oddities the archive keeps ("Des soirées" for "Parties").
 * Documents may add their own through the manifest's `infoboxLabels`.
 */
export const KNOWN_INFOBOX_LABELS = [
  'Signé',
  'Signée',
  'Expiration',
  'Signataires',
  'Des soirées',
  'Parties',
  'Emplacement',
  'Lieu',
  'Efficace',
  'En vigueur',
  'Entrée en vigueur',
  'Condition',
  'Langues',
  'Langue',
  'Rédigé',
  'Ratifié',
  'Dépositaire',
  'Date',
  'Type',
  'Fondé',
  'Fondation',
  'Capitale',
  'Population',
  'Superficie',
  'Signed',
  'Signatories',
  'Location',
  'Effective',
  'Languages',
  'Drafted',
  'Ratifiers',
  'Depositary'
]

export interface InfoboxField {
  label: string
  value: string | null
  date: WrittenDate | null
}

const NO_EXTRA_LABELS: readonly string[] = []
/** Longest first, sorted once per list of extra labels rather than once per line (an infobox may have millions). */
const sortedLabels = new WeakMap<readonly string[], string[]>()

function labelsLongestFirst(extraLabels: readonly string[]): string[] {
  let labels = sortedLabels.get(extraLabels)
  if (!labels) {
    labels = [...extraLabels, ...KNOWN_INFOBOX_LABELS].sort((a, b) => b.length - a.length)
    sortedLabels.set(extraLabels, labels)
  }
  return labels
}

/** Parses one infobox line. Text is never altered: `label` and `value` are slices of the line. */
export function parseInfoboxField(line: string, extraLabels: readonly string[] = NO_EXTRA_LABELS): InfoboxField {
  const labels = labelsLongestFirst(extraLabels)
  const text = line.trim()
  const known = labels.find((label) => text === label || startsWithWord(text, label))
  const date = findWrittenDate(text)
  if (known) {
    const value = text.slice(known.length).trim()
    return { label: known, value: value === '' ? null : value, date: value === '' ? null : date }
  }
  if (date) {
    const at = text.indexOf(date.written)
    if (at > 0) return { label: text.slice(0, at).trim(), value: text.slice(at), date }
  }
  return { label: text, value: null, date: null }
}

function startsWithWord(text: string, label: string): boolean {
  return text.startsWith(label) && /[\s\u00a0]/.test(text.charAt(label.length))
}
