// The bookmarks view's list logic: bookmarks resolved against the archive (a target whose text
// changed is reported missing), sorted by date or by title in French order, and tag input parsing.

import { describe, expect, it } from 'vitest'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import type { ArticleDocument } from '../../../src/shared/archive/document'
import {
  bookmarkedReferences,
  parseTagInput,
  resolveBookmarks,
  sortBookmarks
} from '../../../src/renderer/src/bookmarks/bookmark-entries'
import { bookmarkTargetKey, type Bookmark, type BookmarkKind } from '../../../src/renderer/src/db/bookmark'

const document = {
  id: 'doc',
  title: 'Traité sino-soviétique',
  blocks: [
    { id: 'b-title', kind: 'title', text: 'Traité', title: 'Traité', englishTitle: null },
    { id: 'b-mao', kind: 'paragraph', text: 'Mao s’est rendu…', sectionId: null }
  ],
  references: [{ id: 'ref-1', blockId: 'b-ref', title: 'Soixante ans' }],
  links: [
    {
      id: 'link-1',
      blockId: 'b-link',
      title: 'Yang',
      author: null,
      year: null,
      publisher: null,
      format: null,
      size: null,
      archiveDate: null,
      originalUrl: null,
      archivedUrl: null,
      sourceText: 'Yang'
    }
  ]
} as unknown as ArticleDocument
const documents: ArchiveDocumentEntry[] = [{ id: 'doc', origin: 'archive', file: 'doc.txt', document, notes: [] }]

function bookmark(
  kind: BookmarkKind,
  targetId: string,
  label: string,
  createdAt: string,
  documentId = 'doc'
): Bookmark {
  return {
    id: `${kind}-${targetId}`,
    kind,
    documentId,
    targetId,
    targetKey: bookmarkTargetKey(kind, documentId, targetId),
    label,
    note: '',
    tags: [],
    createdAt,
    updatedAt: createdAt
  }
}

describe('resolveBookmarks', () => {
  it('finds each kind of target and the block to scroll to', () => {
    const entries = resolveBookmarks(
      [
        bookmark('document', 'doc', 'Traité', '2026-01-01'),
        bookmark('position', 'b-mao', 'Mao', '2026-01-02'),
        bookmark('reference', 'ref-1', 'Soixante ans', '2026-01-03'),
        bookmark('link', 'link-1', 'Yang', '2026-01-04')
      ],
      documents
    )
    expect(entries.map(({ found, blockId, documentTitle }) => ({ found, blockId, documentTitle }))).toEqual([
      { found: true, blockId: 'b-title', documentTitle: 'Traité sino-soviétique' },
      { found: true, blockId: 'b-mao', documentTitle: 'Traité sino-soviétique' },
      { found: true, blockId: 'b-ref', documentTitle: 'Traité sino-soviétique' },
      { found: true, blockId: 'b-link', documentTitle: 'Traité sino-soviétique' }
    ])
  })

  it('reports a position whose paragraph changed, and a bookmark of a document the archive lost, as missing', () => {
    const [changed, lost] = resolveBookmarks(
      [
        bookmark('position', 'b-reworded', 'Ancien texte', '2026-01-02'),
        bookmark('link', 'link-1', 'Yang', '2026-01-02', 'gone')
      ],
      documents
    )
    expect(changed).toMatchObject({ found: false, blockId: null, documentTitle: 'Traité sino-soviétique' })
    expect(lost).toMatchObject({ found: false, blockId: null, documentTitle: null })
  })
})

describe('sortBookmarks', () => {
  const entries = resolveBookmarks(
    [
      bookmark('position', 'b-mao', 'zèbre', '2026-01-02T00:00:00Z'),
      bookmark('link', 'link-1', 'Été', '2026-03-01T00:00:00Z'),
      bookmark('reference', 'ref-1', 'abricot', '2026-02-01T00:00:00Z'),
      bookmark('document', 'doc', 'ete', '2026-01-01T00:00:00Z')
    ],
    documents
  )

  it('puts the most recent first by date', () => {
    expect(sortBookmarks(entries, 'date').map((e) => e.bookmark.label)).toEqual(['Été', 'abricot', 'zèbre', 'ete'])
  })

  it('sorts titles in French order, accents and case aside, newest first among equals', () => {
    expect(sortBookmarks(entries, 'title').map((e) => e.bookmark.label)).toEqual(['abricot', 'Été', 'ete', 'zèbre'])
  })

  it('leaves its input untouched', () => {
    const before = entries.map((e) => e.bookmark.id)
    sortBookmarks(entries, 'title')
    expect(entries.map((e) => e.bookmark.id)).toEqual(before)
  })
})

describe('bookmarkedReferences', () => {
  it('returns the archive’s references that have a reference bookmark, nothing else', () => {
    const bookmarks = [bookmark('reference', 'ref-1', 'x', '2026-01-01'), bookmark('link', 'link-1', 'y', '2026-01-01')]
    expect(bookmarkedReferences(bookmarks, documents).map((r) => r.id)).toEqual(['ref-1'])
    expect(bookmarkedReferences([bookmark('reference', 'ref-1', 'x', '2026-01-01', 'other')], documents)).toEqual([])
  })
})

describe('parseTagInput', () => {
  it('splits on commas, semicolons and new lines and drops blanks', () => {
    expect(parseTagInput(' traité, URSS ;; Chine\npopulaire , ')).toEqual(['traité', 'URSS', 'Chine', 'populaire'])
    expect(parseTagInput('')).toEqual([])
  })
})
