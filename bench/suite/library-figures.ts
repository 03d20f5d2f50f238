// The library's title filter at 100,000 titles (src/shared/library/title-filter.ts): queries typed one
// keystroke at a time and erased again, each keystroke timed, against a plain `Array.filter(includes)` baseline.

import { createTitleIndex } from '../../src/shared/library/title-filter'
import { createRandom } from '../random'
import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, percentile, round } from './stats'

const WORDS = [
  'traité',
  'amitié',
  'alliance',
  'assistance',
  'mutuelle',
  'sino-soviétique',
  'Chine',
  'Union',
  'Pékin',
  'Moscou',
  'accord',
  'conférence',
  'histoire',
  'révolution',
  'économie',
  'œuvre',
  'éducation',
  'été',
  'frontière',
  'république',
  'populaire',
  'négociation',
  'armée',
  'coopération',
  'Mandchourie',
  'chemin',
  'fer',
  'port',
  'l’Extrême-Orient',
  'congrès',
  'délégation',
  'ministère',
  'Staline',
  'Mao',
  'Zhou',
  'Enlai',
  '条约',
  '友好'
]
/** What a reader looks for, typed letter by letter: one word, two words, a word and a number. */
const QUERIES = ['traite', 'revolution chine', 'econ 19', 'amitie all', 'delegation moscou', 'frontiere', 'oeuvre 3']

/** Titles of two to seven words of the archive's vocabulary, with a year: the same every run. */
function titles(n: number): string[] {
  const random = createRandom(14)
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const words: string[] = []
    for (let k = 2 + Math.floor(random() * 6); k > 0; k--)
      words.push(WORDS[Math.floor(random() * WORDS.length)] as string)
    out.push(`${words.join(' ')} ${1900 + Math.floor(random() * 120)}`)
  }
  return out
}

/** Every prefix of each query, then back down to one letter: the keystrokes of typing it and erasing it. */
function keystrokes(): string[] {
  return QUERIES.flatMap((query) => {
    const typed = [...query].map((_, i) => query.slice(0, i + 1))
    return [...typed, ...typed.slice(0, -1).reverse()]
  })
}

function timeEach(queries: readonly string[], run: (query: string) => unknown): number[] {
  return queries.map((query) => {
    const started = performance.now()
    run(query)
    return performance.now() - started
  })
}

export function libraryFigures(sizes: Sizes): Figure[] {
  const all = titles(sizes.libraryTitles)
  const typed = keystrokes()
  const started = performance.now()
  const index = createTitleIndex(all, (title) => title)
  const build = performance.now() - started
  // Warm both up once (JIT, the folding's caches), then measure a fresh index, as a new archive would have.
  for (const query of typed) index.filter(query)
  const measured = createTitleIndex(all, (title) => title)
  const folio = timeEach(typed, (query) => measured.filter(query))
  const plain = (query: string) => all.filter((title) => title.toLowerCase().includes(query))
  for (const query of typed) plain(query)
  const baseline = timeEach(typed, plain)
  const p95 = percentile(folio, 95)
  const baselineP95 = percentile(baseline, 95)
  const n = all.length.toLocaleString('en-US')
  const runs = count(typed.length, 'keystroke')
  return [
    {
      id: 'library.index.build',
      label: `Library list: sort (French collation) and fold ${n} titles, once per archive`,
      value: round(build, 1),
      unit: 'ms'
    },
    {
      id: 'library.filter.p95',
      label: `Library title filter: p95 per keystroke at ${n} titles`,
      value: round(p95, 2),
      unit: 'ms',
      budget: 16,
      note: `${runs} (${QUERIES.length} queries typed then erased); the filter alone, the list draws only the rows in view`
    },
    {
      id: 'library.filter.baseline.p95',
      label: `Baseline: plain Array.filter(toLowerCase().includes) at ${n} titles, p95 per keystroke`,
      value: round(baselineP95, 2),
      unit: 'ms',
      note: 'no accent folding, no word prefixes: the cheapest filter there is'
    },
    {
      id: 'library.filter.ratio',
      label: 'Library title filter p95 ÷ the plain baseline’s',
      value: round(p95 / baselineP95, 2),
      unit: 'x'
    }
  ]
}
