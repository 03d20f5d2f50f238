// The archive's full-text index queried from search.folio without loading it whole: the sorted terms stay in
// memory, posting lists and entry records are read by range when a query needs them (with small LRUs).

import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_MIN_PREFIX_LENGTH, parseQuery } from '../../shared/search/query'
import { DEFAULT_LIMIT } from '../../shared/search/search-index'
import { kindsSearched, searchHit } from '../../shared/search/search-hit'
import { DEFAULT_SNIPPET_LENGTH, snippetFor } from '../../shared/search/snippet'
import type { SearchGroup, SearchKind, SearchOptions, SearchResults } from '../../shared/search/types'
import { ArchiveError, errorCode, fileError } from './archive-error'
import type { ArchiveSearch } from './archive-search'
import { matchSearchKind, type MatchSources } from './match-search-kind'
import { EntryRecords, loadRecordOffsets, type EntryRecord } from './search-entry-records'
import { HEADER_BYTES, SEARCH_FILE, damaged, decodeHeader } from './search-file-format'
import { readRange } from './search-file-ranges'
import { PostingLists } from './search-posting-lists'
import { loadKind, type KindIndex } from './search-term-dictionary'

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** search.folio opened: the header, the entries' records, the posting lists and each kind's dictionary. */
class FileSearch implements ArchiveSearch {
  private closed = false

  constructor(
    private readonly handle: FileHandle,
    private readonly sources: MatchSources,
    private readonly kinds: Map<SearchKind, KindIndex>
  ) {}

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    if (this.closed) throw new Error('search.folio is closed')
    const terms = parseQuery(query, { minPrefixLength: DEFAULT_MIN_PREFIX_LENGTH })
    const groups: SearchGroup[] = []
    if (terms.length === 0) return { query, groups }
    const limit = options.limit ?? DEFAULT_LIMIT
    const snippetLength = options.snippetLength ?? DEFAULT_SNIPPET_LENGTH
    for (const kind of kindsSearched(options)) {
      const index = this.kinds.get(kind)
      if (!index || index.section.size === 0) continue
      const { total, top } = await matchSearchKind(this.sources, index, terms, limit)
      if (total === 0) continue
      const entries = await this.sources.records.load(top.map((t) => t.number))
      const hits = top.map(({ number, score }) => {
        const entry = entries.get(number) as EntryRecord
        return searchHit(entry, score, snippetFor(entry.text, terms, snippetLength), terms)
      })
      groups.push({ kind, total, hits })
    }
    return { query, groups }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.handle.close()
  }
}

/**
 * Opens `dir/search.folio` for queries. Reads its header, the entries' offsets and the term dictionaries,
 * checked (a damaged file is an ArchiveError naming search.folio, in French); the rest is read when asked.
 */
export async function openFileSearch(dir: string): Promise<ArchiveSearch> {
  let handle: FileHandle
  try {
    handle = await open(join(dir, SEARCH_FILE), OPEN_FLAGS)
  } catch (error) {
    throw fileError(SEARCH_FILE, error)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile())
      throw new ArchiveError({ kind: 'unreadable', file: SEARCH_FILE, message: 'Ce n’est pas un fichier.' })
    if (stats.size < HEADER_BYTES) throw damaged('le fichier est trop court')
    const header = decodeHeader(await readRange(handle, 0, HEADER_BYTES), stats.size)
    const recordOffsets = await loadRecordOffsets(handle, header)
    const kinds = new Map<SearchKind, KindIndex>()
    for (const section of header.kinds) kinds.set(section.kind, await loadKind(handle, section))
    const sources: MatchSources = {
      header,
      postings: new PostingLists(handle, header),
      records: new EntryRecords(handle, header.recordsAt, recordOffsets)
    }
    return new FileSearch(handle, sources, kinds)
  } catch (error) {
    await handle.close().catch(() => undefined)
    if (error instanceof ArchiveError) throw error
    throw errorCode(error) ? fileError(SEARCH_FILE, error) : error
  }
}
