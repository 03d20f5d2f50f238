// The archives main can serve: the shipped one, and those the user opened from their disk (archive-registry.ts),
// each opened once; the open one is what the IPC handlers and the first screen see. An archive opened from disk
// has its ids scoped (scoped-catalogue.ts). One that no longer opens gives way to the shipped one, and says so.

import type { ArchiveOpenResult } from '../../shared/archive/archive-types'
import { archiveAccess, type ArchiveAccess, type ArchiveOpeners } from './archive-access'
import type { ArchiveRegistry } from './archive-registry'
import { scopedCatalogue, scopedSearch } from './scoped-catalogue'

/** What an archive from disk is opened with: the shipped archive's openers, ids scoped. */
const scoped = (openers: ArchiveOpeners): ArchiveOpeners => ({
  openCatalogue: async (dir) => scopedCatalogue(await openers.openCatalogue(dir)),
  async openSearch(catalogue) {
    const search = await openers.openSearch(catalogue)
    return search && scopedSearch(search, catalogue.info.id)
  }
})

export interface ArchiveShelf {
  /** The archive open now (the shipped one when the one chosen does not open). */
  current: ArchiveAccess
  /** The archive in `path` (null: the shipped one), opened once. */
  at(path: string | null): ArchiveAccess
  /** Closes every archive opened (when the app quits). */
  close(): Promise<void>
}

export function archiveShelf(shippedDir: string, registry: ArchiveRegistry, openers: ArchiveOpeners): ArchiveShelf {
  const opened = new Map<string | null, ArchiveAccess>()
  const at = (path: string | null): ArchiveAccess => {
    let access = opened.get(path)
    if (!access) {
      access = path === null ? archiveAccess(shippedDir, openers) : archiveAccess(path, scoped(openers))
      opened.set(path, access)
    }
    return access
  }
  /** The open archive, and the problem of the one chosen when it did not open (the shipped one opened instead). */
  const resolve = async (): Promise<{ access: ArchiveAccess; opened: ArchiveOpenResult }> => {
    const path = await registry.current()
    const chosen = at(path)
    const result = await chosen.open()
    if (result.ok || path === null) return { access: chosen, opened: result }
    const shipped = at(null)
    const fallback = await shipped.open()
    const name = (await registry.list()).find((known) => known.path === path)?.name ?? path
    return {
      access: shipped,
      opened: fallback.ok ? { ...fallback, unavailable: { name, problem: result.problem } } : fallback
    }
  }
  return {
    at,
    current: {
      open: async () => (await resolve()).opened,
      catalogue: async () => (await resolve()).access.catalogue(),
      search: async () => (await resolve()).access.search(),
      close: async () => (await resolve()).access.close()
    },
    async close() {
      await Promise.all([...opened.values()].map((access) => access.close()))
    }
  }
}
