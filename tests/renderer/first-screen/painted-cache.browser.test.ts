// The first frame's highlight cache (localStorage): kept for the opening document only, read back only
// for the same text, and never trusted when damaged.

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PaintedSpan } from '../../../src/renderer/src/annotations/dom/highlight-painter'
import { clearPaintedCache, readPaintedCache, writePaintedCache } from '../../../src/renderer/src/first-screen/painted-cache'
import { EMBEDDED_ARCHIVE_ID } from '../../../src/shared/first-screen/first-screen-ids'

const opening = { blocks: [{ id: 't-1', text: 'Traité' }, { id: 'p-2', text: 'Le traité sino-soviétique' }] }
const edited = { blocks: [{ id: 't-1', text: 'Traité' }, { id: 'p-9', text: 'Le traité sino-soviétique, révisé' }] }
const spans: PaintedSpan[] = [
  { id: 'a', color: 'yellow', start: 7, end: 13 },
  { id: 'b', color: 'green', start: 10, end: 20 }
]

beforeEach(() => {
  // The archive main embeds in the page: its first document is the one the first screen shows.
  const block = document.createElement('script')
  block.type = 'application/json'
  block.id = EMBEDDED_ARCHIVE_ID
  block.textContent = JSON.stringify({ ok: true, archive: { name: 'x', description: '', documents: [{ id: 'opening' }, { id: 'other' }] } })
  document.body.append(block)
})
afterEach(() => clearPaintedCache())

describe('the first frame’s highlight cache', () => {
  it('gives back what was painted on the opening document', () => {
    writePaintedCache('opening', opening, spans)
    expect(readPaintedCache('opening', opening)).toEqual(spans)
  })

  it('keeps nothing for another document, and nothing for another version of the text', () => {
    writePaintedCache('other', opening, spans)
    expect(readPaintedCache('other', opening)).toBeNull()
    writePaintedCache('opening', opening, spans)
    expect(readPaintedCache('opening', edited)).toBeNull()
  })

  it('ignores a damaged cache, or damaged entries in it', () => {
    localStorage.setItem('folio:first-screen-highlights', '{"documentId":')
    expect(readPaintedCache('opening', opening)).toBeNull()
    writePaintedCache('opening', opening, spans)
    const cached = JSON.parse(localStorage.getItem('folio:first-screen-highlights')!)
    cached.spans.push(['c', 'ultraviolet', 1, 2], ['d', 'pink', 5, 3], ['e', 'blue', '1', 4])
    localStorage.setItem('folio:first-screen-highlights', JSON.stringify(cached))
    expect(readPaintedCache('opening', opening)).toEqual(spans)
  })

  it('is forgotten when the user clears their data', () => {
    writePaintedCache('opening', opening, spans)
    clearPaintedCache()
    expect(readPaintedCache('opening', opening)).toBeNull()
  })
})
