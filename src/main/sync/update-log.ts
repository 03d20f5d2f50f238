// The account's document on disk: a snapshot and an append-only log of what happened since, in entries that are
// length-prefixed and checksummed (crc32) and fsync'd before a push is reported done. At load a torn or damaged
// last entry (a crash mid-write) is dropped and cut off the file; the log is compacted into a new snapshot
// written beside it and renamed over the old one, so every instant leaves a readable pair on disk.

import { open, readFile, rename, mkdir, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'

/** What an entry holds: a Yjs update from the server or from this device, the pending keys, or "all acknowledged". */
export const ENTRY = { remote: 1, local: 2, pending: 3, synced: 4 } as const
export type EntryKind = (typeof ENTRY)[keyof typeof ENTRY]

export interface LogEntry {
  kind: EntryKind
  payload: Uint8Array
}

/** length (u32) + crc32 of kind and payload (u32) + kind (u8), then the payload. */
const HEADER = 9
/** The largest entry read back: a longer length is damage, not an entry. */
const MAX_ENTRY = 512 * 1024 * 1024
/**
 * The log is folded into the snapshot when it holds as many bytes as the snapshot (at least 4 MiB), so that the
 * cost of rewriting the snapshot stays proportional to what was appended; or when it holds this many entries.
 */
const COMPACT_BYTES = 4 * 1024 * 1024
const COMPACT_ENTRIES = 1_000

const SNAPSHOT = 'snapshot'
const LOG = 'log'

function encodeEntry({ kind, payload }: LogEntry): Buffer {
  const buffer = Buffer.allocUnsafe(HEADER + payload.length)
  buffer.writeUInt32LE(payload.length, 0)
  buffer.writeUInt8(kind, 8)
  buffer.set(payload, HEADER)
  buffer.writeUInt32LE(crc32(buffer.subarray(8)), 4)
  return buffer
}

/** The whole entries of `bytes`, and where the last whole one ends (what follows is torn or damaged). */
export function decodeEntries(bytes: Uint8Array): { entries: LogEntry[]; end: number } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries: LogEntry[] = []
  let at = 0
  while (at + HEADER <= buffer.length) {
    const length = buffer.readUInt32LE(at)
    if (length > MAX_ENTRY || at + HEADER + length > buffer.length) break
    const body = buffer.subarray(at + 8, at + HEADER + length)
    if (crc32(body) !== buffer.readUInt32LE(at + 4)) break
    const kind = body[0] as EntryKind
    if (!Object.values(ENTRY).includes(kind)) break
    entries.push({ kind, payload: new Uint8Array(body.subarray(1)) })
    at += HEADER + length
  }
  return { entries, end: at }
}

async function readIfThere(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } catch {
    // Some file systems refuse to fsync a directory; the rename is still atomic there.
  } finally {
    await handle.close()
  }
}

export interface UpdateLog {
  /** The snapshot's entries, then the log's, in the order they were written. */
  readonly entries: LogEntry[]
  /** Bytes of a torn or damaged tail dropped at load (0 when the log was whole). */
  readonly dropped: number
  /** Appends an entry; resolves once it is on disk. */
  append(entry: LogEntry): Promise<void>
  /** Whether the log has grown enough to be folded into a snapshot. */
  wantsCompaction(): boolean
  /** Replaces snapshot and log by `entries` (the document's whole state), after what is queued. */
  compact(entries: () => LogEntry[]): Promise<void>
  close(): Promise<void>
}

/** Opens (or creates) the document's files in `dir`. */
export async function openUpdateLog(dir: string): Promise<UpdateLog> {
  await mkdir(dir, { recursive: true })
  const snapshotPath = join(dir, SNAPSHOT)
  const logPath = join(dir, LOG)
  const snapshot = decodeEntries((await readIfThere(snapshotPath)) ?? new Uint8Array())
  const logBytes = (await readIfThere(logPath)) ?? new Uint8Array()
  const log = decodeEntries(logBytes)
  const handle: FileHandle = await open(logPath, 'a+')
  // A torn tail would sit in front of every later entry: cut it off before appending.
  if (log.end < logBytes.length) {
    await handle.truncate(log.end)
    await handle.sync()
  }
  let size = log.end
  let snapshotSize = snapshot.end
  let compacting = false
  let count = log.entries.length
  // One file operation at a time, in the order they were asked for; appends waiting are written together.
  let queue: Buffer[] = []
  let writing: Promise<void> | null = null
  let tail: Promise<void> = Promise.resolve()
  let closed = false
  /** Runs `job` after every operation asked for before it; a failed one fails its caller, not the next ones. */
  const run = (job: () => Promise<void>): Promise<void> => {
    const done = tail.then(job)
    tail = done.catch(() => undefined)
    return done
  }
  const flush = (): Promise<void> =>
    (writing ??= run(async () => {
      writing = null
      const batch = Buffer.concat(queue)
      queue = []
      await handle.write(batch, 0, batch.length, null)
      await handle.datasync()
      size += batch.length
    }))

  return {
    entries: [...snapshot.entries, ...log.entries],
    dropped: logBytes.length - log.end,
    append(entry) {
      if (closed) return Promise.reject(new Error('Le journal de synchronisation est fermé.'))
      queue.push(encodeEntry(entry))
      count++
      return flush()
    },
    wantsCompaction: () => !compacting && (size >= Math.max(COMPACT_BYTES, snapshotSize) || count >= COMPACT_ENTRIES),
    compact(entries) {
      count = 0
      compacting = true
      return run(async () => {
        if (closed) return
        // Entries still queued are written after the new snapshot (their updates are in it too: Yjs ignores the
        // second copy), so nothing is lost whichever instant the process dies at.
        const temporary = `${snapshotPath}.tmp`
        const out = await open(temporary, 'w')
        try {
          const bytes = Buffer.concat(entries().map(encodeEntry))
          await out.write(bytes, 0, bytes.length, 0)
          snapshotSize = bytes.length
          await out.sync()
        } finally {
          await out.close()
        }
        await rename(temporary, snapshotPath)
        await syncDirectory(dir)
        await handle.truncate(0)
        await handle.sync()
        size = 0
      }).finally(() => (compacting = false))
    },
    async close() {
      if (closed) return
      if (queue.length > 0) await flush()
      closed = true
      await tail
      await handle.close()
    }
  }
}
