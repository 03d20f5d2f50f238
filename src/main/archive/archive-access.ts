// The archive main serves: its catalogue opened once, when first asked (by the first screen or the renderer),
// and its full-text index opened beside it. A catalogue that cannot be opened is the error screen's problem; an
// index that cannot be opened leaves titles and reading working and makes search say it is unavailable.

import type { ArchiveOpenResult, ArchiveProblem } from '../../shared/archive/archive-types'
import type { ArchiveCatalogue } from './archive-catalogue'
import { ArchiveError } from './archive-error'
import type { ArchiveSearch } from './archive-search'
import { memoryArchiveSearch } from './memory-archive-search'
import { openingDocument } from './opening-document'

export interface ArchiveAccess {
  /** The archive's info, or the problem that keeps it from opening. */
  open(): Promise<ArchiveOpenResult>
  /** The opened catalogue; null when the archive did not open (`open()` says why). */
  catalogue(): Promise<ArchiveCatalogue | null>
  /** The archive's full-text search, or the problem that makes it unavailable. */
  search(): Promise<ArchiveSearch | ArchiveProblem>
  /** Closes the catalogue's and the index's files, if they were opened. */
  close(): Promise<void>
}

export interface ArchiveOpeners {
  openCatalogue(dir: string): Promise<ArchiveCatalogue>
  /** The index the opened archive carries; null when it has none (then one is made in memory, at first search). */
  openSearch(catalogue: ArchiveCatalogue): Promise<ArchiveSearch | null>
}

const problemOf = (error: unknown, file: string): ArchiveProblem =>
  error instanceof ArchiveError
    ? error.problem
    : { kind: 'unreadable', file, message: `Erreur inattendue : ${error instanceof Error ? error.message : error}` }

/** Opens the archive in `dir` once; every later ask gets the same catalogue and index. */
export function archiveAccess(dir: string, openers: ArchiveOpeners): ArchiveAccess {
  let opened: Promise<{ catalogue: ArchiveCatalogue; firstDocument?: string } | { problem: ArchiveProblem }> | null =
    null
  const openOnce = () =>
    (opened ??= openers.openCatalogue(dir).then(
      async (catalogue) => {
        const first = await openingDocument(catalogue, undefined)
        const firstDocument = first && ('entry' in first ? first.entry.id : first.damaged.id)
        return { catalogue, ...(firstDocument ? { firstDocument } : {}) }
      },
      (error: unknown) => ({ problem: problemOf(error, 'catalogue') })
    ))
  let searched: Promise<ArchiveSearch | ArchiveProblem> | null = null
  return {
    async open() {
      const result = await openOnce()
      if (!('catalogue' in result)) return { ok: false, problem: result.problem }
      const { info } = result.catalogue
      return { ok: true, archive: result.firstDocument ? { ...info, firstDocument: result.firstDocument } : info }
    },
    async catalogue() {
      const result = await openOnce()
      return 'catalogue' in result ? result.catalogue : null
    },
    search: () =>
      (searched ??= (async () => {
        const result = await openOnce()
        if (!('catalogue' in result)) return result.problem
        try {
          return (await openers.openSearch(result.catalogue)) ?? memoryArchiveSearch(result.catalogue)
        } catch (error) {
          return problemOf(error, 'search')
        }
      })()),
    async close() {
      const search = await searched
      if (search && 'search' in search) await search.close()
      const result = await opened
      if (result && 'catalogue' in result) await result.catalogue.close()
    }
  }
}
