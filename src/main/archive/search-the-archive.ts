// The archive's answer to a search: its hits, with the titles of the documents they are in (the renderer holds
// no list of the archive's titles), or why its search is unavailable. A document known to be damaged (its file
// altered since the index was made) has no hits: its text is not what the index holds.

import type { ArchiveSearchResult } from '../../shared/ipc/contract'
import type { SearchOptions } from '../../shared/search/types'
import type { ArchiveAccess } from './archive-access'

export async function searchTheArchive(
  archive: ArchiveAccess,
  query: string,
  options?: SearchOptions
): Promise<ArchiveSearchResult> {
  const search = await archive.search()
  if (!('search' in search)) return { ok: false, reason: 'unavailable', message: `${search.file} : ${search.message}` }
  const found = await search.search(query, options)
  const catalogue = await archive.catalogue()
  const ids = new Set(found.groups.flatMap((group) => group.hits.flatMap((hit) => (hit.docId ? [hit.docId] : []))))
  const titles: Record<string, string> = {}
  const damaged = new Set<string>()
  for (const id of ids) {
    const row = await catalogue?.row(id)
    if (row?.problem) damaged.add(id)
    else if (row) titles[id] = row.title
  }
  if (damaged.size === 0) return { ok: true, results: found, titles }
  const groups = found.groups
    .map((group) => {
      const hits = group.hits.filter((hit) => !hit.docId || !damaged.has(hit.docId))
      return { ...group, hits, total: group.total - (group.hits.length - hits.length) }
    })
    .filter((group) => group.hits.length > 0)
  return { ok: true, results: { ...found, groups }, titles }
}
