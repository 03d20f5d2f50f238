// Folio's own backup file format (documented in README.md, "Backups"): a JSON object whose header comes
// first, then every table of the database, one record per line. Versioned twice: the file format and the schema.

import { z } from 'zod'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupHeaderSchema,
  readBackupHeader,
  type BackupReason
} from '../../../shared/backup/backup-header'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../db/folio-db'
import { CHUNK_SIZE, yieldToUi, type OnProgress } from './progress'

// The header's fields and their rule are shared with main, which checks the safety backups it keeps.
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_REASONS,
  type BackupReason
} from '../../../shared/backup/backup-header'

/** Which records a file holds: everything, or one document's. */
export type ExportScope = { kind: 'all' } | { kind: 'document'; documentId: string }

/** Everything a backup says about itself, before its tables. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  formatVersion: typeof BACKUP_FORMAT_VERSION
  /** The FolioDb schema version the tables were read from (1, 2…). */
  schemaVersion: number
  /** ISO 8601. */
  exportedAt: string
  reason: BackupReason
  scope: ExportScope
  /** Number of records of each table: a file cut short or edited by hand is caught. */
  counts: Record<string, number>
}

/** The envelope as read from a file: the header (of a released schema version), then the tables, checked record by record afterwards. */
export const backupEnvelopeSchema = backupHeaderSchema.extend({
  schemaVersion: z.number().int().min(1).max(CURRENT_SCHEMA_VERSION),
  tables: z.record(z.string(), z.array(z.unknown()))
})

export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>

/** The header of a backup of `tables` taken now. */
export function backupHeader(
  schemaVersion: number,
  reason: BackupReason,
  scope: ExportScope,
  tables: Readonly<Record<string, readonly unknown[]>>,
  now: Date = new Date()
): BackupHeader {
  const counts: Record<string, number> = {}
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length
  return backupHeaderOfCounts(schemaVersion, reason, scope, counts, now)
}

/** The header of a backup taken now whose tables hold `counts` records (a backup written as it is read). */
export function backupHeaderOfCounts(
  schemaVersion: number,
  reason: BackupReason,
  scope: ExportScope,
  counts: Readonly<Record<string, number>>,
  now: Date = new Date()
): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    exportedAt: now.toISOString(),
    reason,
    scope,
    counts: { ...counts }
  }
}

/**
 * Writes a backup as text, in pieces: the header fields first (main recognises a safety backup by its header,
 * src/shared/backup/backup-header.ts), then each table with one record per line, so a diff or a text editor can read it.
 * Records are written as they are (no validation): a safety backup keeps even records the app would refuse.
 * Tables are added a page of records at a time and the text is joined once, at the end: a 60 MB backup is
 * copied once, and a caller reading the database can drop each page as soon as it is written.
 */
export class BackupTextWriter {
  private readonly pieces: string[] = []
  private readonly tableCounts: Record<string, number> = {}
  private table: string | null = null

  /** Records written to each table so far, in the order the tables were started. */
  get counts(): Readonly<Record<string, number>> {
    return this.tableCounts
  }

  /** Starts table `name` (each table once, in the order they should appear). */
  startTable(name: string): void {
    if (name in this.tableCounts) throw new Error(`table ${name} written twice`)
    this.pieces.push(`${this.table === null ? '' : '\n],'}\n${JSON.stringify(name)}:[`)
    this.tableCounts[name] = 0
    this.table = name
  }

  /** Adds `rows` to the table started last, one JSON line each. */
  addRows(rows: readonly unknown[]): void {
    if (this.table === null) throw new Error('no table started')
    let written = this.tableCounts[this.table] ?? 0
    // One piece per page, built by concatenation (V8 links the strings, copying nothing): finish() copies once.
    let page = ''
    for (const row of rows) page += `${written++ === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`
    this.pieces.push(page)
    this.tableCounts[this.table] = written
  }

  /** The whole text, under `header` (whose counts should be {@link counts}). */
  finish(header: BackupHeader): string {
    const text = [
      `{"format":${JSON.stringify(header.format)},"formatVersion":${header.formatVersion},"schemaVersion":${header.schemaVersion},`,
      `\n"exportedAt":${JSON.stringify(header.exportedAt)},"reason":${JSON.stringify(header.reason)},`,
      `\n"scope":${JSON.stringify(header.scope)},\n"counts":${JSON.stringify(header.counts)},\n"tables":{`,
      ...this.pieces,
      this.table === null ? '\n}}\n' : '\n]\n}}\n'
    ].join('')
    if (readBackupHeader(text) === null) throw new Error('backup header out of shape')
    return text
  }
}

/** A backup of `tables` (already read) as text, in chunks so the page stays responsive; see {@link BackupTextWriter}. */
export async function serializeBackup(
  header: BackupHeader,
  tables: Readonly<Record<string, readonly unknown[]>>,
  onProgress?: OnProgress
): Promise<string> {
  const writer = new BackupTextWriter()
  const total = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0)
  let before = 0
  for (const [name, rows] of Object.entries(tables)) {
    writer.startTable(name)
    for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
      writer.addRows(rows.slice(start, start + CHUNK_SIZE))
      onProgress?.({ phase: 'serializing', done: before + Math.min(rows.length, start + CHUNK_SIZE), total })
      await yieldToUi()
    }
    before += rows.length
  }
  return writer.finish(header)
}

// The ladder: brings the tables of a backup written at an older schema version up to the current one, one
// version at a time, the way FolioDb's own upgrades do — a backup of any released version can be restored.

type RawTables = Record<string, unknown[]>

/** A step from version `v - 1` to `v`: changes records whose shape changed in `v`. */
type UpgradeStep = (tables: RawTables) => RawTables

/**
 * One entry per schema version after the first. Tables a version adds are created empty by
 * {@link upgradeTables} itself; a step is needed only when records of an existing table change shape.
 * Version 2 added bookmarks and linkUrls and left annotations untouched.
 */
const UPGRADE_STEPS: Record<number, UpgradeStep> = {
  2: (tables) => tables
}

/** The tables that exist at `version`: every table declared by versions 1 to `version`. */
export function tablesOfSchemaVersion(version: number): string[] {
  const names = new Set<string>()
  for (const [declared, stores] of Object.entries(SCHEMA_VERSIONS)) {
    if (Number(declared) <= version) for (const name of Object.keys(stores)) names.add(name)
  }
  return [...names]
}

/**
 * The tables of a backup taken at `fromVersion`, as they would be after FolioDb's upgrades to the current
 * version. The records are not validated here: the importer validates the result.
 */
export function upgradeTables(fromVersion: number, tables: Readonly<RawTables>): RawTables {
  let current: RawTables = { ...tables }
  for (let version = fromVersion + 1; version <= CURRENT_SCHEMA_VERSION; version++) {
    for (const name of tablesOfSchemaVersion(version)) current[name] ??= []
    const step = UPGRADE_STEPS[version]
    if (step) current = step(current)
  }
  return current
}
