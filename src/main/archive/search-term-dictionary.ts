// One kind's term dictionary of search.folio, read and checked once at opening and kept in memory: sorted
// terms, their document frequencies and the offsets of their posting lists; looked up by binary search.

import type { FileHandle } from 'node:fs/promises'
import type { QueryTerm } from '../../shared/search/query'
import { DEFAULT_MAX_EXPANSIONS } from '../../shared/search/search-index'
import { rankCompletions } from '../../shared/search/term-index'
import { SEARCH_KINDS } from '../../shared/search/types'
import { ArchiveError } from './archive-error'
import { align8, damaged, tablesLength, type KindSection } from './search-file-format'
import { readRange } from './search-file-ranges'
import { lowerBound } from '../../shared/search/lower-bound'

/** One kind's term dictionary, in memory: sorted terms, their document frequencies and list offsets. */
export interface KindIndex {
  section: KindSection
  terms: string[]
  frequencies: Uint32Array
  /** terms + 1 offsets of the posting lists, relative to the postings. */
  offsets: Float64Array
  /** Cache key of the kind's first list (its place in SEARCH_KINDS × 2³²); list `at` has key + at. */
  key: number
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Position of the first term not below `term`. */
const termBound = (terms: readonly string[], term: string): number =>
  lowerBound(terms.length, (at) => (terms[at] as string) < term)

/** Document frequency of `term` in the kind (0 when it is not there). */
export function frequencyOf(index: KindIndex, term: string): number {
  const at = termBound(index.terms, term)
  return index.terms[at] === term ? (index.frequencies[at] as number) : 0
}

/** The term positions that satisfy a query term: itself, or its most frequent completions (as TermIndex). */
export function positionsOf(index: KindIndex, q: QueryTerm): number[] {
  const { terms, frequencies } = index
  if (!q.prefix) {
    const at = termBound(terms, q.term)
    return terms[at] === q.term ? [at] : []
  }
  // Folded terms never hold U+FFFF: every completion of the prefix sorts before prefix + U+FFFF.
  const from = termBound(terms, q.term)
  const to = termBound(terms, q.term + '\uffff')
  return rankCompletions(
    from,
    to,
    (i) => frequencies[i] as number,
    (i) => (terms[i] as string).length,
    DEFAULT_MAX_EXPANSIONS
  )
}

/** Reads and checks one kind's dictionary: sorted distinct terms, frequencies and offsets that fit. */
export async function loadKind(handle: FileHandle, section: KindSection): Promise<KindIndex> {
  let text: string
  try {
    text = utf8.decode(await readRange(handle, section.termsAt, section.termsLength))
  } catch (error) {
    throw error instanceof ArchiveError ? error : damaged('des termes illisibles')
  }
  const terms = section.terms === 0 ? [] : text.split('\n')
  if (terms.length !== section.terms) throw damaged('un nombre de termes faux')
  for (let i = 0; i < terms.length; i++) {
    if ((terms[i] as string).length === 0 || (i > 0 && !((terms[i - 1] as string) < (terms[i] as string))))
      throw damaged('des termes en désordre')
  }
  const tables = await readRange(handle, section.tablesAt, tablesLength(section.terms))
  const frequencies = new Uint32Array(tables.buffer, 0, section.terms)
  const offsets = new Float64Array(tables.buffer, align8(section.terms * 4), section.terms + 1)
  if (offsets[0] !== 0 || offsets[section.terms] !== section.postingsLength) throw damaged('des listes hors de place')
  for (let i = 0; i < section.terms; i++) {
    const frequency = frequencies[i] as number
    const bytes = (offsets[i + 1] as number) - (offsets[i] as number)
    if (frequency < 1 || frequency > section.size || bytes !== frequency * 4)
      throw damaged('une liste d’occurrences impossible')
  }
  return { section, terms, frequencies, offsets, key: SEARCH_KINDS.indexOf(section.kind) * 2 ** 32 }
}
