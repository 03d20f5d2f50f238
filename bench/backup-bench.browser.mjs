// Binds Folio's backup functions to bench/backup-bench.ts and prints the figures (see backup-bench.vitest.mts).
import { test } from 'vitest'
import { runBackupBench } from './backup-bench.ts'
import { applyImport } from '../src/renderer/src/backup/apply-import.ts'
import { buildExport } from '../src/renderer/src/backup/data-actions.ts'
import { parseImportFile } from '../src/renderer/src/backup/parse-import-file.ts'
import { FolioDb } from '../src/renderer/src/db/folio-db.ts'

const api = {
  async open(name) {
    const db = new FolioDb(name)
    await db.delete({ disableAutoOpen: false })
    await db.open()
    return db
  },
  seed: (db, rows) => db.transaction('rw', db.annotations, () => db.annotations.bulkAdd(rows)),
  exportBackup: (db) =>
    buildExport(db, {
      scope: { kind: 'all' },
      format: 'backup',
      documentTitles: new Map(),
      markdownLabels: null,
      collectionLabel: ''
    }),
  importBackup: async (db, content) => void (await applyImport(db, (await parseImportFile(content)).records)),
  async remove(db) {
    db.close()
    await db.delete({ disableAutoOpen: true })
  }
}

test('backup benchmark', async () => {
  const result = await runBackupBench(
    api,
    Number(import.meta.env.BENCH_ANNOTATIONS),
    1024,
    Number(import.meta.env.BENCH_ROUNDS)
  )
  console.log(`BACKUP-BENCH ${JSON.stringify(result)}`)
})
