// Reads the user's records for an export — everything, or one document's — in one read transaction,
// so the file is a consistent snapshot, and in pages, so the page stays responsive with 50,000 notes.

import type { Table } from 'dexie'
import { TABLE_NAMES, type FolioDb, type TableName } from '../db/folio-db'
import type { ExportScope } from './backup-format'
import { allTables } from './plan-import'
import type { OnProgress } from './progress'
import { readTablesInPages } from './read-pages'
import { noRecords, RECORD_SCHEMAS, type FolioRecords, type RecordOf } from './record-schemas'

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

/** Every record of every table, in key order, a page at a time (see read-pages.ts); counted first for the progress total. */
async function readAllRecords(database: FolioDb, onProgress?: OnProgress): Promise<FolioRecords> {
  const counts = onProgress ? await countRecords(database) : null
  const total = counts ? TABLE_NAMES.reduce((sum, name) => sum + counts[name], 0) : 0
  const records = noRecords() as unknown as Record<string, unknown[]>
  let done = 0
  await database.open()
  await readTablesInPages(database.backendDB(), TABLE_NAMES, (table, rows) => {
    const into = records[table] ?? []
    for (const row of rows) into.push(row)
    done += rows.length
    onProgress?.({ phase: 'reading', done, total: Math.max(total, done) })
  })
  return records as unknown as FolioRecords
}

/** The records in `scope` (one document: the tables with a `documentId`, and its annotations' links), read in one transaction. */
export async function readRecords(
  database: FolioDb,
  scope: ExportScope,
  onProgress?: OnProgress
): Promise<FolioRecords> {
  if (scope.kind === 'all') return readAllRecords(database, onProgress)
  const { documentId } = scope
  return database.transaction('r', allTables(database), async () => {
    const records = noRecords()
    const read = async <T extends TableName>(name: T): Promise<void> => {
      const table = database[name] as unknown as Table<RecordOf<T>, string, unknown>
      if (!isPerDocument(table)) return
      const key = RECORD_SCHEMAS[name].key
      const rows = await table.where('documentId').equals(documentId).toArray()
      records[name] = (
        key === 'documentId' ? rows : rows.sort((a, b) => String(a[key]).localeCompare(String(b[key])))
      ) as FolioRecords[T]
    }
    for (const name of TABLE_NAMES) await read(name)
    // Links have no document: a document's are those to or from its annotations.
    const ids = records.annotations.map((annotation) => annotation.id)
    const links = [
      ...(await database.annotationLinks.where('fromId').anyOf(ids).toArray()),
      ...(await database.annotationLinks.where('toId').anyOf(ids).toArray())
    ]
    records.annotationLinks = [...new Map(links.map((link) => [link.id, link])).values()].sort((a, b) =>
      a.id.localeCompare(b.id)
    )
    return records
  })
}
