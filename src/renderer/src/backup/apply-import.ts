// Writes an import into the database, all or nothing: one Dexie transaction over every table, planned
// and written inside it. Any failure (quota, constraint, a closed database) rolls everything back.

import { TABLE_NAMES, type FolioDb, type TableName } from '../db/folio-db'
import { ImportRefusal, refusalText } from './import-refusal'
import { allTables, planImport, type ImportPlan, type NewId, type TablePlan } from './plan-import'
import { chunksOf, type OnProgress } from './progress'
import type { FolioRecords, RecordOf } from './record-schemas'

/** The part of a Dexie table an import writes with. */
interface WritableTable<R> {
  bulkAdd(rows: readonly R[]): Promise<unknown>
  bulkPut(rows: readonly R[]): Promise<unknown>
}

/** The message of a write that failed; the transaction has been rolled back. */
export function writeRefusal(error: unknown): ImportRefusal {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const names = [name, inner]
  if (names.includes('QuotaExceededError')) {
    return new ImportRefusal('write-failed', refusalText('writeQuota'), error)
  }
  if (names.includes('ConstraintError') || name === 'BulkError') {
    return new ImportRefusal('write-failed', refusalText('writeConstraint'), error)
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new ImportRefusal('write-failed', refusalText('writeFailed', { detail: detail.slice(0, 200) }), error)
}

/**
 * Imports validated `records` by the conflict rule, in ONE transaction. Writes go in chunks, each awaited,
 * which keeps the transaction alive and gives the page a turn between chunks (no timers and no other
 * promises here: Dexie would lose the transaction and the writes would commit one by one — the
 * "rolls back every record" test catches that). Returns the plan that was applied.
 */
export async function applyImport(
  database: FolioDb,
  records: FolioRecords,
  options: { newId?: NewId; onProgress?: OnProgress } = {}
): Promise<ImportPlan> {
  try {
    return await database.transaction('rw', allTables(database), async () => {
      options.onProgress?.({ phase: 'planning', done: 0, total: 1 })
      const plan = await planImport(database, records, options.newId)
      const total = TABLE_NAMES.reduce((sum, name) => sum + plan[name].add.length + plan[name].put.length, 0)
      let done = 0
      // Two chunks in flight: the next is queued while IndexedDB writes the previous, so the database never
      // waits for the page, and the page gets a turn each time a chunk completes.
      const write = async <R>(table: WritableTable<R>, tablePlan: TablePlan<R>) => {
        const batches = [
          ...chunksOf(tablePlan.add).map((rows) => ({ size: rows.length, run: () => table.bulkAdd(rows) })),
          ...chunksOf(tablePlan.put).map((rows) => ({ size: rows.length, run: () => table.bulkPut(rows) }))
        ]
        const settle = async (batch: { size: number; promise: Promise<unknown> }) => {
          await batch.promise
          done += batch.size
          options.onProgress?.({ phase: 'writing', done, total })
        }
        let inFlight: { size: number; promise: Promise<unknown> } | null = null
        for (const batch of batches) {
          const current = { size: batch.size, promise: batch.run() }
          if (inFlight) await settle(inFlight)
          inFlight = current
        }
        if (inFlight) await settle(inFlight)
      }
      const writeTable = <T extends TableName>(name: T) =>
        write(database[name] as unknown as WritableTable<RecordOf<T>>, plan[name] as TablePlan<RecordOf<T>>)
      for (const name of TABLE_NAMES) await writeTable(name)
      return plan
    })
  } catch (error) {
    throw error instanceof ImportRefusal ? error : writeRefusal(error)
  }
}
