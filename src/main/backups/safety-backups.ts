// Automatic backups of the user's database, written to `<userData>/backups` before a schema migration,
// an import that changes records, or "clear all data". Atomic writes; only the most recent few are kept.

import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { SAFETY_BACKUP_HEADER, type WriteSafetyBackupResult } from '../../shared/ipc/contract'
import { writeAtomically } from '../files/atomic-write'

/** Safety backups kept in the folder; older ones are deleted after each write. */
export const SAFETY_BACKUPS_KEPT = 5

/** `folio-backup-2025-03-12T09-41-07-123Z-v2.json`: sorts by date as text. */
const FILE_NAME = /^folio-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-v\d+\.json$/

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The schema version a backup declares in its first bytes, or null when `content` is not a Folio backup. */
export function safetyBackupVersion(content: string): number | null {
  const match = SAFETY_BACKUP_HEADER.exec(content.slice(0, 200))
  return match ? Number(match[1]) : null
}

/** The file name of a safety backup of schema `version` taken at `date`. */
export function safetyBackupFileName(date: Date, version: number): string {
  return `folio-backup-${date.toISOString().replace(/[:.]/g, '-')}-v${version}.json`
}

/** The date in a safety backup's name, or null for any other file. */
export function safetyBackupDate(fileName: string): Date | null {
  const match = /^folio-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-v\d+\.json$/.exec(fileName)
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : null
}

/** `now`, or just after the newest backup in `names` if that is not earlier (same millisecond, clock set back). */
function nextBackupDate(names: readonly string[], now: Date): Date {
  const newest = Math.max(-Infinity, ...names.map((name) => safetyBackupDate(name)?.getTime() ?? -Infinity))
  return newest >= now.getTime() ? new Date(newest + 1) : now
}

/**
 * Deletes all but the `keep` most recent safety backups in `dir` (by the date in their names), always
 * keeping `justWritten` even if the clock went back; returns the names deleted.
 */
export async function pruneSafetyBackups(dir: string, justWritten: string | null = null, keep: number = SAFETY_BACKUPS_KEPT): Promise<string[]> {
  const others = (await readdir(dir)).filter((name) => FILE_NAME.test(name) && name !== justWritten).sort()
  const room = justWritten ? keep - 1 : keep
  const doomed = others.slice(0, Math.max(0, others.length - room))
  for (const name of doomed) await unlink(join(dir, name)).catch(() => undefined)
  return doomed
}

/**
 * Writes `content` (a Folio backup, as the renderer serialised it) to `dir`, creating the folder if needed:
 * first to a temporary file, then renamed, so a crash never leaves half a backup under a backup's name.
 * Then keeps only the {@link SAFETY_BACKUPS_KEPT} most recent.
 */
export async function writeSafetyBackup(content: string, dir: string, now: Date = new Date()): Promise<WriteSafetyBackupResult> {
  const version = safetyBackupVersion(content)
  if (version === null) return { ok: false, reason: 'invalid', message: 'Ce contenu n’est pas une sauvegarde Folio.' }
  try {
    await mkdir(dir, { recursive: true })
    // Names sort by date: a new backup always sorts last, so it is never the one pruned.
    const fileName = safetyBackupFileName(nextBackupDate(await readdir(dir), now), version)
    await writeAtomically(join(dir, fileName), content)
    await pruneSafetyBackups(dir, fileName)
    return { ok: true, fileName }
  } catch (error) {
    return { ok: false, reason: 'failed', message: `La sauvegarde de sécurité n’a pas pu être écrite : ${message(error)}` }
  }
}
