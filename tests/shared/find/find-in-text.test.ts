import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentText } from '../../../src/shared/archive/document'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { findInDocument } from '../../../src/shared/search/find-in-text'
import { seedFile } from '../../fixtures/archive-files'

const doc = parseArticle(readFileSync(seedFile, 'utf8'), { id: 'seed' })
const text = documentText(doc)
const found = (query: string) => findInDocument(doc, query).map(({ start, end }) => text.slice(start, end))

describe('find in the document', () => {
  it('ignores case and accents', () => {
    expect(found('TRAITE SINO-SOVIETIQUE')).toEqual([
      'Traité sino-soviétique',
      'traité sino-soviétique',
      'traité sino-soviétique'
    ])
  })

  it('lets a space match a hyphen or a non-breaking space', () => {
    expect(found('sino sovietique')[0]).toBe('sino-soviétique')
    expect(found('fevrier 1979 1979')).toEqual(['février 1979\u00a0( 1979'])
  })

  it('finds Chinese characters and pinyin without tone marks', () => {
    expect(found('中苏')).toEqual(['中苏'])
    expect(found('zhong su')).toEqual(['Zhōng-Sū'])
  })

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(found('')).toEqual([])
    expect(found(' - ')).toEqual([])
  })

  it('returns offsets in reading order', () => {
    const ranges = findInDocument(doc, 'chine')
    expect(ranges.length).toBeGreaterThan(5)
    expect(ranges.every((range, i) => i === 0 || range.start > ranges[i - 1]!.start)).toBe(true)
  })
})
