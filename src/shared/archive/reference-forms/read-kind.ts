// Tells what kind of work a reference names from the words after its title ("In", "Thèse de doctorat",
// "PhD diss.", "Rapport", "Working Paper", "vol.", a web address): the CSL type, or null when none is said.

import type { ReferenceKind } from '../document'
import { findWord } from './scan'

export const THESIS_WORDS = [
  'thèse',
  'these de doctorat',
  'diss.',
  'dissertation',
  'thesis',
  'mémoire de master',
  'mémoire de maîtrise',
  'mémoire de dea',
  'habilitation à diriger des recherches'
]
export const REPORT_WORDS = [
  'rapport',
  'report',
  'working paper',
  'document de travail',
  'policy brief',
  'note de recherche',
  'white paper',
  'livre blanc'
]
/** Editor markers inside a chapter's book part (lower case). */
export const EDITOR_INFIXES = [
  ', edited by ',
  ', ed. by ',
  ', ed. ',
  ', eds. ',
  ', éd. ',
  ', éds. ',
  ', dir. ',
  ', sous la direction de ',
  ', coord. '
]
export const EDITOR_PARENS = ['(dir.)', '(dirs.)', '(éd.)', '(éds.)', '(ed.)', '(eds.)', '(coord.)', '(hrsg.)']
export const WEB_WORDS = ['[en ligne]', '[online]', 'en ligne', 'consulté le', 'accessed', 'retrieved']
/** The words after which a web page's dates are the reader's, not the page's. */
export const ACCESS_WORDS = [
  'consulté le',
  'consulté',
  'accessed',
  'retrieved',
  'disponible sur',
  'available at',
  'available from'
]

/** The prefix of a chapter's book ("In ", "In : ", "Dans "), or -1: where the book part starts. */
export function inMarkerEnd(text: string, at: number): number {
  for (const marker of ['In', 'Dans']) {
    if (!text.startsWith(marker, at)) continue
    let end = at + marker.length
    if (!/[\s:]/.test(text.charAt(end))) continue
    while (/[\s:]/.test(text.charAt(end))) end++
    return end
  }
  return -1
}

/** Whether the text holds a journal's volume or issue: "vol. 38", "38#1", "38(1)", "38, no. 1". */
export function hasVolume(rest: string): boolean {
  return /\bvol\.?\s?\d|\d#\d|\d\(\d|\d, no\. \d|n° ?\d/i.test(rest)
}

export interface KindFound {
  kind: ReferenceKind
  /** Where the word that tells the kind is, in the text, or -1. */
  at: number
}

/**
 * The kind of the work whose title ends at `restStart`, from the text after it (`lower` is the text in lower
 * case) up to `zoneEnd` (the web address or the reader's access date); a web address counts only when
 * nothing else tells the kind, a DOI never.
 */
export function readKind(text: string, lower: string, restStart: number, hasUrl: boolean): KindFound | null {
  const start = restStart + (/[.,\s]/.test(text.charAt(restStart)) ? 1 : 0)
  let first = start
  while (/[\s.,]/.test(text.charAt(first))) first++
  if (inMarkerEnd(text, first) >= 0) return { kind: 'chapter', at: first }
  const thesis = findWord(lower, THESIS_WORDS, start)
  if (thesis.index >= 0) return { kind: 'thesis', at: thesis.index }
  const report = findWord(lower, REPORT_WORDS, start)
  if (report.index >= 0) return { kind: 'report', at: report.index }
  const rest = lower.slice(start)
  if (EDITOR_INFIXES.some((infix) => rest.includes(infix)) || EDITOR_PARENS.some((paren) => rest.includes(paren))) {
    return { kind: 'chapter', at: first }
  }
  if (hasVolume(rest)) return { kind: 'article-journal', at: -1 }
  if (hasUrl || WEB_WORDS.some((word) => rest.includes(word))) return { kind: 'webpage', at: -1 }
  return null
}
