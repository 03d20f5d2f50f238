// Folio's backup functions bound to bench/backup-bench.ts (export and import of 50,000 annotations), as
// bench/backup-bench.browser.mjs binds them for Vitest: here they run in the suite's benchmark page.

import { applyImport } from '../../src/renderer/src/backup/apply-import'
import { buildExport } from '../../src/renderer/src/backup/data-actions'
import { parseImportFile } from '../../src/renderer/src/backup/parse-import-file'
import { FolioDb } from '../../src/renderer/src/db/folio-db'
// Unused by the 'backup' format, but part of an export request.
import { markdownLabels } from '../../tests/renderer/backup/markdown-labels'
import { runBackupBench, type BackupBenchApi } from '../backup-bench'

const api: BackupBenchApi<FolioDb> = {
  async open(name) {
    const db = new FolioDb(name)
    await db.delete({ disableAutoOpen: false })
    await db.open()
    return db
  },
  seed: async (db, rows) => void (await db.transaction('rw', db.annotations, () => db.annotations.bulkAdd(rows))),
  exportBackup: (db) =>
    buildExport(db, {
      scope: { kind: 'all' },
      format: 'backup',
      documentTitles: new Map(),
      markdownLabels,
      collectionLabel: ''
    }),
  importBackup: async (db, content) => void (await applyImport(db, (await parseImportFile(content)).records)),
  async remove(db) {
    db.close()
    await db.delete({ disableAutoOpen: true })
  }
}

/** What {@link backup} does: `annotations` of about `noteBytes` bytes each, `rounds` times. */
export interface BackupOptions {
  annotations: number
  noteBytes: number
  rounds: number
}

/** Runs the backup benchmark; one sample per round (times in ms, heap in MB). */
export async function backup(options: BackupOptions): Promise<Record<string, number[]>> {
  const result = await runBackupBench(api, options.annotations, options.noteBytes, options.rounds)
  const rounds = result.rounds
  return {
    importRatio: rounds.map((r) => r.importRatio),
    exportRatio: rounds.map((r) => r.exportRatio),
    importMs: rounds.map((r) => r.importBackup.ms),
    exportMs: rounds.map((r) => r.exportBackup.ms),
    rawInsertMs: rounds.map((r) => r.rawInsertStrict.ms),
    importPeakHeapMB: rounds.map((r) => r.importBackup.peakHeapMB ?? Number.NaN).filter(Number.isFinite),
    exportPeakHeapMB: rounds.map((r) => r.exportBackup.peakHeapMB ?? Number.NaN).filter(Number.isFinite),
    importLongestBlockMs: rounds.map((r) => r.importBackup.longestBlockMs),
    exportLongestBlockMs: rounds.map((r) => r.exportBackup.longestBlockMs),
    backupMB: [result.backupMB]
  }
}
