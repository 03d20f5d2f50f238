// SearchIndex against the real seed article: accent-, punctuation- and script-insensitive matching,
// prefix search, grouping by kind, single-entry updates and the JSON round trip.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { SearchIndex } from '../../../src/shared/search/search-index'
import type { SearchEntry, SearchHit, SearchResults } from '../../../src/shared/search/types'

const seedPath = join(__dirname, '..', '..', '..', 'resources', 'archive', '000_fed214270135fa12.txt')
const lines = readFileSync(seedPath, 'utf8').split('\n')
const passages: SearchEntry[] = lines.flatMap((text, i) =>
  text.trim()
    ? [{ id: `passage:seed:${i + 1}`, kind: 'passage' as const, docId: 'seed', targetId: `line${i + 1}`, text }]
    : []
)

/** The highlighted substrings of a hit's snippet. */
const highlighted = (hit: SearchHit): string[] =>
  hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end))
const passageHits = (results: SearchResults): SearchHit[] =>
  results.groups.find((g) => g.kind === 'passage')?.hits ?? []
const lineOf = (hit: SearchHit): number => Number(hit.targetId.replace('line', ''))

describe('SearchIndex on the seed article', () => {
  let index: SearchIndex
  beforeEach(() => {
    index = new SearchIndex()
    index.add(passages)
  })

  it('finds "Traité sino-soviétique" from "traite sino sovietique" and highlights each word', () => {
    const hits = passageHits(index.search('traite sino sovietique'))
    expect(hits.map(lineOf)).toContain(1)
    const title = hits.find((h) => lineOf(h) === 1) as SearchHit
    expect(highlighted(title).slice(0, 3)).toEqual(['Traité', 'sino', 'soviétique'])
  })

  it('finds the Chinese title from the bigram query 中苏', () => {
    const hits = passageHits(index.search('中苏'))
    expect(hits.map(lineOf)).toEqual([9])
    expect(highlighted(hits[0] as SearchHit)).toContain('中苏')
  })

  it('finds the pinyin with or without tone marks', () => {
    for (const query of ['zhong-su', 'Zhōng-Sū', 'ZHONG SU']) {
      const hits = passageHits(index.search(query))
      expect(hits.map(lineOf), query).toEqual([9])
      expect(highlighted(hits[0] as SearchHit), query).toEqual(['Zhōng', 'Sū'])
    }
  })

  it('matches the word being typed as a prefix: "sovi" finds soviétique', () => {
    const hits = passageHits(index.search('sovi'))
    expect(hits.length).toBeGreaterThan(3)
    expect(highlighted(hits[0] as SearchHit).every((w) => /^sovi/i.test(w.normalize('NFD')))).toBe(true)
    expect(hits.flatMap(highlighted)).toContain('soviétique')
  })

  it('matches the last word exactly once the reader typed a space after it', () => {
    expect(index.search('sovi ').groups).toEqual([])
    expect(passageHits(index.search('sovietiques ')).length).toBeGreaterThan(0)
  })

  it('requires every word of the query', () => {
    expect(passageHits(index.search('staline chine')).map(lineOf)).toEqual([9])
    expect(index.search('staline vietnam').groups).toEqual([])
  })

  it('finds a single CJK character through its unigram', () => {
    expect(passageHits(index.search('條')).map(lineOf)).toEqual([9])
  })

  it('treats a non-breaking space as a space ("103 ko")', () => {
    expect(passageHits(index.search('103 ko')).map(lineOf)).toEqual([26])
  })

  it('returns nothing for a query without words', () => {
    expect(index.search(' - ; … ').groups).toEqual([])
  })
})

