// A PDF page's text as the reader shows it (items joined, '\n' at each line end) and the page ids of its blocks.

import { describe, expect, it } from 'vitest'
import { pageBlockId, pageOfBlockId, pageText } from '../../../src/shared/copies/pdf-page-text'

describe('pageText', () => {
  it('joins the items of a line and ends a line where pdf.js says one ends', () => {
    const items = [
      { str: 'Le traité ', hasEOL: false },
      { str: 'fut signé', hasEOL: true },
      { str: 'le 14 février 1950.', hasEOL: false }
    ]
    expect(pageText(items)).toBe('Le traité fut signé\nle 14 février 1950.')
  })

  it('keeps an empty item that only marks a line break, and the last line end', () => {
    const items = [
      { str: 'Page 2', hasEOL: false },
      { str: '', hasEOL: true },
      { str: 'Moscou', hasEOL: true }
    ]
    expect(pageText(items)).toBe('Page 2\nMoscou\n')
  })

  it('ignores marked content (no str) and gives an empty page an empty text', () => {
    const items = [
      { type: 'beginMarkedContentProps', id: 'mc0' },
      { str: '毛泽东', hasEOL: false },
      { type: 'endMarkedContent' }
    ]
    expect(pageText(items)).toBe('毛泽东')
    expect(pageText([])).toBe('')
  })
})

describe('page block ids', () => {
  it('names page n "page-n" and reads the page back', () => {
    expect(pageBlockId(1)).toBe('page-1')
    expect(pageBlockId(312)).toBe('page-312')
    expect(pageOfBlockId(pageBlockId(312))).toBe(312)
  })

  it('reads no page from an article block id or a malformed one', () => {
    for (const id of ['p-3f2a', 'page-0', 'page-', 'page-01', 'page-1.5', 'page--2', ' page-2', 'page-2 ', 'Page-2']) {
      expect(pageOfBlockId(id), id).toBeNull()
    }
    expect(pageOfBlockId('page-99999999999999999999')).toBeNull()
  })

  it('refuses to name a page that cannot exist', () => {
    for (const page of [0, -1, 1.5, Number.NaN]) expect(() => pageBlockId(page), String(page)).toThrow(RangeError)
  })
})
