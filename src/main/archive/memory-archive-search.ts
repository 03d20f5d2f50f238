// The archive's search when it carries no index of its own (one not built by `npm run archive -- build`): an
// in-memory index of its documents, made at the first search, read through the catalogue a page at a time.

import { documentEntries } from '../../shared/search/document-entries'
import { SearchIndex } from '../../shared/search/search-index'
import type { ArchiveCatalogue } from './archive-catalogue'
import type { ArchiveSearch } from './archive-search'

/** Rows read at once while the index is made. */
const PAGE = 200

async function indexOf(catalogue: ArchiveCatalogue): Promise<SearchIndex> {
  const index = new SearchIndex()
  for (let offset = 0; offset < catalogue.info.count; offset += PAGE) {
    const { rows } = await catalogue.page({ offset, limit: PAGE })
    if (rows.length === 0) break
    for (const row of rows) {
      const read = await catalogue.read(row.id)
      if (read.ok) for (const entry of documentEntries(read.entry)) index.replace(entry)
    }
  }
  // One batch: the posting lists are compacted once, not after each document (ten times faster at 1,000).
  index.compact()
  return index
}

/** Searches `catalogue`'s documents from memory; the index is made once, when first searched. */
export function memoryArchiveSearch(catalogue: ArchiveCatalogue): ArchiveSearch {
  let index: Promise<SearchIndex> | null = null
  return {
    search: async (query, options) => (await (index ??= indexOf(catalogue))).search(query, options),
    close: async () => {
      index = null
    }
  }
}