describe('SearchIndex entries of several kinds', () => {
  const note: SearchEntry = {
    id: 'note:1',
    kind: 'note',
    docId: 'seed',
    targetId: 'n1',
    title: 'À relire',
    text: 'Comparer avec le mémorandum de Yalta.'
  }

  it('groups hits by kind, passages first, and filters by kind', () => {
    const index = new SearchIndex()
    index.add([
      ...passages,
      note,
      { id: 'tag:traites', kind: 'tag', docId: null, targetId: 'traites', text: 'Traités' }
    ])
    const all = index.search('trait')
    expect(all.groups.map((g) => g.kind)).toEqual(['passage', 'tag'])
    expect(index.search('trait', { kinds: ['tag'] }).groups.map((g) => g.kind)).toEqual(['tag'])
  })

  it('counts every hit but returns at most `limit` per kind', () => {
    const index = new SearchIndex()
    index.add(passages)
    const group = index.search('traite', { limit: 2 }).groups[0]
    expect(group?.hits).toHaveLength(2)
    expect(group?.total).toBeGreaterThan(2)
    expect((group?.hits[0]?.score ?? 0) >= (group?.hits[1]?.score ?? 0)).toBe(true)
  })

  it('highlights matches in a note title', () => {
    const index = new SearchIndex()
    index.add(note)
    const hit = index.search('relire')?.groups[0]?.hits[0]
    expect(hit?.title).toEqual({ text: 'À relire', highlights: [{ start: 2, end: 8 }] })
  })

  it('forgets the old words of a note that changed and finds the new ones', () => {
    const index = new SearchIndex()
    index.add([...passages, note])
    expect(index.search('memorandum').groups.map((g) => g.kind)).toEqual(['note'])
    index.replace({ ...note, text: 'Vérifier la chronologie des négociations.' })
    expect(index.search('memorandum').groups).toEqual([])
    expect(index.search('chronologie').groups[0]?.hits.map((h) => h.id)).toEqual(['note:1'])
    expect(index.get('note:1')?.text).toBe('Vérifier la chronologie des négociations.')
  })

  it('finds nothing of a removed note', () => {
    const index = new SearchIndex()
    index.add([...passages, note])
    const size = index.size
    expect(index.remove('note:1')).toBe(true)
    expect(index.remove('note:1')).toBe(false)
    expect(index.size).toBe(size - 1)
    expect(index.search('memorandum').groups).toEqual([])
    expect(index.search('relire').groups).toEqual([])
  })

  it('gives the same results after a toJSON / fromJSON round trip, and keeps updating', () => {
    const index = new SearchIndex()
    index.add([...passages, note])
    index.remove(passages[3]?.id ?? '')
    const restored = SearchIndex.fromJSON(JSON.stringify(index))
    for (const query of ['traite sino sovietique', '中苏', 'zhong-su', 'sovi', 'memorandum yal', 'chine']) {
      expect(restored.search(query), query).toEqual(index.search(query))
    }
    restored.replace({ ...note, text: 'Nouveau texte' })
    expect(restored.search('memorandum').groups).toEqual([])
    expect(restored.search('nouveau').groups[0]?.hits[0]?.id).toBe('note:1')
  })

  it("finds the same entries whether a term is read from postings or checked in the candidates' text", () => {
    // 400 entries share "commun"; one also has "rarissime": with so few candidates, the index checks
    // "commun" in that entry's text instead of reading 400 postings. Both ways must agree.
    const index = new SearchIndex()
    const common = Array.from({ length: 400 }, (_, i): SearchEntry => ({
      id: `passage:d:${i}`,
      kind: 'passage',
      docId: 'd',
      targetId: `b${i}`,
      text: `Un texte commun numéro ${i}.`
    }))
    index.add([
      ...common,
      { id: 'passage:d:rare', kind: 'passage', docId: 'd', targetId: 'rare', text: 'Le rarissime, le Commun.' }
    ])
    expect(index.search('rarissime commun ').groups[0]?.hits.map((h) => h.id)).toEqual(['passage:d:rare'])
    expect(index.search('rarissime comm').groups[0]?.hits.map((h) => h.id)).toEqual(['passage:d:rare'])
    expect(index.search('rarissime commune').groups).toEqual([])
    expect(index.search('commun num').groups[0]?.total).toBe(400)
  })

  it('rejects data that is not a saved search index', () => {
    expect(() => SearchIndex.fromJSON('{"format":"other"}')).toThrow(/Unsupported/)
  })
})
