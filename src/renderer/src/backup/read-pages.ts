// Reads whole tables straight from IndexedDB, in primary-key order and a page at a time, in one read-only
// transaction, asking for the next page before handing over the current one: IndexedDB (in the browser
// process) reads ahead while this page is used. The hot path of a full backup of 50,000 notes.

import { CHUNK_SIZE } from './progress'

/** One record as `getAllRecords` returns it: its key at once, its value deserialised when first read. */
interface StoredRecord {
  primaryKey: IDBValidKey
  value: unknown
}

/** `IDBObjectStore.getAllRecords()` (Chromium 141, so every Electron Folio supports; not yet in TypeScript's DOM types). */
interface StoreWithRecords {
  getAllRecords?(options: { query?: IDBKeyRange | null; count?: number }): IDBRequest<StoredRecord[]>
}

/**
 * Called with each page of `table`, in key order, at least once per table (with no rows for an empty one).
 * It runs inside the transaction's callbacks, so it must not await; if it throws, the read stops with that error.
 */
export type OnPage = (table: string, rows: unknown[]) => void

/**
 * Reads every record of `tables`, table after table, `pageSize` records at a time, in one read-only
 * transaction: the pages are one consistent snapshot. Resolves once the last page has been handed over.
 */
export function readTablesInPages(
  idb: IDBDatabase,
  tables: readonly string[],
  onPage: OnPage,
  pageSize: number = CHUNK_SIZE
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (tables.length === 0) return resolve()
    const transaction = idb.transaction([...tables], 'readonly')
    let failure: { error: unknown } | null = null
    transaction.oncomplete = () => resolve()
    transaction.onabort = () =>
      reject(failure ? failure.error : (transaction.error ?? new Error('the read was aborted')))
    const guard = (step: () => void) => () => {
      if (failure) return
      try {
        step()
      } catch (error) {
        failure = { error }
        transaction.abort()
      }
    }

    /** Asks for the page of table `index` that follows key `after`, and hands it to `onPage` when it comes. */
    const read = (index: number, after?: IDBValidKey): void => {
      const table = tables[index]
      if (table === undefined) return
      const store = transaction.objectStore(table)
      const query = after === undefined ? null : IDBKeyRange.lowerBound(after, true)
      const next = (count: number, lastKey: IDBValidKey | undefined) =>
        count === pageSize && lastKey !== undefined ? read(index, lastKey) : read(index + 1)
      const withRecords = store as IDBObjectStore & StoreWithRecords
      if (withRecords.getAllRecords) {
        const request = withRecords.getAllRecords({ query, count: pageSize })
        request.onsuccess = guard(() => {
          const records = request.result
          next(records.length, records[records.length - 1]?.primaryKey)
          onPage(
            table,
            records.map((record) => record.value)
          )
        })
      } else {
        // Without getAllRecords, the page's keys come first (they are small), so the next page is asked
        // for before this page's values arrive.
        const keys = store.getAllKeys(query, pageSize)
        keys.onsuccess = guard(() => next(keys.result.length, keys.result[keys.result.length - 1]))
        const values = store.getAll(query, pageSize)
        values.onsuccess = guard(() => onPage(table, values.result))
      }
    }
    read(0)
  })
}
