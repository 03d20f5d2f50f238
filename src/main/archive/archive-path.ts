// Where an archive document really is: its name joined to the archive folder, links followed, and refused
// when that leads out of the folder (a link to /etc/passwd in an archive opened from anywhere is never read).

import { realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'

/**
 * The real path of `file` in the folder whose real path is `root` (`realpath(dir)`, resolved once by the
 * caller), or null when following its links leads out of the folder. Throws the system's error (ENOENT…).
 */
export async function realPathInside(root: string, file: string): Promise<string | null> {
  const target = await realpath(join(root, file))
  const path = relative(root, target)
  const inside = path !== '' && !isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`)
  return inside ? target : null
}
