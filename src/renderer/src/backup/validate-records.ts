// Validates every record of every table read from a file, in chunks so the page stays responsive,
// then checks the keys that must be unique. Nothing is written here: a refusal leaves no trace.

import { TABLE_NAMES, type TableName } from '../db/folio-db'
import { describeIssue, ImportRefusal, invalidFile, refusalText } from './import-refusal'
import { forEachInChunks, type OnProgress } from './progress'
import { noRecords, RECORD_SCHEMAS, type FolioRecords, type RecordOf } from './record-schemas'

/** Issues kept for the message; the others are only counted. */
const KEPT_ISSUES = 3

interface Issues {
  kept: string[]
  total: number
}

async function validateTable<T extends TableName>(
  name: T,
  rows: readonly unknown[],
  pathPrefix: readonly PropertyKey[],
  issues: Issues,
  progress: (done: number) => void
): Promise<RecordOf<T>[]> {
  const { schema } = RECORD_SCHEMAS[name]
  const valid: RecordOf<T>[] = []
  await forEachInChunks(
    rows,
    'validating',
    (row, index) => {
      const result = schema.safeParse(row, { reportInput: true })
      if (result.success) {
        valid.push(result.data)
        return
      }
      for (const issue of result.error.issues) {
        issues.total++
        if (issues.kept.length < KEPT_ISSUES)
          issues.kept.push(describeIssue({ ...issue, path: [...pathPrefix, name, index, ...issue.path] }))
      }
    },
    (step) => progress(step.done)
  )
  return valid
}

/** The first value of `field` that two records share, with both positions. */
function firstDuplicate<R>(
  rows: readonly R[],
  field: (row: R) => string
): { value: string; first: number; second: number } | null {
  const seen = new Map<string, number>()
  for (const [index, row] of rows.entries()) {
    const value = field(row)
    const first = seen.get(value)
    if (first !== undefined) return { value, first, second: index }
    seen.set(value, index)
  }
  return null
}

function refuseDuplicates(records: FolioRecords, pathPrefix: string): void {
  const checks: { table: TableName; field: string; duplicate: ReturnType<typeof firstDuplicate> }[] = [
    ...TABLE_NAMES.map((table) => {
      const key = RECORD_SCHEMAS[table].key
      return {
        table,
        field: key,
        duplicate: firstDuplicate<object>(records[table], (row) => String(Reflect.get(row, key)))
      }
    }),
    { table: 'bookmarks', field: 'targetKey', duplicate: firstDuplicate(records.bookmarks, (row) => row.targetKey) }
  ]
  for (const { table, field, duplicate } of checks) {
    if (!duplicate) continue
    const where = refusalText('duplicateWhere', {
      prefix: pathPrefix,
      table,
      first: duplicate.first,
      second: duplicate.second
    })
    throw new ImportRefusal(
      'duplicate-id',
      refusalText('duplicate', {
        table: refusalText(`tables.${table}`),
        field,
        value: duplicate.value.slice(0, 80),
        where
      })
    )
  }
}

/**
 * Checks every record of `tables` (the tables of the current schema; missing ones count as empty) and
 * returns them typed. Refuses the whole file, naming the first problems, if any record is invalid or if
 * two records share a primary key (or two bookmarks the same target).
 */
export async function validateRecords(
  tables: Readonly<Partial<Record<string, readonly unknown[]>>>,
  options: { pathPrefix?: readonly PropertyKey[]; onProgress?: OnProgress } = {}
): Promise<FolioRecords> {
  const pathPrefix = options.pathPrefix ?? ['tables']
  const total = TABLE_NAMES.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0)
  const issues: Issues = { kept: [], total: 0 }
  const records = noRecords()
  let before = 0
  for (const name of TABLE_NAMES) {
    const rows = tables[name] ?? []
    const report = (done: number) => options.onProgress?.({ phase: 'validating', done: before + done, total })
    // Each table keeps its own record type: assigned through a generic helper, one table at a time.
    const assign = async <T extends TableName>(table: T) => {
      records[table] = (await validateTable(table, rows, pathPrefix, issues, report)) as FolioRecords[T]
    }
    await assign(name)
    before += rows.length
  }
  if (issues.total > 0) throw invalidFile(issues.kept, issues.total)
  refuseDuplicates(records, pathPrefix.length > 0 ? `${pathPrefix.map(String).join('.')}.` : '')
  return records
}
