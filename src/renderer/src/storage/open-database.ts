// Opens Folio's database at start-up, and before a schema migration would run, writes a backup of the
// database as it is (raw, every table) to the user-data folder through main. No backup, no migration.

import { CURRENT_SCHEMA_VERSION, type FolioDb } from '../db/folio-db'
import { openExisting, settle } from './raw-database'
import { schemaVersionOf } from './schema'
import i18next from '../i18n/i18n'
import type { WriteSafetyBackupResult } from '../../../shared/ipc/contract'

/** Writes a safety backup (main's `writeSafetyBackup`). */
export type SafetyBackupWriter = (content: string) => Promise<WriteSafetyBackupResult>

/** The safety backup could not be written, so the migration did not run and the database is untouched. */
export class SafetyBackupError extends Error {
  constructor(
    message: string,
    readonly fromVersion: number
  ) {
    super(message)
    this.name = 'SafetyBackupError'
  }
}

/** What start-up did to the database. */
export interface OpenedDatabase {
  /** The schema version found on disk (0: no database yet). */
  installedVersion: number
  /** The safety backup written before migrating, if a migration ran. */
  backupFile: string | null
}

/** The schema version of database `name` on disk, and every record of every table, read raw (no Dexie). */
export async function readRawDatabase(name: string): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  const existing = await openExisting(name)
  if (!existing) return { version: 0, tables: {} }
  const { idb } = existing
  try {
    const stores = [...idb.objectStoreNames]
    const tables: Record<string, unknown[]> = {}
    if (stores.length > 0) {
      const transaction = idb.transaction(stores, 'readonly')
      for (const store of stores) tables[store] = await settle(transaction.objectStore(store).getAll())
    }
    return { version: existing.schemaVersion, tables }
  } finally {
    idb.close()
  }
}

/** The schema version of database `name` on disk (0 when it does not exist), without opening it for writing. */
export async function installedSchemaVersion(name: string): Promise<number> {
  const listed = typeof indexedDB.databases === 'function' ? await indexedDB.databases().catch(() => null) : null
  if (listed) {
    const found = listed.find((info) => info.name === name)
    return found?.version ? schemaVersionOf(found.version) : 0
  }
  const existing = await openExisting(name)
  existing?.idb.close()
  return existing?.schemaVersion ?? 0
}

/**
 * Opens `database`. When the database on disk is at an older schema version than CURRENT_SCHEMA_VERSION,
 * first exports all its tables raw and hands them to `writeBackup`; if that fails, throws
 * {@link SafetyBackupError} without opening, so that no migration runs. `force` skips the backup (the user
 * chose to go on without one).
 */
export async function openDatabase(
  database: FolioDb,
  writeBackup: SafetyBackupWriter | null,
  options: { force?: boolean; now?: Date } = {}
): Promise<OpenedDatabase> {
  const installedVersion = await installedSchemaVersion(database.name)
  let backupFile: string | null = null
  if (installedVersion > 0 && installedVersion < CURRENT_SCHEMA_VERSION && !options.force) {
    if (!writeBackup) throw new SafetyBackupError(i18next.t('backup.noMainForSafetyBackup'), installedVersion)
    // The backup format (and zod, with its schemas) loads only here, when a migration is due: not at every start.
    const { backupHeader, serializeBackup } = await import('../backup/backup-format')
    const raw = await readRawDatabase(database.name)
    const header = backupHeader(raw.version, 'before-migration', { kind: 'all' }, raw.tables, options.now)
    let result: WriteSafetyBackupResult
    try {
      result = await writeBackup(await serializeBackup(header, raw.tables))
    } catch (error) {
      result = { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) }
    }
    if (!result.ok) throw new SafetyBackupError(result.message, installedVersion)
    backupFile = result.fileName
  }
  await database.open()
  return { installedVersion, backupFile }
}
