// The few raw IndexedDB calls the baseline needs, as promises: open, wait for a transaction, read
// the newest records of an index range (getAll with a direction where the browser has it, else a cursor).

/** Opens a database at its current version (it must exist: Folio's schema creates it). */
export function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
    request.onblocked = () => reject(new Error(`opening ${name} was blocked`))
  })
}

/** Resolves when the transaction has committed (with its durability), rejects when it aborts. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}

/** Deletes a database; every connection to it must be closed. */
export function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
  })
}

/** IndexedDB 3's getAll options (Chromium 141+), not yet in TypeScript's DOM types. */
interface GetAllOptions {
  query: IDBKeyRange
  count: number
  direction: IDBCursorDirection
}
type GetAllWithOptions = { getAll(options: GetAllOptions): IDBRequest<unknown[]> }

/** Up to `limit` values of `source` in `range`, last key first. */
export function newest(source: IDBIndex, range: IDBKeyRange, limit: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    if ('getAllRecords' in source) {
      const request = (source as unknown as GetAllWithOptions).getAll({ query: range, count: limit, direction: 'prev' })
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
      return
    }
    const values: unknown[] = []
    const request = source.openCursor(range, 'prev')
    request.onsuccess = () => {
      const cursor = request.result
      if (!cursor) return resolve(values)
      values.push(cursor.value)
      if (values.length === limit) return resolve(values)
      cursor.continue()
    }
    request.onerror = () => reject(request.error)
  })
}
