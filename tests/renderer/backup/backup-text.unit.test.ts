import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { backupHeader, serializeBackup } from '../../../src/renderer/src/backup/backup-format'
import { buildExport, writeSafetyBackupNow } from '../../../src/renderer/src/backup/data-actions'
import { noRecords } from '../../../src/renderer/src/backup/record-schemas'
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES } from '../../../src/renderer/src/db/folio-db'
import { markdownLabels } from './markdown-labels'
import { sampleAnnotation, sampleBookmark, sampleRecords } from './sample-records'
import { deleteTestDatabases, fakeApi, freshDatabase, seed } from './test-database'

afterEach(deleteTestDatabases)

const now = new Date('2026-03-10T09:00:00.000Z')
const backupOf = (
  database: Awaited<ReturnType<typeof freshDatabase>>,
  extra: { onProgress?: (p: { done: number; total: number }) => void; recordCount?: number } = {}
) =>
  buildExport(database, {
    scope: { kind: 'all' },
    format: 'backup',
    documentTitles: new Map(),
    markdownLabels,
    collectionLabel: '',
    now,
    ...extra
  })

describe('the text of a Folio backup', () => {
  it('has the layout the README documents, byte for byte', async () => {
    const database = await freshDatabase()
    const annotations = [sampleAnnotation(2), sampleAnnotation(1)]
    const bookmark = sampleBookmark(1)
    await seed(database, { annotations, bookmarks: [bookmark] })
    const [first, second] = [...annotations].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(await backupOf(database)).toBe(
      [
        '{"format":"folio-backup","formatVersion":1,"schemaVersion":4,',
        '"exportedAt":"2026-03-10T09:00:00.000Z","reason":"export",',
        '"scope":{"kind":"all"},',
        '"counts":{"annotations":2,"bookmarks":1,"linkUrls":0,"readingStates":0,"settings":0,"annotationLinks":0},',
        '"tables":{',
        '"annotations":[',
        `${JSON.stringify(first)},`,
        JSON.stringify(second),
        '],',
        '"bookmarks":[',
        JSON.stringify(bookmark),
        '],',
        '"linkUrls":[',
        '],',
        '"readingStates":[',
        '],',
        '"settings":[',
        '],',
        '"annotationLinks":[',
        ']',
        '}}',
        ''
      ].join('\n')
    )
  })

  it('is the same whether written while the database is read or from records read whole, across pages', async () => {
    const database = await freshDatabase()
    // 4,000 bookmarks fill their pages exactly; 4,001 annotations spill one record into a third page.
    await seed(database, sampleRecords(4_001, 4_000, { longEvery: 1_000 }))
    // Read whole, in key order, by Dexie: not by the page reader under test.
    const records = Object.fromEntries(
      await Promise.all(TABLE_NAMES.map(async (name) => [name, await database.table(name).toArray()] as const))
    )
    const whole = await serializeBackup(
      backupHeader(CURRENT_SCHEMA_VERSION, 'export', { kind: 'all' }, records, now),
      records
    )
    expect(await backupOf(database)).toBe(whole)

    const api = fakeApi()
    await writeSafetyBackupNow(database, api, 'before-clear')
    expect(api.safetyBackups[0]?.replace(/^(.*\n)"exportedAt":"[^"]*","reason":"before-clear",/, '$1')).toBe(
      whole.replace(/^(.*\n)"exportedAt":"[^"]*","reason":"export",/, '$1')
    )
  }, 60_000)

  it('reports its progress against the record count it is given', async () => {
    const database = await freshDatabase()
    const records = sampleRecords(4_001, 0)
    await seed(database, records)
    const total = Object.values(records).reduce((sum, rows) => sum + rows.length, 0)
    const seen: { done: number; total: number }[] = []
    await backupOf(database, { onProgress: ({ done, total }) => seen.push({ done, total }), recordCount: total })
    expect(seen[0]).toEqual({ done: 0, total })
    expect(seen.at(-1)).toEqual({ done: total, total })
    expect(seen.every((progress, index) => index === 0 || progress.done >= (seen[index - 1]?.done ?? 0))).toBe(true)
  })

  it('writes an empty database as empty tables', async () => {
    const database = await freshDatabase()
    const text = await backupOf(database)
    expect(text).toBe(
      await serializeBackup(
        backupHeader(CURRENT_SCHEMA_VERSION, 'export', { kind: 'all' }, noRecords(), now),
        noRecords()
      )
    )
    expect(text).toContain('\n"tables":{\n"annotations":[\n],\n')
  })
})
