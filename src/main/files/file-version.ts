// What identifies one version of a file on disk (inode, size, change times): a file written again, or replaced,
// has another, so what was read from it is read again.

import { stat } from 'node:fs/promises'

/** The version of the file at `path`; 'none' when there is none. */
export async function fileVersion(path: string): Promise<string> {
  try {
    const { ino, size, mtimeNs, ctimeNs } = await stat(path, { bigint: true })
    return `${ino}:${size}:${mtimeNs}:${ctimeNs}`
  } catch {
    return 'none'
  }
}
