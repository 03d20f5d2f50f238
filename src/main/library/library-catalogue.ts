// The user's library as rows for the list, made from library.json alone (no copy is read): sorted by title with
// French collation and filtered by the library's title rule (shared/library/title-filter.ts), paged as the archive's.

import type { ArchivePage, ArchivePageRequest, ArchiveRow } from '../../shared/archive/archive-types'
import { createTitleIndex } from '../../shared/library/title-filter'
import { pageWindow } from '../archive/catalogue-format'
import type { LibraryEntry } from './library-manifest'

export interface LibraryCatalogue {
  readonly count: number
  /** Rows `offset…offset+limit` of the entries matching `query`, each marked by `problemOf` when damaged. */
  page(request: ArchivePageRequest): Omit<ArchivePage, 'unverified'> & { entries: LibraryEntry[] }
  /** The entry of `id`, or undefined when the library does not list it. */
  entry(id: string): LibraryEntry | undefined
}

/**
 * The row of an entry: its title from library.json, else (a library made by an older Folio, until main has filled
 * its titles) the name of the file the user added.
 */
export const titleOfEntry = (entry: LibraryEntry): string => entry.title ?? entry.originalName

/** A catalogue over `entries`, sorted and folded once (made again when library.json changes). */
export function libraryCatalogue(entries: readonly LibraryEntry[]): LibraryCatalogue {
  const titles = createTitleIndex(entries, titleOfEntry)
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  return {
    count: entries.length,
    page({ offset, limit, query, locate }) {
      const matching = titles.filter(query ?? '')
      const { start, end } = pageWindow(offset, limit, matching.length)
      const located =
        locate === undefined
          ? {}
          : { located: byId.has(locate) ? matching.findIndex((entry) => entry.id === locate) : -1 }
      const shown = matching.slice(start, end)
      const rows: ArchiveRow[] = shown.map((entry) => ({
        id: entry.id,
        file: entry.originalName,
        title: titleOfEntry(entry)
      }))
      return { total: matching.length, offset: start, rows, entries: shown, ...located }
    },
    entry: (id) => byId.get(id)
  }
}
