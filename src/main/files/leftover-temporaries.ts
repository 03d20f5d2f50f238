// Removes the temporary files that a write killed mid-way (a crash, a power cut) left in a folder: they are
// never anybody's data, only half of a write whose target kept its old content.

import { lstat, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { TEMPORARY_FILE_NAME } from './atomic-write'

/** A write in progress takes well under this: an older temporary belongs to a write that will never finish. */
export const LEFTOVER_AGE_MS = 10 * 60_000

/**
 * Deletes the durable write's temporaries in `dir` that are regular files last touched more than
 * {@link LEFTOVER_AGE_MS} before `now`; returns their names. A missing folder has none.
 */
export async function removeLeftoverTemporaries(dir: string, now: number = Date.now()): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const removed: string[] = []
  for (const name of names.filter((candidate) => TEMPORARY_FILE_NAME.test(candidate))) {
    const path = join(dir, name)
    const info = await lstat(path).catch(() => null)
    if (!info?.isFile() || now - info.mtimeMs < LEFTOVER_AGE_MS) continue
    if (
      await unlink(path).then(
        () => true,
        () => false
      )
    )
      removed.push(name)
  }
  return removed
}
