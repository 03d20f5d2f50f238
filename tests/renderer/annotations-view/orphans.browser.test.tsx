// The annotations view's places and orphans in real Chromium: a passage names its section, an annotation whose
// passage is gone from its document's text is found by "Passages introuvables", and a quote opens its annotation.

import { act } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import type { ArticleDocument } from '../../../src/shared/archive/document'
import { AnnotationsView } from '../../../src/renderer/src/annotations-view/annotations-view'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { NoticeProvider } from '../../../src/renderer/src/layout/notice'
import i18next from '../../../src/renderer/src/i18n/i18n'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const database = new FolioDb(`annotations-view-orphans-${crypto.randomUUID()}`)
const text = ['Traité sino-soviétique', 'Histoire', 'Le traité fut signé à Moscou le 14 février 1950.']
const document: ArticleDocument = {
  id: 'doc-t',
  titleLine: text[0]!,
  title: text[0]!,
  englishTitle: null,
  language: 'fr',
  infobox: null,
  blocks: [
    { id: 'b-title', kind: 'title', text: text[0]!, title: text[0]!, englishTitle: null },
    { id: 'b-head', kind: 'heading', text: text[1]!, sectionId: 's-1' },
    { id: 'b-para', kind: 'paragraph', text: text[2]!, sectionId: 's-1' }
  ],
  sections: [{ id: 's-1', heading: 'Histoire', role: 'other', blockIds: ['b-para'] }],
  references: [],
  links: []
}
const documents: ArchiveDocumentEntry[] = [{ id: 'doc-t', origin: 'archive', file: 't.md', notes: [], document }]
const paragraphStart = text[0]!.length + 1 + text[1]!.length + 1

function annotation(id: string, exact: string, start: number): Annotation {
  return {
    id,
    documentId: 'doc-t',
    target: {
      blockId: 'b-para',
      blockOffset: start - paragraphStart,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + exact.length }
      }
    },
    color: 'green',
    note: '',
    tags: [],
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: id === 'found' ? '2025-05-02T10:00:00.000Z' : '2025-05-01T10:00:00.000Z'
  }
}

const found = annotation('found', 'signé à Moscou', paragraphStart + text[2]!.indexOf('signé'))
const gone = annotation('gone', 'un passage effacé depuis longtemps du texte', paragraphStart + 3)
const test = reactRootPerTest()
const opened: Annotation[] = []

beforeAll(async () => {
  await i18next.changeLanguage('fr')
  await database.annotations.bulkAdd([found, gone])
})

afterAll(async () => {
  database.close()
  await database.delete()
})

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 10_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  }
}

const cards = () => [...test.container.querySelectorAll<HTMLElement>('article[data-annotation-id]')]

describe('places and orphans in the annotations view', () => {
  it('names the section and the document, finds the orphan, and opens a quote', async () => {
    act(() =>
      test.root.render(
        <NoticeProvider>
          <div style={{ height: '600px', display: 'flex', flexDirection: 'column' }}>
            <AnnotationsView documents={documents} database={database} onOpen={(a) => opened.push(a)} />
          </div>
        </NoticeProvider>
      )
    )
    await until(() => cards().length === 2, 'both annotations')
    expect(cards()[0]!.dataset.annotationId).toBe('found')
    expect(cards()[0]!.textContent).toContain('Traité sino-soviétique · Section « Histoire »')
    expect(cards().some((card) => card.textContent?.includes('Passage introuvable'))).toBe(false)

    const orphaned = [...test.container.querySelectorAll('label')].find((label) =>
      label.textContent?.includes('Passages introuvables')
    )!
    act(() => orphaned.querySelector('input')!.click())
    await until(() => cards().length === 1, 'the orphan alone')
    expect(cards()[0]!.dataset.annotationId).toBe('gone')
    expect(cards()[0]!.textContent).toContain('Passage introuvable')

    act(() => cards()[0]!.querySelector<HTMLButtonElement>('.annotation-quote')!.click())
    expect(opened.map((a) => a.id)).toEqual(['gone'])
  })
})
