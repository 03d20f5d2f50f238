// The search index saved in IndexedDB (structured clone, as the worker saves it) comes back whole: a
// restart answers the same results, snippets and highlights included, without rebuilding.

import { describe, expect, it } from 'vitest'
import { loadSnapshot, saveSnapshot } from '../../../src/renderer/src/search/search-cache'
import { SearchIndex } from '../../../src/shared/search/search-index'
import type { SearchEntry } from '../../../src/shared/search/types'

const entries: SearchEntry[] = [
  {
    id: 'doc:a|passage|t',
    kind: 'passage',
    docId: 'a',
    targetId: 't',
    text: 'Traité sino-soviétique d’amitié, d’alliance et d’assistance mutuelle'
  },
  {
    id: 'doc:a|passage|p',
    kind: 'passage',
    docId: 'a',
    targetId: 'p',
    text: 'Signé le 14\u00a0février 1950 (chinois\u00a0: 中苏友好同盟互助条约\u00a0; pinyin\u00a0: Zhōng-Sū).'
  },
  {
    id: 'notes:a|note|n1',
    kind: 'note',
    docId: 'a',
    targetId: 'n1',
    title: 'À relire',
    text: 'Comparer avec le mémorandum de Yalta.'
  }
]
const queries = ['traite sino sov', 'zhong su', '中苏', 'relire', 'memorandum yal', 'fevrier 1950 ']

describe('search cache', () => {
  it('restores a saved index that answers like the one that was saved', async () => {
    const index = new SearchIndex()
    index.add(entries)
    await saveSnapshot({
      scopes: { 'doc:a': entries.slice(0, 2).map((e) => e.id), 'notes:a': ['notes:a|note|n1'] },
      index: index.toJSON()
    })

    const snapshot = await loadSnapshot()
    expect(snapshot?.scopes['notes:a']).toEqual(['notes:a|note|n1'])
    const restored = SearchIndex.fromJSON(snapshot!.index)
    expect(restored.size).toBe(3)
    for (const query of queries) expect(restored.search(query), query).toEqual(index.search(query))
    const hit = restored.search('traite sino sov').groups[0]?.hits[0]
    expect(hit?.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end))).toEqual([
      'Traité',
      'sino',
      'soviétique'
    ])
    expect(restored.get('notes:a|note|n1')?.text).toBe('Comparer avec le mémorandum de Yalta.')
  })
})
