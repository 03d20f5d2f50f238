// Start-up of the user's storage, once per page: asks the browser to keep it persistent (a refusal is
// logged and shown), then opens the database — with a safety backup first when a migration is due.

import { useEffect, useSyncExternalStore } from 'react'
import { db } from '../db/folio-db'
import { getFolioApi } from '../ipc/folio-client'
import { openDatabase, SafetyBackupError } from './open-database'

/** Where start-up is. `persisted` is null while unknown or when the browser has no StorageManager. */
export type StorageStatus =
  | { state: 'opening'; persisted: boolean | null }
  | { state: 'ready'; persisted: boolean | null; backupFile: string | null }
  | { state: 'backup-failed'; persisted: boolean | null; message: string; fromVersion: number }
  | { state: 'open-failed'; persisted: boolean | null; message: string }

let status: StorageStatus = { state: 'opening', persisted: null }
let started = false
const listeners = new Set<() => void>()

function update(next: StorageStatus): void {
  status = next
  for (const listener of listeners) listener()
}

/** Subscribes to status changes (for useSyncExternalStore). */
export function subscribeStorageStatus(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current status (for useSyncExternalStore). */
export const storageStatus = (): StorageStatus => status

/** Asks for persistent storage; a refusal is logged (the UI shows it too). */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage
): Promise<boolean | null> {
  if (!storage || typeof storage.persist !== 'function') {
    console.warn(
      'Folio : le stockage persistant n’est pas disponible ici ; vos notes pourraient être effacées si le disque manque de place.'
    )
    return null
  }
  try {
    const persisted = (await storage.persisted?.()) || (await storage.persist())
    if (!persisted)
      console.warn(
        'Folio : le navigateur a refusé le stockage persistant ; vos notes pourraient être effacées si le disque manque de place. Exportez une sauvegarde.'
      )
    return persisted
  } catch (error) {
    console.warn('Folio : la demande de stockage persistant a échoué.', error)
    return false
  }
}

async function open(force: boolean): Promise<void> {
  const persisted = status.persisted
  update({ state: 'opening', persisted })
  const api = getFolioApi()
  try {
    const opened = await openDatabase(db, api ? (content) => api.writeSafetyBackup(content) : null, { force })
    update({ state: 'ready', persisted: status.persisted, backupFile: opened.backupFile })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof SafetyBackupError)
      update({ state: 'backup-failed', persisted: status.persisted, message, fromVersion: error.fromVersion })
    else update({ state: 'open-failed', persisted: status.persisted, message })
  }
}

/** Runs start-up once (later calls do nothing): persistence request and database opening, side by side. */
export function startStorage(): void {
  if (started) return
  started = true
  void requestPersistentStorage().then((persisted) => update({ ...status, persisted }))
  void open(false)
}

/** Tries again to write the safety backup and open the database. */
export const retryStorage = (): Promise<void> => open(false)

/** Opens (and migrates) the database without a safety backup: the user chose to. */
export const openWithoutBackup = (): Promise<void> => open(true)

/** The storage status for components, starting the start-up if nothing has yet. */
export function useStorageStatus(): StorageStatus {
  useEffect(() => startStorage(), [])
  return useSyncExternalStore(subscribeStorageStatus, storageStatus)
}
