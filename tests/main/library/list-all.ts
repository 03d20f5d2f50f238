// What the library tests check of a whole library: every row paged from main, each document read as the renderer
// reads it (readLibraryDocument); the documents that read, in title order, and the problems (the list's, then the
// damaged copies' in title order).

import type { ArchiveDocumentEntry, ArchiveProblem } from '../../../src/shared/archive/archive-types'
import type { UserLibrary } from '../../../src/main/library/user-library'

export async function listAll(
  library: UserLibrary
): Promise<{ documents: ArchiveDocumentEntry[]; problems: ArchiveProblem[] }> {
  const documents: ArchiveDocumentEntry[] = []
  const damaged: ArchiveProblem[] = []
  let problems: ArchiveProblem[] = []
  for (let offset = 0; ;) {
    const page = await library.page({ offset, limit: 500 })
    problems = page.problems
    for (const row of page.rows) {
      const read = await library.read(row.id)
      if (read.ok) documents.push(read.entry)
      else if ('damaged' in read) damaged.push(read.damaged.problem)
    }
    offset += page.rows.length
    if (page.rows.length === 0 || offset >= page.total) break
  }
  return { documents, problems: [...problems, ...damaged] }
}
