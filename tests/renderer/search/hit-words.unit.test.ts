import { describe, expect, it } from 'vitest'
import { hitWordRanges, holdHitWords, lastHitWords, markHitWords } from '../../../src/renderer/src/search/hit-words'
import { buildSnippet } from '../../../src/shared/search/snippet'
import type { SearchHit } from '../../../src/shared/search/types'

/** The ranges of every occurrence of `word` in `text`. */
const occurrences = (text: string, word: string) =>
  [...text.matchAll(new RegExp(word, 'g'))].map((match) => ({ start: match.index, end: match.index + word.length }))

const PAGE = [
  'La délégation arriva à Moscou en décembre.',
  ...Array.from({ length: 30 }, (_, n) => `Séance ${n + 1} : les articles relus un à un, ligne à ligne.`),
  'Le secrétaire Quimbrelasque rangea les brouillons, puis Quimbrelasque ferma la salle.'
].join(' ')

describe('hitWordRanges', () => {
  it('finds a snippet’s words in the text it was cut from, after the "…" of a cut', () => {
    const matches = occurrences(PAGE, 'Quimbrelasque')
    const snippet = buildSnippet(PAGE, matches)
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(hitWordRanges(snippet, PAGE)).toEqual(matches)
  })

  it('finds the words of a snippet that starts with the text', () => {
    const matches = occurrences(PAGE, 'délégation')
    const snippet = buildSnippet(PAGE, matches)
    expect(snippet.text.startsWith('…')).toBe(false)
    expect(hitWordRanges(snippet, PAGE)).toEqual(matches)
  })

  it('marks nothing where the text no longer has the words (the page changed since it was indexed)', () => {
    const snippet = buildSnippet(PAGE, occurrences(PAGE, 'Quimbrelasque'))
    expect(hitWordRanges(snippet, PAGE.replace(/Quimbrelasque/g, 'Dupont-Martin'))).toEqual([])
  })
})

describe('the words of the hit opened', () => {
  const hit = (kind: SearchHit['kind'], docId: string): SearchHit => ({
    id: `doc:${docId}|${kind}|page-1`,
    kind,
    docId,
    targetId: 'page-1',
    score: 1,
    snippet: { text: 'le secrétaire Quimbrelasque', start: 0, end: 27, highlights: [{ start: 14, end: 27 }] }
  })
  const afterRender = () => new Promise((resolve) => setTimeout(resolve, 5))

  it('asks again for each passage hit opened, the same words too; a note’s hit asks nothing', () => {
    markHitWords(hit('passage', 'c-1'))
    const first = lastHitWords()
    markHitWords(hit('passage', 'c-1'))
    expect(lastHitWords()?.serial).toBe((first?.serial ?? 0) + 1)
    markHitWords(hit('note', 'c-2'))
    expect(lastHitWords()?.documentId).toBe('c-1')
  })

  it('drops the request once its document’s reader closes, not when it is mounted again at once', async () => {
    markHitWords(hit('passage', 'c-3'))
    const release = holdHitWords('c-3')
    release()
    // Mounted again in the same turn (React's StrictMode): the request stays.
    const again = holdHitWords('c-3')
    await afterRender()
    expect(lastHitWords()?.documentId).toBe('c-3')
    again()
    await afterRender()
    expect(lastHitWords()).toBeNull()
  })
})
