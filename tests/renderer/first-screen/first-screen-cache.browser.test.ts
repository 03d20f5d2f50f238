// The first frame's cache (localStorage): kept for one document, the one on screen (the next start opens on
// it), read back only for the same document and text, never trusted when damaged, emptied with the user's data.

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PaintedSpan } from '../../../src/renderer/src/annotations/dom/highlight-painter'
import { cacheFirstScreen, readFirstScreenCache } from '../../../src/renderer/src/first-screen/first-screen-cache'

const KEY = 'folio:first-screen'
const opening = {
  blocks: [
    { id: 't-1', text: 'Traité' },
    { id: 'p-2', text: 'Le traité sino-soviétique' }
  ]
}
const edited = {
  blocks: [
    { id: 't-1', text: 'Traité' },
    { id: 'p-9', text: 'Le traité sino-soviétique, révisé' }
  ]
}
const spans: PaintedSpan[] = [
  { id: 'a', color: 'yellow', start: 7, end: 13 },
  { id: 'b', color: 'green', start: 10, end: 20 }
]
const nothing = { spans: null, reading: null }

const cachePaintedSpans = (id: string, document: typeof opening, painted: PaintedSpan[]) =>
  cacheFirstScreen(id, document, { spans: painted })
const cacheReadingPosition = (id: string, document: typeof opening, reading: { blockId: string; fraction: number }) =>
  cacheFirstScreen(id, document, { reading })

beforeEach(() => localStorage.removeItem(KEY))
afterEach(() => localStorage.removeItem(KEY))

describe('the first frame’s cache', () => {
  it('gives back the highlights and the reading position of the opening document', () => {
    cachePaintedSpans('opening', opening, spans)
    cacheReadingPosition('opening', opening, { blockId: 'p-2', fraction: 0.5 })
    expect(readFirstScreenCache('opening', opening)).toEqual({ spans, reading: { blockId: 'p-2', fraction: 0.5 } })
    cachePaintedSpans('opening', opening, spans.slice(1))
    expect(readFirstScreenCache('opening', opening)).toEqual({
      spans: spans.slice(1),
      reading: { blockId: 'p-2', fraction: 0.5 }
    })
  })

  it('keeps one document, the last on screen, and gives nothing for another version of the text', () => {
    cachePaintedSpans('opening', opening, spans)
    cacheReadingPosition('opening', opening, { blockId: 'p-2', fraction: 0.5 })
    // The user opened another document: the next start opens on it, so the cache is now its own.
    cachePaintedSpans('other', edited, spans.slice(1))
    expect(readFirstScreenCache('other', edited)).toEqual({ spans: spans.slice(1), reading: null })
    expect(readFirstScreenCache('opening', opening)).toEqual(nothing)
    cachePaintedSpans('opening', opening, spans)
    expect(readFirstScreenCache('opening', edited)).toEqual(nothing)
  })

  it('ignores a damaged cache, or damaged entries in it', () => {
    localStorage.setItem(KEY, '{"documentId":')
    expect(readFirstScreenCache('opening', opening)).toEqual(nothing)
    cachePaintedSpans('opening', opening, spans)
    const cached = JSON.parse(localStorage.getItem(KEY)!)
    cached.spans.push(['c', 'ultraviolet', 1, 2], ['d', 'pink', 5, 3], ['e', 'blue', '1', 4])
    cached.reading = { blockId: 42 }
    localStorage.setItem(KEY, JSON.stringify(cached))
    expect(readFirstScreenCache('opening', opening)).toEqual({ spans, reading: null })
  })

  it('holds no highlight and no position once the user’s data is cleared', () => {
    cachePaintedSpans('opening', opening, spans)
    cacheReadingPosition('opening', opening, { blockId: 'p-2', fraction: 0.5 })
    cacheFirstScreen('opening', opening, { spans: [], reading: null })
    expect(readFirstScreenCache('opening', opening)).toEqual({ spans: [], reading: null })
  })
})
