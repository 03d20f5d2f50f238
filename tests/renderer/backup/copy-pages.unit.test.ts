// Exports of annotations on a PDF copy name the page of each quote: Markdown writes "Page : n", the W3C export
// adds the page as a FragmentSelector (RFC 3778); an article's annotations are exported exactly as before.

import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../../src/renderer/src/backup/markdown-export'
import { toW3cAnnotation } from '../../../src/renderer/src/backup/w3c-export'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import { markdownLabels } from './markdown-labels'
import { sampleAnnotation } from './sample-records'

const COPY = 'c-0123456789abcdef'
const onPage = (page: number, exact: string, start: number): Annotation => ({
  ...sampleAnnotation(page),
  documentId: COPY,
  note: '',
  tags: [],
  target: {
    blockId: `page-${page}`,
    blockOffset: 3,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length }
    }
  }
})

describe('exports of a PDF copy’s annotations', () => {
  const annotations = [onPage(4, 'second quote', 900), onPage(2, 'first quote', 100)]
  const records = { annotations, bookmarks: [], linkUrls: [], readingStates: [], settings: [], annotationLinks: [] }

  it('names each quote’s page in the Markdown export, in reading order', () => {
    const markdown = toMarkdown(records, {
      scope: { kind: 'document', documentId: COPY },
      documentTitles: new Map([[COPY, 'Yang 2005']]),
      labels: markdownLabels,
      now: new Date('2026-12-03T10:00:00Z')
    })
    const first = markdown.indexOf('> first quote')
    const second = markdown.indexOf('> second quote')
    expect(first).toBeGreaterThan(0)
    expect(second).toBeGreaterThan(first)
    expect(markdown.slice(first, second)).toContain('- Page : 2')
    expect(markdown.slice(second)).toContain('- Page : 4')
  })

  it('adds the page as a W3C FragmentSelector', () => {
    const target = toW3cAnnotation(annotations[0]!).target as { selector: unknown[] }
    expect(target.selector).toContainEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
      value: 'page=4'
    })
  })

  it('leaves an article’s annotation as it was: no page, two selectors', () => {
    const article = {
      ...onPage(4, 'a quote', 10),
      documentId: 'fed214270135fa12',
      target: { ...onPage(4, 'a quote', 10).target, blockId: 'page-4' }
    }
    const target = toW3cAnnotation(article).target as { selector: unknown[] }
    expect(target.selector).toHaveLength(2)
    const markdown = toMarkdown(
      { ...records, annotations: [article] },
      { scope: { kind: 'document', documentId: article.documentId }, documentTitles: new Map(), labels: markdownLabels }
    )
    expect(markdown).not.toContain('Page :')
  })
})
