// Writes a file so that, even after a crash or a power cut, it is either the old one or the new one, whole:
// a uniquely named temporary beside it, flushed, renamed over it, then the folder flushed so the rename lasts.

import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

/** The parts of an open file the write uses (Node's `FileHandle` has them). */
export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>
  chmod(mode: number): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The file-system calls the write makes: Node's `fs/promises` by default, a recording or failing one in tests. */
export interface WriteFileSystem {
  open(path: string, flags: string, mode?: number): Promise<WritableFile>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  realpath(path: string): Promise<string>
  readlink(path: string): Promise<string>
  stat(path: string): Promise<{ mode: number }>
}

export interface WriteOptions {
  fs?: WriteFileSystem
  /** Whose rename errors are retried: Windows' (the default is the platform Folio runs on). */
  platform?: NodeJS.Platform
}

const nodeFileSystem: WriteFileSystem = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: nodeFs.rename,
  unlink: nodeFs.unlink,
  realpath: (path) => nodeFs.realpath(path),
  readlink: (path) => nodeFs.readlink(path),
  stat: (path) => nodeFs.stat(path)
}

/**
 * Pauses before each new try of a rename that Windows refused for a moment (an antivirus or a sync client
 * holding the target open), as graceful-fs does: 310 ms in all, then the error is reported.
 */
export const RENAME_RETRY_DELAYS_MS = [10, 20, 40, 80, 160] as const

/** Errors Windows gives while another program has the file open; elsewhere they are final. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY'])

/** What a platform that cannot flush a folder answers (Windows cannot even open one): the rename stands as is. */
const UNSYNCABLE_FOLDER_ERRORS = new Set(['EISDIR', 'EPERM', 'EINVAL'])

/** Links followed at most, as the kernel does (ELOOP beyond). */
const MAX_LINK_HOPS = 32

/** How the write names its temporary files: `.folio-<16 hex>.tmp`, beside the file they replace. */
export const TEMPORARY_FILE_NAME = /^\.folio-[0-9a-f]{16}\.tmp$/

const temporaryFileName = () => `.folio-${randomBytes(8).toString('hex')}.tmp`

const code = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/**
 * The file a write to `path` should replace: through any symbolic links, so that saving over a link
 * rewrites what it points to and the link stays a link. A dangling link leads to the file it names.
 */
async function resolveTarget(fs: WriteFileSystem, path: string): Promise<string> {
  try {
    return await fs.realpath(path)
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error
  }
  let current = path
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let link: string
    try {
      link = await fs.readlink(current)
    } catch {
      return current // not a link (or not there): the file to create
    }
    current = resolve(dirname(current), link)
  }
  throw Object.assign(new Error(`${path} : trop de liens symboliques`), { code: 'ELOOP' })
}

/** The permission bits of the file being replaced, or null when there is none (a new file gets the default). */
async function modeOf(fs: WriteFileSystem, target: string): Promise<number | null> {
  try {
    return (await fs.stat(target)).mode & 0o7777
  } catch (error) {
    if (code(error) === 'ENOENT') return null
    throw error
  }
}

async function renameRetrying(fs: WriteFileSystem, from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const delay = RENAME_RETRY_DELAYS_MS[attempt]
      if (platform !== 'win32' || !TRANSIENT_RENAME_ERRORS.has(code(error) ?? '') || delay === undefined) throw error
      await pause(delay)
    }
  }
}

/** Flushes the folder's entry list, without which a power cut can undo the rename. */
async function syncFolder(fs: WriteFileSystem, folder: string): Promise<void> {
  let handle: WritableFile
  try {
    handle = await fs.open(folder, 'r')
  } catch (error) {
    if (UNSYNCABLE_FOLDER_ERRORS.has(code(error) ?? '')) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!UNSYNCABLE_FOLDER_ERRORS.has(code(error) ?? '')) throw error
  } finally {
    await handle.close()
  }
}

/**
 * Replaces the file at `path` with `content`, durably: a temporary file in the same folder with a random,
 * short name (two writes never share one, and a 255-byte target name still fits), written, given the old
 * file's permissions, flushed and closed; renamed over the target (retried briefly on Windows' transient
 * errors); then the folder flushed. Resolves once the new content is on disk; on failure the temporary is
 * removed and the old file, if any, is untouched. A symbolic link at `path` is kept: its target is replaced.
 */
export async function writeAtomically(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {}
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem
  const target = await resolveTarget(fs, path)
  const folder = dirname(target)
  const mode = await modeOf(fs, target)
  const temporary = join(folder, temporaryFileName())
  // 'wx': never write into a file that is already there (and so never remove one that is not ours).
  let handle: WritableFile | null = await fs.open(temporary, 'wx', 0o666)
  try {
    await handle.writeFile(content)
    if (mode !== null) await handle.chmod(mode)
    await handle.sync()
    const closing = handle
    handle = null
    await closing.close()
    await renameRetrying(fs, temporary, target, options.platform ?? process.platform)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await fs.unlink(temporary).catch(() => undefined)
    throw error
  }
  await syncFolder(fs, folder)
}
