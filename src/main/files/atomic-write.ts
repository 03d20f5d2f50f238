// Writes a file so that it is either the old one or the new one, never half of each: a temporary file
// beside it, then a rename over it.

import { rename, unlink, writeFile } from 'node:fs/promises'

export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
