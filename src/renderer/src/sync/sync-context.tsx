// The sync as the page knows it: the connection and its status (main's, kept true by its events), and the bridge
// that carries the database's changes while a connection exists. Connecting writes a safety backup first, then
// hands main every record of the device, then writes what the server already had; disconnecting stops the bridge.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { FolioPageApi } from '../../../shared/ipc/contract'
import type { SyncConnection, SyncState } from '../../../shared/sync/sync-types'
import { db as defaultDb, type FolioDb } from '../db/folio-db'
import { getFolioPageApi } from '../ipc/folio-client'
import type { SyncBridge } from './sync-bridge'

/** The bridge (and the record schemas it checks with) loads once a connection exists, not with the app. */
const startSyncBridge = async (...args: Parameters<typeof import('./sync-bridge').startSyncBridge>) =>
  (await import('./sync-bridge')).startSyncBridge(...args)

export interface SyncControls {
  /** Null until main has answered, and without the preload. */
  state: SyncState | null
  connect(connection: SyncConnection): Promise<{ ok: true; uploaded: number } | { ok: false; message: string }>
  disconnect(): Promise<void>
}

const SyncContext = createContext<SyncControls | null>(null)

export const useSync = (): SyncControls | null => useContext(SyncContext)

export function SyncProvider({
  children,
  database = defaultDb,
  api = getFolioPageApi()
}: {
  children: ReactNode
  database?: FolioDb
  api?: FolioPageApi | null
}) {
  const [state, setState] = useState<SyncState | null>(null)
  const bridge = useRef<SyncBridge | null>(null)
  /** Bridges started by connect(): it uploads and catches up with them itself, the effect below must not again. */
  const caughtUpByConnect = useRef(new WeakSet<SyncBridge>())
  const connected = state?.connection != null

  useEffect(() => {
    if (!api) return
    let live = true
    const stop = api.on('syncState', (next) => setState(next))
    void api.syncState().then((first) => live && setState((known) => known ?? first))
    return () => {
      live = false
      stop()
    }
  }, [api])

  // The bridge runs while a connection exists; on start it pushes what waited, then compares with main's records —
  // unless connect() is the reason the connection exists: it catches up once the upload is done (a second pass
  // here, whenever it runs, would read every record again and race the upload).
  useEffect(() => {
    if (!api || !connected) return
    let live = true
    let started: SyncBridge | null = null
    void (async () => {
      started = bridge.current ?? (await startSyncBridge(database, api))
      if (!live) return started.stop()
      bridge.current = started
      if (!caughtUpByConnect.current.has(started)) await started.catchUp()
    })().catch((error: unknown) => console.warn('Synchronisation : rattrapage impossible', error))
    return () => {
      live = false
      if (!started) return
      started.stop()
      if (bridge.current === started) bridge.current = null
    }
  }, [api, connected, database])

  const connect = useCallback<SyncControls['connect']>(
    async (connection) => {
      if (!api) return { ok: false, message: 'Pas de processus principal.' }
      // The backup module loads here, not with the first screen.
      const { writeSafetyBackupNow } = await import('../backup/data-actions')
      await writeSafetyBackupNow(database, api, 'before-sync')
      // Started before main connects: what the server sends at once is written, not lost before the effect runs.
      const started = bridge.current ?? (await startSyncBridge(database, api))
      bridge.current = started
      caughtUpByConnect.current.add(started)
      const result = await api.connectSync(connection)
      if (!result.ok) {
        if (!state?.connection) {
          started.stop()
          bridge.current = null
        }
        return result
      }
      setState(result.state)
      // The one catch-up of a connection made here: every record handed over, then main's compared once.
      const uploaded = await started.uploadAll()
      await started.catchUp()
      return { ok: true, uploaded }
    },
    [api, database, state?.connection]
  )

  const disconnect = useCallback(async () => {
    if (!api) return
    await api.disconnectSync()
    bridge.current?.stop()
    bridge.current = null
    setState(await api.syncState())
  }, [api])

  const value = useMemo(() => (api ? { state, connect, disconnect } : null), [api, state, connect, disconnect])
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>
}
