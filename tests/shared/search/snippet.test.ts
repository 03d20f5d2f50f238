// Snippets: matches found in folded text are highlighted at the right places of the original text,
// and the excerpt is cut around the densest group of matches.

import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../../src/shared/search/query'
import { buildSnippet, findMatches, mergeRanges, snippetFor } from '../../../src/shared/search/snippet'

const marked = (text: string, ranges: { start: number; end: number }[]): string[] =>
  ranges.map((r) => text.slice(r.start, r.end))

describe('findMatches', () => {
  it('highlights original words whose folded form matches, across accents and ligatures', () => {
    const text = 'Le Cœur du traité SINO-SOVIÉTIQUE'
    expect(marked(text, findMatches(text, parseQuery('coeur traite sovietique ')))).toEqual([
      'Cœur',
      'traité',
      'SOVIÉTIQUE'
    ])
  })

  it('highlights the whole word a prefix starts', () => {
    const text = 'les Soviétiques ont reconnu'
    expect(marked(text, findMatches(text, parseQuery('sovi')))).toEqual(['Soviétiques'])
  })

  it('highlights CJK bigrams and merges overlapping ones', () => {
    const text = '（中苏友好同盟互助条约）'
    expect(marked(text, findMatches(text, parseQuery('中苏友好')))).toEqual(['中苏友好'])
  })

  it('highlights pinyin written with tone marks for a query without them', () => {
    const text = 'pinyin : Zhōng-Sū Yǒuhǎo'
    expect(marked(text, findMatches(text, parseQuery('zhong su youhao ')))).toEqual(['Zhōng', 'Sū', 'Yǒuhǎo'])
  })

  it('finds nothing for an empty query', () => {
    expect(findMatches('texte', [])).toEqual([])
  })
})

describe('mergeRanges', () => {
  it('sorts and merges overlapping or touching ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 7 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 6, end: 9 }
      ])
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 }
    ])
  })
})

describe('buildSnippet', () => {
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(10)
  const text = `${filler}Le traité sino-soviétique fut signé à Moscou. ${filler}`

  it('cuts an excerpt around the match, with ellipses and highlights relative to the excerpt', () => {
    const snippet = snippetFor(text, parseQuery('traite sovietique '), 80)
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(marked(snippet.text, snippet.highlights)).toEqual(['traité', 'soviétique'])
    expect(snippet.text.length).toBeLessThanOrEqual(80 * 1.25 + 2)
    expect(text.slice(snippet.start, snippet.end)).toBe(snippet.text.slice(1, -1))
  })

  it('starts an excerpt without ellipsis when the match is near the start', () => {
    const snippet = snippetFor('Traité de paix. ' + filler, parseQuery('traite '), 60)
    expect(snippet.text.startsWith('Traité')).toBe(true)
    expect(snippet.highlights[0]).toEqual({ start: 0, end: 6 })
  })

  it('shows the start of the text when nothing matches', () => {
    const snippet = buildSnippet(text, [], 40)
    expect(snippet.start).toBe(0)
    expect(snippet.highlights).toEqual([])
    expect(snippet.text.startsWith('Lorem ipsum')).toBe(true)
  })

  it('keeps a short text whole', () => {
    expect(snippetFor('Cœur', parseQuery('coeur'))).toEqual({
      text: 'Cœur',
      start: 0,
      end: 4,
      highlights: [{ start: 0, end: 4 }]
    })
  })
})
