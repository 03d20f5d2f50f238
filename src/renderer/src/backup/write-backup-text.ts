// A Folio backup's text, written while the database is read: each page of records becomes its lines as soon
// as it arrives, while IndexedDB reads the next one, so the 50,000 notes are never all in memory as objects.

import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, type FolioDb } from '../db/folio-db'
import {
  backupHeader,
  backupHeaderOfCounts,
  BackupTextWriter,
  serializeBackup,
  type BackupReason,
  type ExportScope
} from './backup-format'
import type { OnProgress } from './progress'
import { readTablesInPages } from './read-pages'
import { readRecords } from './read-records'

export interface BackupTextOptions {
  onProgress?: OnProgress
  /**
   * How many records the database holds, when the caller already knows (the dialog's live summary): the
   * progress total. Counting them here would cost as much as reading a tenth of them; without it the
   * progress has no total.
   */
  recordCount?: number
  now?: Date
}

/** The backup of `scope` as text (the layout of {@link BackupTextWriter}), taken from one consistent snapshot. */
export async function writeBackupText(
  database: FolioDb,
  scope: ExportScope,
  reason: BackupReason,
  options: BackupTextOptions = {}
): Promise<string> {
  const { onProgress, now } = options
  if (scope.kind === 'document') {
    // One document's records are few, and read through an index: read them, then write them.
    const records = await readRecords(database, scope, onProgress)
    return serializeBackup(backupHeader(CURRENT_SCHEMA_VERSION, reason, scope, records, now), records, onProgress)
  }
  await database.open()
  const writer = new BackupTextWriter()
  const known = options.recordCount ?? 0
  let done = 0
  onProgress?.({ phase: 'reading', done, total: known })
  await readTablesInPages(database.backendDB(), TABLE_NAMES, (table, rows) => {
    if (!(table in writer.counts)) writer.startTable(table)
    writer.addRows(rows)
    done += rows.length
    onProgress?.({ phase: 'reading', done, total: known > 0 ? Math.max(known, done) : 0 })
  })
  return writer.finish(backupHeaderOfCounts(CURRENT_SCHEMA_VERSION, reason, scope, writer.counts, now))
}
