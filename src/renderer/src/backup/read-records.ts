// Reads the user's records for an export — everything, or one document's — in one read transaction,
// so the file is a consistent snapshot, and in pages, so the page stays responsive with 50,000 notes.

import type { Table } from 'dexie'
import { TABLE_NAMES, type FolioDb, type TableName } from '../db/folio-db'
import type { ExportScope } from './backup-format'
import { allTables } from './plan-import'
import { CHUNK_SIZE, type OnProgress } from './progress'
import { noRecords, RECORD_SCHEMAS, type FolioRecords, type RecordOf } from './record-schemas'

/** Reads a whole table in primary-key order, one page (one `getAll`) at a time. */
async function readTable<R>(table: Table<R, string, unknown>, keyOf: (row: R) => string, onPage: (count: number) => void): Promise<R[]> {
  const rows: R[] = []
  let page = await table.orderBy(':id').limit(CHUNK_SIZE).toArray()
  while (page.length > 0) {
    for (const row of page) rows.push(row)
    onPage(rows.length)
    const last = page[page.length - 1]
    if (page.length < CHUNK_SIZE || last === undefined) break
    page = await table.where(':id').above(keyOf(last)).limit(CHUNK_SIZE).toArray()
  }
  return rows
}

/** True when the table's rows belong to a document (a `documentId` key or index); settings do not. */
function isPerDocument(table: Table): boolean {
  return table.schema.primKey.name === 'documentId' || table.schema.indexes.some((index) => index.name === 'documentId')
}

/** How many records each table holds, for the dialog's summary and the progress total. */
export async function countRecords(database: FolioDb): Promise<Record<TableName, number>> {
  return database.transaction('r', allTables(database), async () => {
    const counts = {} as Record<TableName, number>
    for (const name of TABLE_NAMES) counts[name] = await database.table(name).count()
    return counts
  })
}

/** The records in `scope` (one document: the tables with a `documentId`), read in one transaction. */
export async function readRecords(database: FolioDb, scope: ExportScope, onProgress?: OnProgress): Promise<FolioRecords> {
  return database.transaction('r', allTables(database), async () => {
    const records = noRecords()
    const counts = await countRecords(database)
    const total = TABLE_NAMES.reduce((sum, name) => sum + counts[name], 0)
    let before = 0
    const progress = (count: number) => onProgress?.({ phase: 'reading', done: before + count, total })
    const read = async <T extends TableName>(name: T): Promise<void> => {
      const table = database[name] as unknown as Table<RecordOf<T>, string, unknown>
      const key = RECORD_SCHEMAS[name].key
      if (scope.kind === 'all') {
        records[name] = (await readTable(table, (row) => String(row[key]), progress)) as FolioRecords[T]
      } else if (isPerDocument(table)) {
        const rows = await table.where('documentId').equals(scope.documentId).toArray()
        records[name] = (key === 'documentId' ? rows : rows.sort((a, b) => String(a[key]).localeCompare(String(b[key])))) as FolioRecords[T]
      }
      before += records[name].length
    }
    for (const name of TABLE_NAMES) await read(name)
    return records
  })
}
