// A fresh FolioDb per test (fake-indexeddb in unit tests, Chromium's IndexedDB in browser tests), seeded
// raw, and read back whole — every table, sorted by key — to compare databases before and after.

import { TABLE_NAMES, FolioDb, type TableName } from '../../../src/renderer/src/db/folio-db'
import { RECORD_SCHEMAS, type FolioRecords } from '../../../src/renderer/src/backup/record-schemas'
import type { DataApi } from '../../../src/renderer/src/backup/data-actions'

const opened: FolioDb[] = []

/** A new, empty database with a unique name; closed and deleted by {@link deleteTestDatabases}. */
export async function freshDatabase(): Promise<FolioDb> {
  const database = new FolioDb(`folio-test-${crypto.randomUUID()}`)
  opened.push(database)
  await database.open()
  return database
}

export async function deleteTestDatabases(): Promise<void> {
  for (const database of opened.splice(0)) {
    database.close()
    await database.delete({ disableAutoOpen: true }).catch(() => undefined)
  }
}

/** Writes `records` as they are, one transaction (no merge rule): the "before" state of a test. */
export async function seed(database: FolioDb, records: Partial<FolioRecords>): Promise<void> {
  await database.transaction(
    'rw',
    TABLE_NAMES.map((name) => database.table(name)),
    async () => {
      for (const name of TABLE_NAMES) {
        const rows = records[name]
        if (rows && rows.length > 0) await database.table(name).bulkAdd(rows)
      }
    }
  )
}

const keyOf = (name: TableName, row: unknown) => String((row as Record<string, unknown>)[RECORD_SCHEMAS[name].key])

/** Sorts every table of `records` by primary key, so two dumps compare with toEqual. */
export function sortedRecords(records: FolioRecords): FolioRecords {
  const sorted = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES)
    sorted[name] = [...records[name]].sort((a, b) =>
      keyOf(name, a) < keyOf(name, b) ? -1 : keyOf(name, a) > keyOf(name, b) ? 1 : 0
    )
  return sorted as unknown as FolioRecords
}

/** Every record of every table, sorted by key. */
export async function dump(database: FolioDb): Promise<FolioRecords> {
  const records = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) records[name] = await database.table(name).toArray()
  return sortedRecords(records as unknown as FolioRecords)
}

/** Main's file API as a test double: saves into `saved`, opens `toOpen`, keeps safety backups. */
export function fakeApi(
  toOpen: { fileName: string; content: string } | null = null
): DataApi & { saved: string[]; safetyBackups: string[] } {
  const saved: string[] = []
  const safetyBackups: string[] = []
  return {
    saved,
    safetyBackups,
    saveFile: async (request) => {
      saved.push(request.content)
      return { ok: true, fileName: request.suggestedName }
    },
    saveFiles: async (request) => {
      saved.push(...request.files.map(({ content }) => content))
      return { ok: true, fileName: request.suggestedName }
    },
    openTextFile: async () => (toOpen ? { ok: true, ...toOpen } : { ok: false, reason: 'canceled', message: '' }),
    writeSafetyBackup: async (content) => {
      safetyBackups.push(content)
      return { ok: true, fileName: `safety-${safetyBackups.length}.json` }
    }
  }
}
