// IndexedDB without Dexie, for the two readers that run before Dexie may open the database: the boot step
// (the opening document's notes, before the app's code has loaded) and the safety backup before a migration
// (every table as it is on disk). Neither ever creates, upgrades or writes a database.

import { schemaVersionOf } from './schema'

/** A request's result, once it succeeds. */
export const settle = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })

/** An existing database, opened at whatever version it is, with its schema version. */
export interface ExistingDatabase {
  idb: IDBDatabase
  schemaVersion: number
}

/**
 * Opens database `name` as it is on disk, never upgrading it: opened without a version, and a database that
 * does not exist (which that would create) is backed out of, leaving nothing behind; then null. Rejects when
 * IndexedDB refuses, or when another connection blocks the open.
 */
export function openExisting(name: string): Promise<ExistingDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name)
    let creating = false
    open.onupgradeneeded = () => {
      creating = true
      open.transaction?.abort()
    }
    open.onblocked = () => reject(new Error(`IndexedDB database ${name} is blocked by another connection`))
    open.onsuccess = () => resolve({ idb: open.result, schemaVersion: schemaVersionOf(open.result.version) })
    open.onerror = (event) => {
      if (!creating) return reject(open.error ?? new Error(`IndexedDB database ${name} did not open`))
      event.preventDefault()
      resolve(null)
    }
  })
}
