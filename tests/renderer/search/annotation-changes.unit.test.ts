import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import {
  applyAnnotationChanges,
  latestUpdate,
  unheardIds,
  type SentAnnotations
} from '../../../src/renderer/src/search/annotation-changes'

const note = (id: string, documentId: string, updatedAt: string): Annotation =>
  ({
    id,
    documentId,
    updatedAt,
    createdAt: updatedAt,
    color: 'yellow',
    note: '',
    tags: [],
    target: {}
  }) as unknown as Annotation

describe('which documents’ notes the search index must hear about again', () => {
  it('on first sight, every document with notes', () => {
    const sent: SentAnnotations = new Map()
    const all = [note('a', 'doc-1', '2026-01-01T00:00:00.000Z'), note('b', 'doc-2', '2026-01-02T00:00:00.000Z')]
    expect(applyAnnotationChanges(sent, ['a', 'b'], all)).toEqual(new Set(['doc-1', 'doc-2']))
    expect(latestUpdate('', all)).toBe('2026-01-02T00:00:00.000Z')
  })

  it('then only the document of a note edited, and nothing for a record read again unchanged', () => {
    const sent: SentAnnotations = new Map()
    applyAnnotationChanges(
      sent,
      ['a', 'b'],
      [note('a', 'doc-1', '2026-01-01T00:00:00.000Z'), note('b', 'doc-2', '2026-01-02T00:00:00.000Z')]
    )
    expect(applyAnnotationChanges(sent, ['a', 'b'], [note('b', 'doc-2', '2026-01-02T00:00:00.000Z')])).toEqual(
      new Set()
    )
    expect(applyAnnotationChanges(sent, ['a', 'b'], [note('a', 'doc-1', '2026-01-03T00:00:00.000Z')])).toEqual(
      new Set(['doc-1'])
    )
  })

  it('both documents when a note moves, and the document of a deleted note', () => {
    const sent: SentAnnotations = new Map()
    applyAnnotationChanges(
      sent,
      ['a', 'b'],
      [note('a', 'doc-1', '2026-01-01T00:00:00.000Z'), note('b', 'doc-2', '2026-01-02T00:00:00.000Z')]
    )
    expect(applyAnnotationChanges(sent, ['a', 'b'], [note('a', 'doc-3', '2026-01-04T00:00:00.000Z')])).toEqual(
      new Set(['doc-1', 'doc-3'])
    )
    expect(applyAnnotationChanges(sent, ['a'], [])).toEqual(new Set(['doc-2']))
    expect([...sent.keys()]).toEqual(['a'])
  })

  it('finds notes restored with an older date, which a read by date would miss', () => {
    const sent: SentAnnotations = new Map()
    applyAnnotationChanges(sent, ['a'], [note('a', 'doc-1', '2026-05-01T00:00:00.000Z')])
    expect(unheardIds(sent, ['a', 'old', 'new'], [note('new', 'doc-1', '2026-06-01T00:00:00.000Z')])).toEqual(['old'])
  })
})
