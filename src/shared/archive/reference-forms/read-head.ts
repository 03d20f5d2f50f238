// The head every form of reference starts with: the names (authors, or editors when followed by "dir." or
// "ed."), an APA year in parentheses after them, and the title, quoted (« », " ", “ ”) or the next sentence.

import type { Person } from '../document'
import { findQuoted } from '../find-quoted'
import { SPACES_COMMAS, SPACES_COMMAS_PERIODS, trimChars, trimCharsEnd } from '../trim-chars'
import { parseNames } from './parse-names'
import { firstYear, sentenceEnd, skipPunctuation } from './scan'

export interface Head {
  authors: Person[]
  /** The names when they are the editors of the work ("DURAND, Jean (dir.)", "Westad, Odd Arne, ed."). */
  editors: Person[] | null
  title: string | null
  /** The year APA writes after the names, "(1983)" or "(2020, March 3)". */
  year: number | null
  /** Whether the names were followed by an APA date in parentheses, "(n.d.)" included: the APA form. */
  apaDated: boolean
  /** Where what follows the title starts. */
  restStart: number
}

/** Endings of a name list that make its people editors (lower case). */
const EDITOR_ENDINGS = [
  '(dir.)',
  '(dirs.)',
  '(éd.)',
  '(éds.)',
  '(ed.)',
  '(eds.)',
  '(coord.)',
  ', ed.',
  ', eds.',
  ', dir.',
  ', éd.'
]
/** ", ed." after the names ends them, though "ed." alone does not end a sentence. */
const EDITOR_INFIXES = [', ed. ', ', eds. ', ', dir. ', ', éd. ']

/** The names' text and whether they are editors. */
function readNames(text: string): { names: Person[]; editors: boolean } {
  const trimmed = trimChars(text, SPACES_COMMAS)
  const lower = `${trimmed}.`.toLowerCase()
  const ending = EDITOR_ENDINGS.find((candidate) => lower.endsWith(`${candidate}.`) || lower.endsWith(candidate))
  if (ending === undefined) return { names: parseNames(trimmed, 'family-first'), editors: false }
  const cut = lower.lastIndexOf(ending.replace(/\.$/, ''))
  return { names: parseNames(trimChars(trimmed.slice(0, cut), SPACES_COMMAS), 'family-first'), editors: true }
}

/** APA's "(1983)" or "(n.d.)" at the end of the names: the year and where the names end. */
function apaYear(text: string, namesEnd: number): { year: number | null; cut: number } | null {
  const trimmed = trimCharsEnd(text.slice(0, namesEnd), SPACES_COMMAS_PERIODS)
  if (!trimmed.endsWith(')')) return null
  const open = trimmed.lastIndexOf('(')
  if (open < 0) return null
  const inner = trimmed
    .slice(open + 1, -1)
    .trim()
    .toLowerCase()
  if (inner === 'n.d.' || inner === 's.d.' || inner === 'n.d' || inner === 's.d') return { year: null, cut: open }
  const found = firstYear(inner, 0, inner.length)
  return found && found.index === 0 ? { year: found.year, cut: open } : null
}

/** Where the first sentence (the names) ends: at its period, or at ", ed." that closes an editor list. */
function namesEnd(text: string): number {
  const end = sentenceEnd(text, 0)
  const lower = text.slice(0, end).toLowerCase()
  for (const infix of EDITOR_INFIXES) {
    const at = lower.indexOf(infix)
    if (at >= 0) return at + infix.length - 2
  }
  return end
}

/** The head of a reference, or null when no sentence ends in it (nothing can be told apart). */
export function readHead(text: string): Head | null {
  let end = namesEnd(text)
  const quoted = findQuoted(text)
  // A year in parentheses after the names ("Fairbank, J. K. (1983)." or "World Bank. (2019).").
  let year: number | null = null
  let apaDated = false
  let afterNames = skipPunctuation(text, end + 1)
  const inNames = apaYear(text, end)
  if (inNames) {
    year = inNames.year
    apaDated = true
    end = inNames.cut
  } else if (text.charAt(afterNames) === '(') {
    const close = text.indexOf(')', afterNames)
    const paren = close > 0 ? apaYear(text, close + 1) : null
    if (paren && close - afterNames < 40) {
      year = paren.year
      apaDated = true
      afterNames = skipPunctuation(text, close + 1)
    }
  }
  if (quoted && quoted.index <= afterNames) {
    const names = readNames(text.slice(0, Math.min(end, quoted.index)))
    return {
      authors: names.editors ? [] : names.names,
      editors: names.editors ? names.names : null,
      title: quoted.title.replace(/[.,]$/, '') || null,
      year,
      apaDated,
      restStart: quoted.end
    }
  }
  if (end >= text.length) return null
  const names = readNames(text.slice(0, end))
  const titleStart = afterNames
  let titleEnd = sentenceEnd(text, titleStart, text.length, true)
  // "Title (Report No. 12)." or "Title (2nd ed.).": what the parentheses hold is not the title.
  const raw = trimCharsEnd(text.slice(titleStart, titleEnd), SPACES_COMMAS_PERIODS)
  if (raw.endsWith(')') && raw.lastIndexOf(' (') > 0) titleEnd = titleStart + raw.lastIndexOf(' (')
  const title = trimChars(text.slice(titleStart, titleEnd), SPACES_COMMAS_PERIODS)
  return {
    authors: names.editors ? [] : names.names,
    editors: names.editors ? names.names : null,
    title: title || null,
    year,
    apaDated,
    restStart: titleEnd
  }
}
