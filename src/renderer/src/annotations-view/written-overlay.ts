// What the view's own writes changed, laid over the last read until the next read (which holds them) arrives:
// a recolour or a deletion of thousands shows at once, not after the whole table is read again.

import type { Annotation } from '../db/annotation'
import type { BulkChange } from './bulk-writes'

export interface WrittenOverlay {
  /** The read these changes are laid over; another read makes them moot. */
  base: readonly Annotation[]
  /** By id: the annotation as written, or null once deleted. */
  changes: ReadonlyMap<string, Annotation | null>
}

/** `overlay` with `change` added (a new overlay if `base` is another read). */
export function addChange(
  overlay: WrittenOverlay | null,
  base: readonly Annotation[],
  change: BulkChange
): WrittenOverlay {
  const changes = new Map(overlay?.base === base ? overlay.changes : [])
  for (const annotation of change.before) changes.set(annotation.id, null)
  for (const annotation of change.after) changes.set(annotation.id, annotation)
  return { base, changes }
}

/** The rows of `read` with the overlay's changes, in one pass; `read` itself when the overlay is not for it. */
export function withOverlay(read: readonly Annotation[], overlay: WrittenOverlay | null): readonly Annotation[] {
  if (!overlay || overlay.base !== read || overlay.changes.size === 0) return read
  const rows: Annotation[] = []
  const seen = new Set<string>()
  for (const annotation of read) {
    const changed = overlay.changes.get(annotation.id)
    seen.add(annotation.id)
    if (changed === undefined) rows.push(annotation)
    else if (changed !== null) rows.push(changed)
  }
  // Put back by an undo while the read did not have them.
  for (const [id, changed] of overlay.changes) if (changed && !seen.has(id)) rows.push(changed)
  return rows
}
