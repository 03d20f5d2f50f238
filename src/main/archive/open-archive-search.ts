// Opens the full-text index an archive carries (search.folio, made by `npm run archive -- build`), if it has one.

import { ArchiveError } from './archive-error'
import type { ArchiveSearch } from './archive-search'
import { openFileSearch } from './file-archive-search'

/**
 * The archive's own index in `dir`; null when it carries none (then one is made in memory, at first search).
 * A damaged index is an ArchiveError naming search.folio ('unreadable' or 'invalid-manifest', in French).
 */
export async function openArchiveSearch(dir: string): Promise<ArchiveSearch | null> {
  try {
    return await openFileSearch(dir)
  } catch (error) {
    if (error instanceof ArchiveError && error.problem.kind === 'missing') return null
    throw error
  }
}
