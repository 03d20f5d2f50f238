// A copy as a document: one paragraph per page, so annotations and search address its pages like article blocks.

import { describe, expect, it } from 'vitest'
import { blockOffsets, documentText } from '../../../src/shared/archive/document'
import { copyDocument } from '../../../src/shared/copies/copy-document'

const doc = copyDocument({
  id: 'c-0123456789abcdef',
  title: 'The Sino-Soviet Alliance (test)',
  pages: ['Page 1\nLe traité fut signé.', '', 'Page 3\nMoscou, 1950.']
})

describe('copyDocument', () => {
  it('has a paragraph block per page, in order, with the page text as it is', () => {
    expect(doc.blocks).toEqual([
      { id: 'page-1', kind: 'paragraph', text: 'Page 1\nLe traité fut signé.', sectionId: null },
      { id: 'page-2', kind: 'paragraph', text: '', sectionId: null },
      { id: 'page-3', kind: 'paragraph', text: 'Page 3\nMoscou, 1950.', sectionId: null }
    ])
  })

  it("shows the copy's title and has no article parts", () => {
    expect(doc).toMatchObject({
      id: 'c-0123456789abcdef',
      titleLine: 'The Sino-Soviet Alliance (test)',
      title: 'The Sino-Soviet Alliance (test)',
      englishTitle: null,
      language: '',
      infobox: null,
      sections: [],
      references: [],
      links: []
    })
  })

  it('places each page in the document text where blockOffsets says (pages joined by a newline)', () => {
    const text = documentText(doc)
    expect(text).toBe('Page 1\nLe traité fut signé.\n\nPage 3\nMoscou, 1950.')
    const offsets = blockOffsets(doc)
    expect(text.startsWith('Page 3', offsets.get('page-3'))).toBe(true)
    expect(offsets.get('page-2')).toBe('Page 1\nLe traité fut signé.'.length + 1)
  })

  it('makes a document with no blocks of a copy with no pages', () => {
    expect(copyDocument({ id: 'c-0000000000000000', title: 'Vide', pages: [] }).blocks).toEqual([])
  })
})
