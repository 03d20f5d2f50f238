// The sync provider in real Chromium IndexedDB: a device's first connection writes its safety backup, hands main
// every record once, and compares with main's records once — not a second time from the effect that follows the
// connection — while a device that starts already connected catches up once by itself.

import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FolioPageApi } from '../../../src/shared/ipc/contract'
import type { RecordChange, SyncConnection, SyncRecordsPage, SyncState } from '../../../src/shared/sync/sync-types'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { SyncProvider, useSync, type SyncControls } from '../../../src/renderer/src/sync/sync-context'
import { reactRootPerTest } from '../react-root'
import { sampleAnnotation, sampleBookmark } from '../backup/sample-records'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const connection: SyncConnection = { server: 'http://127.0.0.1:8787', account: '0123456789abcdef', token: 't' }
const synced = (): SyncState => ({
  connection: { server: connection.server, account: connection.account },
  status: { state: 'synced', at: new Date().toISOString() }
})

/** Main as the provider sees it: what it was handed, how often every record was read from the start. */
function fakeMain(startConnected: boolean) {
  let state: SyncState = startConnected ? synced() : { connection: null, status: { state: 'off' } }
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((listener) => listener(...args))
  const counts = { pushed: [] as RecordChange[], readsFromStart: 0, backups: 0 }
  const api = {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => set.delete(listener)
    },
    syncState: async () => state,
    writeSafetyBackup: async () => {
      counts.backups++
      return { ok: true, fileName: 'before-sync.json' }
    },
    connectSync: async () => {
      // As main's engine does: the connection is announced as soon as its session opens, before the server answers.
      state = { connection: synced().connection, status: { state: 'syncing', sent: 0, received: 0 } }
      emit('syncState', state)
      await new Promise((resolve) => setTimeout(resolve, 50))
      state = synced()
      emit('syncState', state)
      return { ok: true, state }
    },
    pushSyncChanges: async (changes: RecordChange[]) => void counts.pushed.push(...changes),
    readSyncRecords: async (offset: number): Promise<SyncRecordsPage> => {
      if (offset === 0) counts.readsFromStart++
      return { changes: [], next: null }
    }
  }
  return { api: api as unknown as FolioPageApi, counts }
}

const root = reactRootPerTest()
let database: FolioDb

beforeEach(async () => {
  localStorage.clear()
  database = new FolioDb(`sync-context-${crypto.randomUUID()}`)
  await database.open()
  await database.annotations.bulkPut([sampleAnnotation(1), sampleAnnotation(2)])
  await database.bookmarks.put(sampleBookmark(1))
})

afterEach(async () => {
  database.close()
  await database.delete()
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function mount(api: FolioPageApi): Promise<() => SyncControls> {
  let controls: SyncControls | null = null
  function Probe() {
    controls = useSync()
    return null
  }
  await act(async () =>
    root.root.render(
      <SyncProvider database={database} api={api}>
        <Probe />
      </SyncProvider>
    )
  )
  return () => controls!
}

describe('a device’s first connection', () => {
  it('uploads every record once and reads main’s records once', async () => {
    const main = fakeMain(false)
    const controls = await mount(main.api)
    let result: Awaited<ReturnType<SyncControls['connect']>> | undefined
    await act(async () => {
      result = await controls().connect(connection)
    })
    // Whatever an effect started after the connection has had time to run.
    await act(() => pause(400))
    expect(result).toEqual({ ok: true, uploaded: 3 })
    expect(main.counts.backups).toBe(1)
    // Each record handed over once: the two annotations and the bookmark.
    expect(main.counts.pushed.map((change) => `${change.table}/${change.key}`).sort()).toEqual(
      [
        `annotations/${sampleAnnotation(1).id}`,
        `annotations/${sampleAnnotation(2).id}`,
        `bookmarks/${sampleBookmark(1).id}`
      ].sort()
    )
    expect(main.counts.readsFromStart).toBe(1)
  })
})

describe('a device that starts connected', () => {
  it('catches up once by itself, uploading nothing it was not asked to', async () => {
    const main = fakeMain(true)
    await mount(main.api)
    await act(() => pause(400))
    expect(main.counts.readsFromStart).toBe(1)
    expect(main.counts.pushed).toEqual([])
    expect(main.counts.backups).toBe(0)
  })
})
