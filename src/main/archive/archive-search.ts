// The archive's own full-text index, made when the archive is built and queried from disk without loading it
// whole: passages, references and links of every document, in the shapes the renderer's search shows.

import type { SearchOptions, SearchResults } from '../../shared/search/types'

export interface ArchiveSearch {
  /** The archive's hits for `query` (kinds passage, reference, link), grouped and ranked as the in-memory index does. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>
  close(): Promise<void>
}
