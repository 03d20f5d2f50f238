// Folio's SearchIndex (FlexSearch term indexes + Folio's tokenizer and matcher) behind the benchmark's
// engine interface: hits are counted over all kinds, snippets included in the timing.

import { SearchIndex } from '../../src/shared/search/search-index'
import type { EngineUnderTest, FolioTuning } from './engine-adapters'

/** Folio's SearchIndex as benchmarked: search() runs end to end, with 20 hits per kind and snippets. */
export function folioSearchIndex(tuning: FolioTuning): EngineUnderTest {
  const options = { minPrefixLength: tuning.minPrefixLength, maxExpansions: tuning.maxExpansions, resolution: tuning.resolution }
  let index = new SearchIndex(options)
  return {
    build: (entries) => index.add(entries),
    search: (query) => index.search(query, { limit: 20 }).groups.reduce((n, g) => n + g.total, 0),
    serialise: () => JSON.stringify(index),
    load: (data) => {
      index = SearchIndex.fromJSON(data)
    },
    replace: (entry) => index.replace(entry),
    remove: (entry) => void index.remove(entry.id)
  }
}
