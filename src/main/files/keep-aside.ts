// Moves a damaged file out of the way under a dated name beside it, so that replacing it with a good one
// never loses what the user had: they (or support) can still open the old file.

import { lstat, rename } from 'node:fs/promises'
import { writeAtomically } from './atomic-write'

/** The name a damaged `path` is kept under: `settings.json.damaged-2026-12-02T17-52-12-123Z`. */
export function damagedName(path: string, at: Date): string {
  return `${path}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`
}

/**
 * Keeps `path` under {@link damagedName} (with "-2", "-3"… if that name is taken) and returns that name.
 * Without `bytes`, the file is renamed (atomic, its bytes exactly as on disk). With `bytes` (what was read
 * from it), a durable copy is written and `path` stays in place, so that the caller can replace it
 * atomically and no crash ever leaves neither.
 */
export async function keepAside(path: string, at: Date = new Date(), bytes?: Uint8Array): Promise<string> {
  const base = damagedName(path, at)
  for (let attempt = 1; ; attempt++) {
    const target = attempt === 1 ? base : `${base}-${attempt}`
    const taken = await lstat(target).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      }
    )
    if (taken) continue
    if (bytes) await writeAtomically(target, bytes)
    else await rename(path, target)
    return target
  }
}
