// The open archive as its shipped copies need it (copies/shipped-copies.ts): its id, its folder, and the id the page
// knows each of its documents by — bare for the shipped archive, scoped for one opened from disk (scoped-catalogue.ts).

import { scopeId } from '../../shared/archive/archive-scope'
import type { ShippedArchive } from '../copies/shipped-copies'
import type { ArchiveAccess } from './archive-access'
import { archiveScope } from './scoped-catalogue'

/** The archive `access` has open, or null when it did not open (its shipped copies wait until it does). */
export async function shippedArchiveOf(access: ArchiveAccess): Promise<ShippedArchive | null> {
  const catalogue = await access.catalogue()
  if (!catalogue) return null
  const { id } = catalogue.info
  const scope = archiveScope(id)
  return {
    id,
    root: catalogue.root,
    // The catalogue answers for the ids the page uses: the bare one, or the scoped one for an archive from disk.
    async documentId(own) {
      for (const candidate of [own, scopeId(scope, own)]) if (await catalogue.row(candidate)) return candidate
      return undefined
    }
  }
}
