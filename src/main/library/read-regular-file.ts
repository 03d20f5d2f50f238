// Reads a file only if it is a regular file of bounded size: a FIFO, a device, a folder or (when asked)
// a symbolic link is refused before anything is read, so no path can hang main or fill its memory.

import { constants } from 'node:fs'
import { lstat, open, stat } from 'node:fs/promises'

/** Why a file was not read: not a regular file, or bigger than the limit. */
export class FileRefusal extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'too-large',
    message: string,
    /** The size seen, for a file over the limit. */
    readonly bytes = 0
  ) {
    super(message)
    this.name = 'FileRefusal'
  }
}

/** What a file that is not a regular one is, in words. */
function whatItIs(info: {
  isDirectory(): boolean
  isSymbolicLink(): boolean
  isFIFO(): boolean
  isSocket(): boolean
}): string {
  if (info.isDirectory()) return 'un dossier'
  if (info.isSymbolicLink()) return 'un lien symbolique'
  if (info.isFIFO()) return 'un tube nommé (FIFO)'
  if (info.isSocket()) return 'une socket'
  return 'un périphérique'
}

const notAFile = (info: Parameters<typeof whatItIs>[0]) =>
  new FileRefusal('not-a-file', `ce n’est pas un fichier ordinaire mais ${whatItIs(info)}.`)

const tooLarge = (bytes: number, limit: number) =>
  new FileRefusal('too-large', `le fichier dépasse la limite de ${(limit / 1024 / 1024).toFixed(0)} Mo.`, bytes)

export interface ReadRegularFileOptions {
  /** Most bytes accepted; one more is never read. */
  limit: number
  /** False for the library's own copies: a link there points out of the library and is refused. */
  followLinks: boolean
}

// O_NONBLOCK: opening a FIFO that appeared after the check returns at once instead of waiting for a writer.
// Neither flag exists on Windows, which has no FIFOs or links of this kind to fear.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

/**
 * The bytes of the regular file at `path`, at most `limit` of them.
 * @throws FileRefusal when it is not a regular file or is over the limit; the system's error when unreadable.
 */
export async function readRegularFile(
  path: string,
  { limit, followLinks }: ReadRegularFileOptions
): Promise<Uint8Array> {
  const seen = followLinks ? await stat(path) : await lstat(path)
  if (!seen.isFile()) throw notAFile(seen)
  if (seen.size > limit) throw tooLarge(seen.size, limit)
  const handle = await open(path, OPEN_FLAGS | (followLinks ? 0 : NO_FOLLOW))
  try {
    // The path may have been swapped between the check and the open: the opened file is what counts.
    const opened = await handle.stat()
    if (!opened.isFile()) throw notAFile(opened)
    if (opened.size > limit) throw tooLarge(opened.size, limit)
    // Read to the limit plus one byte: a file that grew since is caught without being read whole.
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(opened.size + 1, 64 * 1024), limit + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, total)
      if (bytesRead === 0) return Buffer.concat(chunks, total)
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > limit) throw tooLarge(total, limit)
    }
  } finally {
    await handle.close()
  }
}
