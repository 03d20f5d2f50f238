// The real sync server (src/sync-server) on a loopback port with an account, and devices: engines each in a folder of
// their own, with short reconnection delays, recording what they hand the page. Everything is stopped after the test.

import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, vi } from 'vitest'
import { createAccount } from '../../../src/sync-server/accounts'
import { startSyncServer, type RunningSyncServer, type SyncServerOptions } from '../../../src/sync-server/server'
import { createSyncEngine, type SyncEngine } from '../../../src/main/sync/sync-engine'
import type { RecordChange, SyncConnection, SyncState, SyncStatus } from '../../../src/shared/sync/sync-types'

/** How long a change may take to reach another device before the test fails (loopback: far less). */
export const WAIT = { timeout: 15_000, interval: 25 }

export interface Device {
  engine: SyncEngine
  dir: string
  /** Every remote change handed to the page, in order. */
  received: RecordChange[]
  /** Every status announced, in order. */
  statuses: SyncStatus[]
  /** The records the page would hold: the last change of each key. */
  held(): Map<string, Record<string, unknown>>
}

export function syncFixture() {
  const dirs: string[] = []
  const servers = new Set<RunningSyncServer>()
  const engines = new Set<SyncEngine>()
  const proxies = new Set<Server>()
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(dir)
    return dir
  }
  afterEach(async () => {
    await Promise.all([...engines].map((engine) => engine.close()))
    await Promise.all([...servers].map((server) => server.close()))
    await Promise.all([...proxies].map((proxy) => new Promise((done) => proxy.close(done))))
    proxies.clear()
    engines.clear()
    servers.clear()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  const fixture = {
    tempDir,
    servers: {
      /** Stops every server started (a server dying: here, after storing what it held). */
      async stopAll() {
        await Promise.all([...servers].map((server) => server.close()))
        servers.clear()
      }
    },
    /** Starts the server on `port` (0: any free one) over `dataDir`. */
    async server(dataDir = tempDir('folio-sync-server-'), port = 0, limits?: SyncServerOptions['limits']) {
      const running = await startSyncServer({ port, host: '127.0.0.1', dataDir, quiet: true, limits })
      servers.add(running)
      return {
        dataDir,
        url: running.url,
        httpUrl: running.httpUrl,
        port: running.port,
        stop: async () => {
          await running.close()
          servers.delete(running)
        }
      }
    },
    /**
     * A relay between devices and the server on `port`, that can cut the way up: what devices send is then dropped
     * (an upload stalled in the network), until `mend` closes those connections and lets new ones through.
     */
    async relay(port: number) {
      const pairs = new Set<Socket>()
      let cut = false
      const relay = createServer((device) => {
        const upstream = connect(port, '127.0.0.1')
        pairs.add(device).add(upstream)
        device.on('data', (chunk) => void (cut || upstream.write(chunk)))
        upstream.pipe(device)
        const end = () => {
          device.destroy()
          upstream.destroy()
          pairs.delete(device)
          pairs.delete(upstream)
        }
        device.on('error', end).on('close', end)
        upstream.on('error', end).on('close', end)
      })
      proxies.add(relay)
      await new Promise<void>((done) => relay.listen(0, '127.0.0.1', done))
      const relayPort = (relay.address() as AddressInfo).port
      return {
        url: `ws://127.0.0.1:${relayPort}`,
        cut: () => void (cut = true),
        mend() {
          for (const socket of pairs) socket.destroy()
          cut = false
        }
      }
    },
    async account(dataDir: string, url: string, name = 'Chercheuse'): Promise<SyncConnection> {
      const { account, token } = await createAccount(dataDir, name)
      return { server: url, account, token }
    },
    /** A device: an engine over `dir` (a new folder by default), as the app makes it. */
    device(dir = tempDir('folio-sync-device-')): Device {
      const engine = createSyncEngine({ dir, connectTimeoutMs: 10_000, retry: { delay: 100, maxDelay: 400 } })
      engines.add(engine)
      const received: RecordChange[] = []
      const statuses: SyncStatus[] = []
      engine.onChanges((changes) => received.push(...changes))
      engine.onState((state: SyncState) => statuses.push(state.status))
      const originalClose = engine.close
      engine.close = async () => {
        engines.delete(engine)
        await originalClose()
      }
      return {
        engine,
        dir,
        received,
        statuses,
        held() {
          const records = new Map<string, Record<string, unknown>>()
          for (const { table, key, record } of received)
            if (record) records.set(`${table}/${key}`, record)
            else records.delete(`${table}/${key}`)
          return records
        }
      }
    },
    /** Waits until `device` says `state` (synced, offline…). */
    async until(device: Device, state: SyncStatus['state']) {
      await vi.waitFor(() => expect(device.engine.state().status.state).toBe(state), WAIT)
    }
  }
  return fixture
}
