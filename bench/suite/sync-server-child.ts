// A sync server in a process of its own, so that its memory and CPU are its own: a bare Hocuspocus 3 server
// (optionally sharing its documents through Redis) or express-pouchdb over in-memory PouchDB, on 127.0.0.1, port 0.
// Usage: node sync-server-child.mjs hocuspocus [redisPort] | pouchdb <logDir> | relay (the load run's baseline: a
// bare WebSocket server relaying each message to the other sockets of its `?group=`) | folio <dir> (Folio's own
// server, src/sync-server, with one account made in a new data folder under <dir>: its token and its document). It tells its parent (IPC) its
// address and that of a second, unmeasured HTTP server answering `/stats` (RSS, heap, CPU, bytes through the
// sync server's sockets) and `/count?doc=` (the records it holds in that document); it stops when the parent
// says `close` or goes away.

import { EventEmitter } from 'node:events'
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo, Socket } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Redis } from '@hocuspocus/extension-redis'
import { Server } from '@hocuspocus/server'
import { createAccount } from '../../src/sync-server/accounts'
import { startSyncServer } from '../../src/sync-server/server'
import { couchApp, memoryPouch, type PouchDatabase } from './sync-pouchdb'
import { TABLE } from './sync-records'

export interface ServerStats {
  rssMiB: number
  heapMiB: number
  /** User + system CPU of the process since it started. */
  cpuSeconds: number
  /** Bytes read from and written to the sync server's sockets (HTTP and WebSocket alike) since it started. */
  bytesIn: number
  bytesOut: number
}

/** The little of ws's server the relay uses (ws ships no types). */
interface RelaySocket {
  on(event: 'close', listener: () => void): void
  on(event: 'message', listener: (data: Buffer) => void): void
  send(data: Buffer): void
}
type RelayServer = new (options: { server: HttpServer }) => {
  on(event: 'connection', listener: (socket: RelaySocket, request: IncomingMessage) => void): void
  close(): void
}

export interface ServerReady {
  url: string
  stats: string
  /** Folio's server: the account's token and its document, which the devices open. */
  token?: string
  document?: string
}

interface Started {
  url: string
  /** The server whose sockets are counted; none for Folio's (it keeps its own). */
  http: HttpServer | null
  count: (doc: string) => Promise<number>
  close: () => Promise<void>
  token?: string
  document?: string
}

/** Counts the bytes of every socket `server` accepts, the closed ones and the open ones. */
function countBytes(server: HttpServer | null): () => { bytesIn: number; bytesOut: number } {
  if (!server) return () => ({ bytesIn: 0, bytesOut: 0 })
  const open = new Set<Socket>()
  let closedIn = 0
  let closedOut = 0
  server.on('connection', (socket: Socket) => {
    open.add(socket)
    socket.on('close', () => {
      closedIn += socket.bytesRead
      closedOut += socket.bytesWritten
      open.delete(socket)
    })
  })
  return () => {
    let bytesIn = closedIn
    let bytesOut = closedOut
    for (const socket of open) {
      bytesIn += socket.bytesRead
      bytesOut += socket.bytesWritten
    }
    return { bytesIn, bytesOut }
  }
}

const listening = (server: HttpServer): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })

async function start(): Promise<Started> {
  const [engine, arg] = process.argv.slice(2)
  if (engine === 'hocuspocus') {
    const extensions = arg
      ? [new Redis({ host: '127.0.0.1', port: Number(arg), identifier: `bench-${process.pid}` })]
      : []
    const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false, extensions })
    // Hocuspocus listens on the port it was configured with (0: any free one), after its own start-up hooks.
    await server.listen()
    return {
      url: `ws://127.0.0.1:${server.address.port}`,
      http: server.httpServer,
      count: async (doc) => server.hocuspocus.documents.get(doc)?.getMap(TABLE).size ?? 0,
      close: () => server.destroy()
    }
  }
  if (engine === 'pouchdb') {
    // Every device's long-poll on a database is a listener on its object: more than Node's default 10 is the load.
    EventEmitter.defaultMaxListeners = 1_000
    const Pouch = memoryPouch()
    const http = createServer(couchApp(Pouch, join(arg ?? '.', `express-pouchdb-${process.pid}.log`)))
    const port = await listening(http)
    const databases = new Map<string, PouchDatabase>()
    return {
      url: `http://127.0.0.1:${port}`,
      http,
      count: async (doc) => {
        const db = databases.get(doc) ?? new Pouch(doc)
        databases.set(doc, db)
        return (await db.info()).doc_count
      },
      close: () =>
        new Promise((resolve) => {
          http.closeAllConnections()
          http.close(() => resolve())
        })
    }
  }
  if (engine === 'relay') {
    const http = createServer()
    const port = await listening(http)
    const { WebSocketServer } = createRequire(import.meta.url)('ws') as { WebSocketServer: RelayServer }
    const relay = new WebSocketServer({ server: http })
    const groups = new Map<string, Set<RelaySocket>>()
    relay.on('connection', (socket, request) => {
      const name = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('group') ?? ''
      const members = groups.get(name) ?? new Set<RelaySocket>()
      groups.set(name, members)
      members.add(socket)
      socket.on('close', () => members.delete(socket))
      socket.on('message', (data: Buffer) => {
        for (const other of members) if (other !== socket) other.send(data)
      })
    })
    return {
      url: `ws://127.0.0.1:${port}`,
      http,
      count: async () => 0,
      close: () =>
        new Promise((resolve) => {
          relay.close()
          http.closeAllConnections()
          http.close(() => resolve())
        })
    }
  }
  if (engine === 'folio') {
    const dataDir = mkdtempSync(join(arg ?? '.', 'folio-sync-data-'))
    const { account, token } = await createAccount(dataDir, 'Banc d’essai')
    const server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, quiet: true })
    return {
      url: server.url,
      http: null,
      count: async () => -1,
      token,
      document: `account:${account}`,
      close: async () => {
        await server.close()
        rmSync(dataDir, { recursive: true, force: true })
      }
    }
  }
  throw new Error(`sync-server-child: unknown engine ${engine}`)
}

async function main(): Promise<void> {
  const server = await start()
  const bytes = countBytes(server.http)
  const stats = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const answer = (value: unknown) => {
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify(value))
    }
    if (url.pathname === '/count') {
      server.count(url.searchParams.get('doc') ?? '').then(answer, (error: unknown) => answer({ error: String(error) }))
      return
    }
    const memory = process.memoryUsage()
    const cpu = process.cpuUsage()
    answer({
      rssMiB: memory.rss / 2 ** 20,
      heapMiB: memory.heapUsed / 2 ** 20,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      ...bytes()
    } satisfies ServerStats)
  })
  const statsPort = await listening(stats)
  const stop = async () => {
    stats.closeAllConnections()
    stats.close()
    await server.close()
    process.exit(0)
  }
  process.on('message', (message) => {
    if (message === 'close') void stop()
  })
  process.on('disconnect', () => void stop())
  process.send?.({
    url: server.url,
    stats: `http://127.0.0.1:${statsPort}`,
    ...(server.token ? { token: server.token, document: server.document } : {})
  } satisfies ServerReady)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})
