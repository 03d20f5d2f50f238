// Hits as both indexes give them: groups in one kind order whatever the options list, titles highlighted.

import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../../src/shared/search/query'
import { kindsSearched, searchHit } from '../../../src/shared/search/search-hit'
import { SEARCH_KINDS } from '../../../src/shared/search/types'

const snippet = { text: 'le traité', start: 0, end: 9, highlights: [{ start: 3, end: 9 }] }

describe('kindsSearched', () => {
  it('covers every kind by default, in the order groups come back', () => {
    expect(kindsSearched({})).toEqual([...SEARCH_KINDS])
  })

  it('keeps the groups order whatever order the options name kinds in', () => {
    expect(kindsSearched({ kinds: ['bookmark', 'passage', 'note'] })).toEqual(['passage', 'note', 'bookmark'])
  })
})

describe('searchHit', () => {
  const entry = { id: 'note:n1', kind: 'note' as const, docId: 'd1', targetId: 'n1' }

  it('highlights the query in the title of an entry that has one', () => {
    const hit = searchHit({ ...entry, title: 'Le Traité de Paris' }, 2.5, snippet, parseQuery('traite'))
    expect(hit).toEqual({
      ...entry,
      score: 2.5,
      snippet,
      title: { text: 'Le Traité de Paris', highlights: [{ start: 3, end: 9 }] }
    })
  })

  it('gives no title to an entry without one, stored as null or left out', () => {
    expect(searchHit({ ...entry, title: null }, 1, snippet, parseQuery('traite'))).not.toHaveProperty('title')
    expect(searchHit(entry, 1, snippet, parseQuery('traite'))).not.toHaveProperty('title')
  })
})
