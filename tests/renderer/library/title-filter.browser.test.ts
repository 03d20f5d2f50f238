// The library's title filter in real Chromium (its ICU collation and folding): a query's words must each begin
// a word of the title, accents and case aside, CJK at any character; the list is sorted the French way; and
// the index that narrows from the last query finds exactly what a plain scan of every title finds.

import { describe, expect, it } from 'vitest'
import { createTitleIndex, titleMatches } from '../../../src/shared/library/title-filter'

const TITLES = [
  'Traité d’amitié, d’alliance et d’assistance mutuelle sino-soviétique',
  'Éducation populaire à Pékin',
  'Ecole et révolution',
  'Œuvres complètes',
  'Fable du loup',
  'L’ÉTÉ 1950',
  'Traité numéro 10',
  'Traité numéro 9',
  '中苏友好同盟互助条约',
  '日本のひらがな',
  '中苏Treaty of 1950',
  'abc',
  'Abd'
]
const find = (query: string) => TITLES.filter((title) => titleMatches(title, query))

describe('the title filter’s rule', () => {
  it('ignores accents and case, on both sides', () => {
    expect(find('TRAITE NUMERO')).toEqual(['Traité numéro 10', 'Traité numéro 9'])
    expect(find('éducation')).toEqual(['Éducation populaire à Pékin'])
    expect(find('EDUC')).toEqual(['Éducation populaire à Pékin'])
    expect(find('pekin')).toEqual(['Éducation populaire à Pékin'])
    expect(find('été')).toEqual(['L’ÉTÉ 1950'])
    expect(find('oeuvres')).toEqual(['Œuvres complètes'])
  })

  it('wants each word of the query to begin a word of the title, in any order', () => {
    expect(find('sov')).toEqual([TITLES[0]])
    expect(find('sino-sov')).toEqual([TITLES[0]])
    expect(find('mutuelle traite')).toEqual([TITLES[0]])
    expect(find('alliance')).toEqual([TITLES[0]])
    // Inside a word is not the beginning of one.
    expect(find('vietique')).toEqual([])
    expect(find('cole')).toEqual([])
    expect(find('raite')).toEqual([])
    // Every word must be found: one missing is no match.
    expect(find('traite loup')).toEqual([])
    expect(find('numéro 1')).toEqual(['Traité numéro 10'])
    expect(find('1950')).toEqual(['L’ÉTÉ 1950', '中苏Treaty of 1950'])
  })

  it('finds CJK words at any character, since CJK titles have no spaces', () => {
    expect(find('条约')).toEqual(['中苏友好同盟互助条约'])
    expect(find('友好')).toEqual(['中苏友好同盟互助条约'])
    expect(find('中苏')).toEqual(['中苏友好同盟互助条约', '中苏Treaty of 1950'])
    expect(find('ひらがな')).toEqual(['日本のひらがな'])
    // The characters in that order, not merely all present.
    expect(find('约条')).toEqual([])
    // A Latin word written against CJK characters still begins a word.
    expect(find('treaty')).toEqual(['中苏Treaty of 1950'])
    expect(find('中苏 trea')).toEqual(['中苏Treaty of 1950'])
  })

  it('finds every title for an empty query, or one of spaces and punctuation', () => {
    for (const query of ['', '   ', ' - ', '’']) expect(find(query), JSON.stringify(query)).toEqual(TITLES)
  })
})

describe('the title index', () => {
  it('sorts titles the French way: accents after their letter, case aside, numbers in order', () => {
    const index = createTitleIndex(TITLES, (title) => title)
    const latin = index.sorted.filter((title) => !/^[\u2e80-\uffff]/.test(title))
    expect(latin).toEqual([
      'abc',
      'Abd',
      'Ecole et révolution',
      'Éducation populaire à Pékin',
      'Fable du loup',
      'L’ÉTÉ 1950',
      'Œuvres complètes',
      'Traité d’amitié, d’alliance et d’assistance mutuelle sino-soviétique',
      'Traité numéro 9',
      'Traité numéro 10'
    ])
    expect(index.filter('')).toBe(index.sorted)
  })

  it('finds, keystroke after keystroke and backspace after backspace, what a plain scan finds, in sorted order', () => {
    const titles: string[] = []
    for (let n = 0; n < 3000; n++)
      titles.push(`${['Traité', 'Été', 'Œuvre', '条约', 'Accord'][n % 5]} numéro ${n} ${n % 7 ? 'sino' : 'Sinologie'}`)
    const index = createTitleIndex(titles, (title) => title)
    const typed = 'traite numero 12 sin'
    const queries = [...typed].map((_, i) => typed.slice(0, i + 1))
    const afterBackspaces = queries.slice(0, -1).reverse()
    for (const query of [...queries, ...afterBackspaces, 'sino', 'sinol', '条', '条约 numero 3', 'oeuv 29', 'ete']) {
      const scan = index.sorted.filter((title) => titleMatches(title, query))
      expect(index.filter(query), query).toEqual(scan)
    }
    // And what it finds is what the query says, read by a pattern that knows nothing of the rule.
    const expected = titles
      .filter((title) => /^Traité numéro 12\d* (sino|Sinologie)$/.test(title))
      .sort(new Intl.Collator('fr', { numeric: true }).compare)
    expect(expected.length).toBeGreaterThan(10)
    expect(index.filter(typed)).toEqual(expected)
  })
})
