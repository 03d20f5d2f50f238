// Automatic backups of the user's database, written to `<userData>/backups` before a schema migration, an
// import that changes records, "clear all data" or a removal. Durable writes; only the most recent few are kept.

import { mkdir, open, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { WriteSafetyBackupResult } from '../../shared/ipc/contract'
import {
  isSafetyBackupReason,
  MAX_HEADER_CHARS,
  MAX_SCHEMA_VERSION,
  readBackupHeader,
  readSafetyBackupHeader,
  type BackupHeaderFields
} from '../../shared/backup/backup-header'
import { writeAtomically } from '../files/atomic-write'
import { removeLeftoverTemporaries } from '../files/leftover-temporaries'

/** Safety backups kept in the folder; older ones are deleted after each write. */
export const SAFETY_BACKUPS_KEPT = 5

/** `folio-backup-2025-03-12T09-41-07-123Z-v2.json`: sorts by date as text; the version has at most 4 digits. */
const FILE_NAME = new RegExp(
  `^folio-backup-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-v([1-9]\\d{0,${String(MAX_SCHEMA_VERSION).length - 1}})\\.json$`
)

/** The latest date a name can hold: later ones would need a five-digit year. */
const LAST_NAMEABLE_DATE = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The schema version `content` declares if it is a safety backup Folio would write (validated header), else null. */
export function safetyBackupVersion(content: string): number | null {
  return readSafetyBackupHeader(content)?.schemaVersion ?? null
}

/** The file name of a safety backup of schema `version` (1 to MAX_SCHEMA_VERSION) taken at `date`. */
export function safetyBackupFileName(date: Date, version: number): string {
  return `folio-backup-${date.toISOString().replace(/[:.]/g, '-')}-v${version}.json`
}

/** The date in a safety backup's name, or null for any other file name. */
export function safetyBackupDate(fileName: string): Date | null {
  const match = FILE_NAME.exec(fileName)
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : null
}

/** The header of the safety backup at `path` if it validates, else null (only its first bytes are read). */
async function safetyBackupHeaderOf(path: string): Promise<BackupHeaderFields | null> {
  try {
    const file = await open(path, 'r')
    try {
      // Up to 4 bytes a character: enough bytes for MAX_HEADER_CHARS characters of any script.
      const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(MAX_HEADER_CHARS * 4), position: 0 })
      const header = readBackupHeader(new TextDecoder().decode(buffer.subarray(0, bytesRead)))
      return header && isSafetyBackupReason(header.reason) ? header : null
    } finally {
      await file.close()
    }
  } catch {
    return null // unreadable, a folder, gone: not a backup Folio may count or delete
  }
}

type ScopeKind = BackupHeaderFields['scope']['kind']

/** The safety backups in `dir`, oldest first: files named as one AND whose header validates, with their scope. */
async function realSafetyBackups(dir: string): Promise<{ name: string; scope: ScopeKind }[]> {
  const named = (await readdir(dir)).filter((name) => FILE_NAME.test(name)).sort()
  const real: { name: string; scope: ScopeKind }[] = []
  for (const name of named) {
    const header = await safetyBackupHeaderOf(join(dir, name))
    if (header) real.push({ name, scope: header.scope.kind })
  }
  return real
}

/**
 * A name for a backup of schema `version` taken `now`, or just after the newest name in `names` if that is not
 * earlier (same millisecond, clock set back): a new backup sorts last, and never takes a name already there.
 */
function freshBackupName(names: readonly string[], version: number, now: Date): string {
  const newest = Math.max(-Infinity, ...names.map((name) => safetyBackupDate(name)?.getTime() ?? -Infinity))
  let time = newest >= now.getTime() && newest < LAST_NAMEABLE_DATE ? newest + 1 : now.getTime()
  const taken = new Set(names)
  while (taken.has(safetyBackupFileName(new Date(time), version))) time++
  return safetyBackupFileName(new Date(time), version)
}

/**
 * Deletes all but the `keep` most recent safety backups in `dir` (by the date in their names) of the whole
 * database, and all but the `keep` most recent of single documents (removals), so that removing documents
 * never pushes out the last backups of everything. Always keeps `justWritten`, even if the clock went back;
 * returns the names deleted. Only real backups are counted or deleted: a file that merely has a backup's
 * name is left alone.
 */
export async function pruneSafetyBackups(
  dir: string,
  justWritten: string | null = null,
  keep: number = SAFETY_BACKUPS_KEPT
): Promise<string[]> {
  const backups = await realSafetyBackups(dir)
  const doomed: string[] = []
  for (const scope of new Set(backups.map((backup) => backup.scope))) {
    const group = backups.filter((backup) => backup.scope === scope).map((backup) => backup.name)
    const others = group.filter((name) => name !== justWritten)
    const room = others.length < group.length ? keep - 1 : keep
    doomed.push(...others.slice(0, Math.max(0, others.length - room)))
  }
  for (const name of doomed) await unlink(join(dir, name)).catch(() => undefined)
  return doomed
}

/** Writes in progress, per folder: two backups at once would otherwise pick the same name. */
const queues = new Map<string, Promise<unknown>>()

function serialised<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const result = (queues.get(dir) ?? Promise.resolve()).then(run)
  const tail = result.catch(() => undefined)
  queues.set(dir, tail)
  void tail.then(() => queues.get(dir) === tail && queues.delete(dir))
  return result
}

/**
 * Writes `content` (a Folio backup, as the renderer serialised it) to `dir`, creating the folder if needed,
 * durably (see {@link writeAtomically}): when this resolves with `ok`, the backup is on disk. Refuses
 * content whose header does not validate or that is cut short. The name is the app's: main's clock and the
 * validated schema version. Then keeps only the most recent real backups ({@link pruneSafetyBackups}).
 */
export function writeSafetyBackup(
  content: string,
  dir: string,
  now: Date = new Date()
): Promise<WriteSafetyBackupResult> {
  const version = safetyBackupVersion(content)
  if (version === null)
    return Promise.resolve({
      ok: false,
      reason: 'invalid',
      message: 'Ce contenu n’est pas une sauvegarde Folio complète.'
    })
  return serialised(dir, async (): Promise<WriteSafetyBackupResult> => {
    try {
      await mkdir(dir, { recursive: true })
      // Every name counts here, a real backup's or not: the new one must not replace any file.
      const fileName = freshBackupName(await readdir(dir), version, now)
      await writeAtomically(join(dir, fileName), content)
      await pruneSafetyBackups(dir, fileName)
      // What an earlier write killed mid-way left beside the backups is never one of them.
      await removeLeftoverTemporaries(dir).catch(() => [])
      return { ok: true, fileName }
    } catch (error) {
      return {
        ok: false,
        reason: 'failed',
        message: `La sauvegarde de sécurité n’a pas pu être écrite : ${message(error)}`
      }
    }
  })
}
