// The server's JSON files in its data folder (accounts.json, groups.json): read and validated whole, written
// atomically (a crash leaves the old file or the new one), and changed under a lock so that the command line
// and several server instances sharing the folder never lose each other's changes.

import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { z } from 'zod'
import { writeAtomically } from '../main/files/atomic-write'

/** A lock older than this is taken to belong to a process that died holding it. */
const STALE_LOCK_MS = 30_000
/** How long a change waits for the lock before it gives up (and says so). */
const LOCK_WAIT_MS = 10_000
const LOCK_RETRY_MS = 20

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

const code = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code

/** The file's content checked by `schema`, or `empty` when there is no file yet. A damaged file is an error. */
export async function readDataFile<T>(path: string, schema: z.ZodType<T>, empty: () => T): Promise<T> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (code(error) === 'ENOENT') return empty()
    throw error
  }
  const parsed = schema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${path}: not a file this server wrote (${parsed.error.issues[0]?.message})`)
  return parsed.data
}

export async function writeDataFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeAtomically(path, `${JSON.stringify(value, null, 2)}\n`)
}

/**
 * Runs `change` holding `<path>.lock` (a folder: `mkdir` is atomic on every file system, NFS included), so that
 * a read-modify-write of the file by one process never interleaves with another's.
 */
export async function withFileLock<T>(path: string, change: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`
  await mkdir(dirname(path), { recursive: true })
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      await mkdir(lock)
      break
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error
      const since = await stat(lock).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0
      )
      if (since > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true })
      else if (Date.now() > deadline) throw new Error(`${path} is locked by another process (${lock})`)
      else await pause(LOCK_RETRY_MS)
    }
  }
  try {
    return await change()
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}

/** A file's identity for caching: its modification time and size, or null when it is not there. */
export async function fileVersion(path: string): Promise<string | null> {
  try {
    const info = await stat(path)
    return `${info.mtimeMs}:${info.size}:${info.ino}`
  } catch (error) {
    if (code(error) === 'ENOENT') return null
    throw error
  }
}

/**
 * A data file as this process last read it, read again when it changed on disk (another process, the command
 * line): `get()` costs one `stat` when nothing changed.
 */
export function cachedDataFile<T>(path: string, schema: z.ZodType<T>, empty: () => T): { get(): Promise<T> } {
  let cached: { version: string | null; value: T } | null = null
  return {
    async get() {
      const version = await fileVersion(path)
      if (cached && cached.version === version) return cached.value
      const value = await readDataFile(path, schema, empty)
      cached = { version, value }
      return value
    }
  }
}

/** Whether process `pid` runs: a zombie (killed, not yet reaped — containers often lack an init) does not. */
async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return code(error) === 'EPERM' // alive, someone else's
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)
  // The state follows the command name in parentheses, which may itself hold spaces and parentheses.
  return stat === null || stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
}

/**
 * Makes this process the only server on `dataDir` (`<data>/server.pid`): two servers without Redis would each
 * hold their own copy of a document and store over each other's. A file naming a process that no longer runs
 * (killed) is taken over. Resolves with the release.
 */
export async function claimDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'server.pid')
  await mkdir(dataDir, { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' })
      return () => rm(path, { force: true })
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error
      await assertUnclaimed(dataDir)
      await rm(path, { force: true })
    }
  }
  throw new Error(`${path}: could not be claimed`)
}

/** Throws when a server without Redis, still running, has claimed `dataDir` (an instance with Redis must not join it). */
export async function assertUnclaimed(dataDir: string): Promise<void> {
  const pid = Number((await readFile(join(dataDir, 'server.pid'), 'utf8').catch(() => '')).trim())
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && (await isAlive(pid))) {
    throw new Error(
      `another server (process ${pid}) uses ${dataDir}: stop it, or run every instance with --redis to share the folder`
    )
  }
}
