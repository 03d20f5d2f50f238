// An archive opened from the user's disk, seen through its scope (shared/archive/archive-scope.ts): its rows,
// documents and search hits carry scoped ids, and a scoped id is turned back into the archive's own to read it.

import { createHash } from 'node:crypto'
import type { ArchiveDocumentEntry, ArchiveRow } from '../../shared/archive/archive-types'
import { scopeId, unscopeId } from '../../shared/archive/archive-scope'
import type { ArchiveCatalogue } from './archive-catalogue'
import type { ArchiveSearch } from './archive-search'

/** The 12 hex digits that scope the ids of the archive whose id is `archiveId`. */
export const archiveScope = (archiveId: string): string =>
  createHash('sha256').update(archiveId).digest('hex').slice(0, 12)

const scopedEntry = (scope: string, entry: ArchiveDocumentEntry): ArchiveDocumentEntry => {
  const id = scopeId(scope, entry.id)
  return { ...entry, id, document: { ...entry.document, id } }
}

/** `catalogue` with every id scoped; an id of another scope is one the archive does not list. */
export function scopedCatalogue(catalogue: ArchiveCatalogue): ArchiveCatalogue {
  const scope = archiveScope(catalogue.info.id)
  const row = (found: ArchiveRow): ArchiveRow => ({ ...found, id: scopeId(scope, found.id) })
  return {
    info: catalogue.info,
    root: catalogue.root,
    async page({ locate, ...request }) {
      // An id of another scope is in no page of this archive.
      const own = locate === undefined ? undefined : (unscopeId(scope, locate) ?? '')
      const page = await catalogue.page(own === undefined ? request : { ...request, locate: own })
      return { ...page, rows: page.rows.map(row) }
    },
    async row(id) {
      const own = unscopeId(scope, id)
      const found = own === undefined ? undefined : await catalogue.row(own)
      return found && row(found)
    },
    async read(id) {
      const own = unscopeId(scope, id)
      if (own === undefined) {
        const problem = { kind: 'missing' as const, file: id, message: 'Ce document n’est pas dans cette archive.' }
        return { ok: false, damaged: { id, file: id, title: id, problem } }
      }
      const read = await catalogue.read(own)
      return read.ok
        ? { ok: true, entry: scopedEntry(scope, read.entry) }
        : { ok: false, damaged: { ...read.damaged, id } }
    },
    close: () => catalogue.close()
  }
}

/** `search` with its hits' documents scoped as {@link scopedCatalogue}'s. */
export function scopedSearch(search: ArchiveSearch, archiveId: string): ArchiveSearch {
  const scope = archiveScope(archiveId)
  return {
    async search(query, options) {
      const results = await search.search(query, options)
      return {
        ...results,
        groups: results.groups.map((group) => ({
          ...group,
          hits: group.hits.map((hit) => ({ ...hit, docId: hit.docId === null ? null : scopeId(scope, hit.docId) }))
        }))
      }
    },
    close: () => search.close()
  }
}
