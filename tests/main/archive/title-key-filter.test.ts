// The title filter main runs over catalogue.folio's match keys: the library's own rule (titleMatches) for
// any titles and any queries typed one character at a time, backspaces included, whatever it remembered.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { titleKeyFilter } from '../../../src/main/archive/title-key-filter'
import { matchKey, titleMatches } from '../../../src/shared/library/title-filter'

const keysText = (titles: readonly string[]) => titles.map((title) => `${matchKey(title)}\n`).join('')
const expected = (titles: readonly string[], query: string) =>
  titles.flatMap((title, index) => (titleMatches(title, query) ? [index] : []))
const found = (filter: ReturnType<typeof titleKeyFilter>, count: number, query: string) => {
  const positions = filter.filter(query)
  return positions ? [...positions] : Array.from({ length: count }, (_, index) => index)
}

const TITLES = [
  'Traité de Versailles',
  'traité de paix',
  'Conférence de Yalta',
  'Œuvres complètes',
  '中苏友好同盟互助条约',
  '条约 Treaty',
  'Élysée 2',
  'L’accord de Munich',
  'Strasse',
  'Straße',
  '!!!'
]

describe('the title filter over match keys', () => {
  it('finds what titleMatches finds: accents, case, ligatures, prefixes of any word, CJK anywhere', () => {
    const filter = titleKeyFilter(keysText(TITLES))
    expect(filter.count).toBe(TITLES.length)
    for (const query of [
      '',
      ' ',
      'TRAITE',
      'trai de',
      'oeuv',
      'œuvre',
      '条约',
      '同盟',
      'elysee 2',
      'acc',
      'strasse',
      'ß',
      'zzz'
    ])
      expect(found(filter, TITLES.length, query), query).toEqual(expected(TITLES, query))
    expect(filter.filter('')).toBeNull()
  })

  it('counts no key in text after the last line break', () => {
    expect(titleKeyFilter(' a\n b').count).toBe(1)
    expect([...(titleKeyFilter(' a\n b').filter('b') ?? [])]).toEqual([])
  })

  it('agrees with titleMatches for any titles and any query typed, then erased, one character at a time', () => {
    const word = fc.constantFrom(
      'traité',
      'Trai',
      'de',
      'la',
      'PAIX',
      'é',
      'oe',
      'Œu',
      '中苏',
      '条约',
      '1',
      '10',
      'ß',
      'ss',
      '-'
    )
    const title = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '))
    const query = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(title, { maxLength: 60 }), fc.array(query, { maxLength: 3 }), (titles, queries) => {
        const filter = titleKeyFilter(keysText(titles))
        for (const typed of queries) {
          const steps = [...typed].map((_, index) => typed.slice(0, index + 1))
          for (const step of [...steps, ...steps.slice(0, -1).reverse()])
            expect(found(filter, titles.length, step), step).toEqual(expected(titles, step))
        }
      }),
      { numRuns: 200 }
    )
  })
})
