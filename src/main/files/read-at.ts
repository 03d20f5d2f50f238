// One read of a range of an open file, whole: a file handle's read may return fewer bytes than asked.

import type { FileHandle } from 'node:fs/promises'

/** Fills `into` from `position`, as far as the file goes; the number of bytes read (fewer only at its end). */
export async function readAt(handle: FileHandle, into: Uint8Array, position: number): Promise<number> {
  let done = 0
  while (done < into.length) {
    const { bytesRead } = await handle.read(into, done, into.length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return done
}
