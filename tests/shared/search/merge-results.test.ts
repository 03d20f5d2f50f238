// The archive's hits and the user's, as one list: each kind's hits by score, at most the limit, totals summed,
// kinds in the usual order.

import { describe, expect, it } from 'vitest'
import { mergeResults } from '../../../src/shared/search/merge-results'
import type { SearchHit, SearchKind, SearchResults } from '../../../src/shared/search/types'

const hit = (id: string, kind: SearchKind, score: number): SearchHit => ({
  id,
  kind,
  docId: 'd',
  targetId: id,
  score,
  snippet: { text: id, start: 0, end: id.length, highlights: [] }
})

describe('merging two result lists', () => {
  it('orders each kind by score, cuts to the limit, sums the totals and keeps the kinds’ order', () => {
    const archive: SearchResults = {
      query: 'q',
      groups: [{ kind: 'passage', total: 40, hits: [hit('a1', 'passage', 9), hit('a2', 'passage', 3)] }]
    }
    const own: SearchResults = {
      query: 'q',
      groups: [
        { kind: 'passage', total: 1, hits: [hit('o1', 'passage', 5)] },
        { kind: 'note', total: 2, hits: [hit('n1', 'note', 1), hit('n2', 'note', 0.5)] }
      ]
    }
    const merged = mergeResults(own, archive, 2)
    expect(merged.groups.map((group) => [group.kind, group.total, group.hits.map((h) => h.id)])).toEqual([
      ['passage', 41, ['a1', 'o1']],
      ['note', 2, ['n1', 'n2']]
    ])
    expect(mergeResults({ query: 'q', groups: [] }, { query: 'q', groups: [] }, 8).groups).toEqual([])
  })
})
