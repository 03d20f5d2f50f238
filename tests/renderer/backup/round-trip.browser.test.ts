// The backup round trip in Chromium's real IndexedDB (the 10,000-record version runs on fake-indexeddb):
// export, wipe, import is deep-equal, and a damaged file changes nothing.

import { afterEach, describe, expect, it } from 'vitest'
import { applyImport } from '../../../src/renderer/src/backup/apply-import'
import { backupHeader, serializeBackup } from '../../../src/renderer/src/backup/backup-format'
import { buildExport, clearDatabase } from '../../../src/renderer/src/backup/data-actions'
import { ImportRefusal } from '../../../src/renderer/src/backup/import-refusal'
import { parseImportFile } from '../../../src/renderer/src/backup/parse-import-file'
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES } from '../../../src/renderer/src/db/folio-db'
import { markdownLabels } from './markdown-labels'
import { sampleRecords } from './sample-records'
import { deleteTestDatabases, dump, freshDatabase, seed } from './test-database'

afterEach(deleteTestDatabases)

const backupRequest = {
  scope: { kind: 'all' as const },
  format: 'backup' as const,
  documentTitles: new Map<string, string>(),
  markdownLabels,
  collectionLabel: 'Folio'
}

describe('a backup round trip in Chromium', () => {
  it('brings back 1,000 annotations and 1,000 bookmarks deep-equal, 100,000-character notes included', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRecords(1_000, 1_000, { longEvery: 250 }))
    const before = await dump(database)
    const backup = await buildExport(database, backupRequest)
    await clearDatabase(database)
    expect(await database.annotations.count()).toBe(0)
    await applyImport(database, (await parseImportFile(backup)).records)
    expect(await dump(database)).toEqual(before)
  })

  it('writes, page by page while reading, exactly the text written from the records read whole', async () => {
    const database = await freshDatabase()
    // Pages of 2,000: 4,000 bookmarks fill theirs exactly, 4,001 annotations spill one into a third.
    await seed(database, sampleRecords(4_001, 4_000, { longEvery: 1_000 }))
    const now = new Date('2026-03-10T09:00:00.000Z')
    // Read whole, in key order, by Dexie: not by the page reader under test.
    const records = Object.fromEntries(
      await Promise.all(TABLE_NAMES.map(async (name) => [name, await database.table(name).toArray()] as const))
    )
    const whole = await serializeBackup(
      backupHeader(CURRENT_SCHEMA_VERSION, 'export', { kind: 'all' }, records, now),
      records
    )
    expect(await buildExport(database, { ...backupRequest, now })).toBe(whole)
  })

  it('refuses a damaged copy of that backup and leaves the database as it was', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRecords(200, 50))
    const before = await dump(database)
    const backup = await buildExport(database, backupRequest)
    const damaged = backup.replace('"color":"green"', '"color":"vert pomme"')
    const error = await parseImportFile(damaged).then(
      (parsed) => applyImport(database, parsed.records),
      (reason: unknown) => reason
    )
    expect(error).toBeInstanceOf(ImportRefusal)
    expect((error as ImportRefusal).message).toContain('color : valeur inattendue « vert pomme »')
    expect(await dump(database)).toEqual(before)
  })
})
