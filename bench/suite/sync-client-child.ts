// The devices of the sync benchmark, in a process apart from the servers (so that each side's CPU and memory are
// its own), given one task as JSON in argv[2] and printing its measures as one JSON line:
// - `baseline`: the N records through JSON.stringify, JSON.parse and the backup import's zod schema;
// - `initial`: device A puts the N records in its engine and uploads them, then a new device B downloads them
//   until it holds all N, and reads them out as validated records (what the bridge hands to Dexie);
// - `load`: C devices in groups sharing one document each, every device changing its own notes at a steady rate,
//   each change timed to its arrival at every other device of its group (and, with several servers, at those
//   connected to another server than the sender's).

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { createRequire } from 'node:module'
import * as Y from 'yjs'
import { readRecord, touchedKeys } from '../../src/main/sync/record-doc'
import type { Annotation } from '../../src/renderer/src/db/annotation'
import { memoryPouch, remoteDatabase, type PouchDatabase, type Replication } from './sync-pouchdb'
import {
  changeOfStamp,
  fromPouchDoc,
  pouchDoc,
  putRecords,
  readRecords,
  records,
  seedRev,
  senderOfChange,
  stampOf,
  TABLE,
  validateAll
} from './sync-records'
import type { ServerStats } from './sync-server-child'

export type Engine = 'yjs' | 'pouchdb'
/** The load run's baseline besides the engines: a bare WebSocket relay (sync-server-child.ts's `relay`). */
export type LoadEngine = Engine | 'relay'

export type ClientTask =
  | { mode: 'baseline'; records: number }
  | { mode: 'initial'; engine: Engine; records: number; url: string; stats: string }
  | {
      mode: 'load'
      engine: LoadEngine
      /** The servers (one, or several sharing documents); device i connects to urls[i % urls.length]. */
      urls: string[]
      stats: string[]
      clients: number
      perClient: number
      group: number
      intervalMs: number
      durationMs: number
      /** Folio's server: every device opens this one document with this token (`group` is then every device). */
      folio?: { token: string; document: string }
      /** The documents (groups of devices) this process runs, all when absent: each group's devices share one clock. */
      groups?: number[]
    }

export interface BaselineResult {
  totalMs: number
  stringifyMs: number
  parseMs: number
  validateMs: number
  jsonBytes: number
  heapMiB: number
}

export interface InitialResult {
  totalMs: number
  loadMs: number
  uploadMs: number
  downloadMs: number
  readMs: number
  uploadBytes: number
  downloadBytes: number
  /** Heap the new device's engine holds with the N records: the heap (after a GC) with it less the heap without it. */
  heapMiB: number
  serverRssMiB: number
}

/**
 * What one process of the load run measured. With several (one per set of documents), each reports `ready` (IPC)
 * once its devices are in step and starts changing when its parent says `go`, so that all change at once.
 */
export interface LoadPart {
  /** Per change: milliseconds until every other device meant to get it had it (changes that all reached). */
  toAll: number[]
  /** Every (change, receiving device) pair, milliseconds. */
  pairs: number[]
  changes: number
  /** Changes some device never got within the drain window. */
  incomplete: number
  setupMs: number
  windowSeconds: number
  /** CPU of this process (every device) over the same window: when it nears the window, devices queue changes. */
  devicesCpuSeconds: number
}

/** The load run as a whole: its processes' parts merged, and the servers' figures over the same window. */
export interface LoadResult extends LoadPart {
  servers: { before: ServerStats; after: ServerStats }[]
}

interface BareSocket {
  on(event: 'open', listener: () => void): void
  on(event: 'message', listener: (data: Buffer) => void): void
  send(data: string): void
  close(): void
}
const WebSocketPolyfill = createRequire(import.meta.url)('ws') as new (url: string) => BareSocket
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
const heapMiB = (): number => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 2 ** 20
}
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const TIMEOUT_MS = 300_000
/** How long after the last change the load run waits for late arrivals (those still missing are counted). */
const DRAIN_MS = 10_000

async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  everyMs = 10,
  timeoutMs = TIMEOUT_MS
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`sync-client-child: timed out waiting for ${what}`)
    await sleep(everyMs)
  }
}

const json = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T
const serverStats = (stats: string) => json<ServerStats>(`${stats}/stats`)
const serverCount = (stats: string, doc: string) => json<number>(`${stats}/count?doc=${encodeURIComponent(doc)}`)
const bytes = (s: ServerStats) => s.bytesIn + s.bytesOut

/** A device's connection: its own WebSocket (ws in Node), no awareness (Folio shows no presence). */
function provider(
  url: string,
  name: string,
  document: Y.Doc,
  token?: string
): { provider: HocuspocusProvider; destroy(): void } {
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill })
  const connection = new HocuspocusProvider({ websocketProvider, name, document, awareness: null, token })
  connection.attach()
  return {
    provider: connection,
    destroy: () => {
      connection.destroy()
      websocketProvider.destroy()
    }
  }
}

function baseline(count: number): BaselineResult {
  const rows = records(count)
  let at = performance.now()
  const text = JSON.stringify(rows)
  const stringifyMs = performance.now() - at
  const before = heapMiB()
  at = performance.now()
  const parsed = JSON.parse(text) as unknown[]
  const parseMs = performance.now() - at
  const heap = heapMiB() - before
  at = performance.now()
  validateAll(parsed)
  const validateMs = performance.now() - at
  return {
    totalMs: stringifyMs + parseMs + validateMs,
    stringifyMs,
    parseMs,
    validateMs,
    jsonBytes: Buffer.byteLength(text),
    heapMiB: heap
  }
}

/** The phases of an initial sync, each timed; the engine's own code between them. */
interface InitialSteps {
  load(rows: Annotation[]): Promise<void> | void
  upload(): Promise<void>
  download(): Promise<void>
  read(): Promise<unknown[]> | unknown[]
  /** Lets go of the new device (its connection and its replica), so that what it held can be measured. */
  dropNew(): Promise<void>
  close(): void
}

function yjsInitial(url: string, stats: string, count: number): InitialSteps {
  const name = 'initial'
  const a = new Y.Doc()
  let b: Y.Doc | null = new Y.Doc()
  let first: ReturnType<typeof provider> | null = null
  let second: ReturnType<typeof provider> | null = null
  return {
    load: (rows) => putRecords(a, rows),
    // Done when the server's document holds every record (Yjs acknowledges nothing per record).
    upload: async () => {
      first = provider(url, name, a)
      await until('the upload', async () => (await serverCount(stats, name)) === count)
    },
    download: async () => {
      const doc = b as Y.Doc
      second = provider(url, name, doc)
      await until('the download', () => doc.getMap(TABLE).size === count, 2)
    },
    read: () => readRecords(b as Y.Doc),
    dropNew: async () => {
      second?.destroy()
      b?.destroy()
      second = null
      b = null
    },
    close: () => first?.destroy()
  }
}

function pouchInitial(url: string): InitialSteps {
  const Pouch = memoryPouch()
  const a = new Pouch('device-a')
  let b: PouchDatabase | null = new Pouch('device-b')
  const remote = remoteDatabase(Pouch, `${url}/initial`)
  return {
    load: async (rows) => void (await a.bulkDocs(rows.map((row) => pouchDoc(row)))),
    upload: async () => void (await a.replicate.to(remote)),
    download: async () => void (await b?.replicate.from(remote)),
    read: async () =>
      ((await b?.allDocs({ include_docs: true }))?.rows ?? []).map((row) => fromPouchDoc(row.doc ?? {})),
    dropNew: async () => {
      await b?.destroy()
      b = null
    },
    close: () => undefined
  }
}

async function initial(task: Extract<ClientTask, { mode: 'initial' }>): Promise<InitialResult> {
  const rows = records(task.records)
  const steps = task.engine === 'yjs' ? yjsInitial(task.url, task.stats, task.records) : pouchInitial(task.url)
  const timed = async (step: () => unknown): Promise<number> => {
    const at = performance.now()
    await step()
    return performance.now() - at
  }
  const loadMs = await timed(() => steps.load(rows))
  const atStart = await serverStats(task.stats)
  const uploadMs = await timed(() => steps.upload())
  const afterUpload = await serverStats(task.stats)
  const downloadMs = await timed(() => steps.download())
  const afterDownload = await serverStats(task.stats)
  // What the new device's engine holds: the heap with it, less the heap once it is let go (device A, its
  // connection and the records stay in both).
  const withNew = heapMiB()
  let held = 0
  const readMs = await timed(async () => (held = validateAll(await steps.read()).length))
  if (held !== task.records) throw new Error(`the new device holds ${held} of ${task.records} records`)
  await steps.dropNew()
  const heap = withNew - heapMiB()
  steps.close()
  return {
    totalMs: loadMs + uploadMs + downloadMs + readMs,
    loadMs,
    uploadMs,
    downloadMs,
    readMs,
    uploadBytes: bytes(afterUpload) - bytes(atStart),
    downloadBytes: bytes(afterDownload) - bytes(afterUpload),
    heapMiB: heap,
    serverRssMiB: afterDownload.rssMiB
  }
}

/** One device of the load run: its own records to change, and its replica of its group's document. */
interface LoadDevice {
  /** Starts carrying changes; resolves when the device is in step with its server. */
  connect(): Promise<void>
  /** Changes the note of one of its own records, stamped with `stamp`. */
  change(stamp: string): Promise<void> | void
  close(): void
}

type Arrival = (change: number, receiver: number) => void

function yjsDevice(
  index: number,
  url: string,
  name: string,
  seed: Uint8Array,
  own: Annotation[],
  arrived: Arrival,
  token?: string
): LoadDevice {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, seed)
  const table = doc.getMap<unknown>(TABLE)
  const mine = own.map((row) => ({ ...row }))
  // A remote change as main's engine hands it to the page: the keys it touched, each record read back and checked.
  table.observeDeep((events, transaction) => {
    if (transaction.local) return
    for (const key of touchedKeys(events, table)) {
      const read = readRecord(doc, TABLE, key)
      const change = read === 'malformed' ? null : changeOfStamp(read.record?.updatedAt)
      if (change !== null) arrived(change, index)
    }
  })
  let count = 0
  let connection: ReturnType<typeof provider> | null = null
  return {
    connect: () =>
      new Promise((resolve) => {
        connection = provider(url, name, doc, token)
        connection.provider.on('synced', () => resolve())
      }),
    // The page's new record pushed as main pushes it: only what differs is written, the note as a Y.Text edit.
    change: (stamp) => {
      const at = count++ % mine.length
      const record = mine[at] as Annotation
      mine[at] = { ...record, note: `${record.note} +`, updatedAt: stamp }
      putRecords(doc, [mine[at] as Annotation], `device-${index}`)
    },
    close: () => connection?.destroy()
  }
}

function pouchDevice(
  Pouch: ReturnType<typeof memoryPouch>,
  index: number,
  remote: string,
  seed: Record<string, unknown>[],
  own: string[],
  arrived: Arrival
): LoadDevice & { seed(): Promise<void>; upload(): Promise<void> } {
  const db: PouchDatabase = new Pouch(`device-${index}`)
  const server = remoteDatabase(Pouch, remote)
  const docs = new Map<string, Record<string, unknown>>()
  const live: Replication[] = []
  let feed: { cancel(): void } | null = null
  let count = 0
  return {
    // Every device starts with the group's documents at the same revisions, as if they had synced before.
    seed: async () => {
      await db.bulkDocs(seed, { new_edits: false })
      for (const doc of seed) if (own.includes(doc._id as string)) docs.set(doc._id as string, { ...doc })
    },
    upload: async () => void (await db.replicate.to(server)),
    connect: async () => {
      const localSeq = (await db.info()).update_seq
      const remoteSeq = (await server.info()).update_seq
      feed = db.changes({ since: 'now', live: true, include_docs: true }).on('change', (change) => {
        const stamped = changeOfStamp(change.doc?.updatedAt)
        if (stamped !== null && senderOfChange(stamped) !== index) arrived(stamped, index)
      })
      live.push(
        db.replicate.to(server, { live: true, retry: true, since: localSeq }),
        db.replicate.from(server, { live: true, retry: true, since: remoteSeq })
      )
    },
    change: async (stamp) => {
      const id = own[count++ % own.length] as string
      const doc = docs.get(id) as Record<string, unknown>
      const next = { ...doc, note: `${doc.note as string} +`, updatedAt: stamp }
      const { rev } = await db.put(next)
      docs.set(id, { ...next, _rev: rev })
    },
    close: () => {
      feed?.cancel()
      for (const replication of live) replication.cancel()
    }
  }
}

/** A device of the relay baseline: each change a small JSON message, relayed as is to the group's other devices. */
function relayDevice(index: number, url: string, name: string, own: string[], arrived: Arrival): LoadDevice {
  let socket: BareSocket | null = null
  let count = 0
  return {
    connect: () =>
      new Promise((resolve) => {
        socket = new WebSocketPolyfill(`${url}/?group=${encodeURIComponent(name)}`)
        socket.on('open', () => resolve())
        socket.on('message', (data) => {
          const change = changeOfStamp((JSON.parse(data.toString()) as { updatedAt?: unknown }).updatedAt)
          if (change !== null) arrived(change, index)
        })
      }),
    change: (stamp) => socket?.send(JSON.stringify({ id: own[count++ % own.length], updatedAt: stamp, insert: ' +' })),
    close: () => socket?.close()
  }
}

/** Tells the parent (when there is one) that the devices are in step, and waits for its word to start. */
function readyToStart(): Promise<void> {
  if (!process.send) return Promise.resolve()
  return new Promise((resolve) => {
    process.once('message', () => resolve())
    process.send?.({ ready: true })
  })
}

async function load(task: Extract<ClientTask, { mode: 'load' }>): Promise<LoadPart> {
  const started = performance.now()
  const groups = Math.ceil(task.clients / task.group)
  const instanceOf = (device: number) => device % task.urls.length
  const groupOf = (device: number) => Math.floor(device / task.group)
  const members = (g: number) =>
    Array.from({ length: task.clients }, (_, d) => d).filter((device) => groupOf(device) === g)
  // Who must get a change: the other devices of the sender's group (with several servers, only those on another).
  const receivers = (sender: number) =>
    members(groupOf(sender)).filter(
      (device) => device !== sender && (task.urls.length === 1 || instanceOf(device) !== instanceOf(sender))
    )
  const sentAt = new Map<number, number>()
  const got = new Map<number, number[]>()
  const pairs: number[] = []
  const arrived: Arrival = (change, receiver) => {
    const sent = sentAt.get(change)
    const sender = senderOfChange(change)
    if (sent === undefined || (task.urls.length > 1 && instanceOf(receiver) === instanceOf(sender))) return
    const at = performance.now() - sent
    pairs.push(at)
    const times = got.get(change) ?? []
    times.push(at)
    got.set(change, times)
  }

  const devices: { index: number; device: LoadDevice }[] = []
  const add = (group: number[], made: LoadDevice[]) =>
    made.forEach((device, member) => devices.push({ index: group[member] as number, device }))
  const Pouch = task.engine === 'pouchdb' ? memoryPouch() : null
  for (const g of task.groups ?? Array.from({ length: groups }, (_, i) => i)) {
    const group = members(g)
    const rows = records(group.length * task.perClient, g * task.group * task.perClient)
    const ownRows = (member: number) => rows.slice(member * task.perClient, (member + 1) * task.perClient)
    const ownOf = (member: number) => ownRows(member).map((row) => row.id)
    const name = task.folio?.document ?? `group-${g}`
    if (task.engine === 'relay') {
      const made = group.map((device, member) =>
        relayDevice(device, task.urls[instanceOf(device)] as string, name, ownOf(member), arrived)
      )
      for (const device of made) await device.connect()
      add(group, made)
    } else if (Pouch) {
      const seed = rows.map((row, n) => pouchDoc(row, seedRev(n + 1)))
      const made = group.map((device, member) =>
        pouchDevice(Pouch, device, `${task.urls[instanceOf(device)]}/${name}`, seed, ownOf(member), arrived)
      )
      for (const device of made) await device.seed()
      await made[0]?.upload()
      add(group, made)
    } else {
      const source = new Y.Doc()
      putRecords(source, rows)
      const seed = Y.encodeStateAsUpdate(source)
      const made = group.map((device, member) =>
        yjsDevice(
          device,
          task.urls[instanceOf(device)] as string,
          name,
          seed,
          ownRows(member),
          arrived,
          task.folio?.token
        )
      )
      if (task.folio) {
        // Folio's server tells no count: every device brings the same document, then the server has had time to
        // merge them (the same updates merge to one) before the first change.
        for (const device of made) await device.connect()
        await sleep(1_000)
        add(group, made)
        continue
      }
      // The first device brings the document to the server; the others then find it there.
      await made[0]?.connect()
      await until('the group’s document on the server', async () => {
        const counts = await Promise.all(task.stats.map((stats) => serverCount(stats, name)))
        return counts[instanceOf(group[0] as number)] === rows.length
      })
      for (const device of made.slice(1)) await device.connect()
      add(group, made)
    }
  }
  if (Pouch) {
    for (const { device } of devices) await device.connect()
    // Live replication has no "connected" event: give every feed time to be listening before the first change.
    await sleep(1_000)
  }
  const setupMs = performance.now() - started
  await readyToStart()
  const windowStart = performance.now()
  const devicesCpu = process.cpuUsage()
  const timers: NodeJS.Timeout[] = []
  const random = (seed: number) => ((seed * 2654435761) % 1000) / 1000
  let changes = 0
  await new Promise<void>((resolve) => {
    devices.forEach(({ index, device }) => {
      let n = 0
      // Each device at the same steady rate, their phases spread so that the server sees a steady stream.
      const tick = () => {
        const stamp = stampOf(index, n++)
        sentAt.set(changeOfStamp(stamp) as number, performance.now())
        changes++
        void device.change(stamp)
      }
      timers.push(
        setTimeout(
          () => {
            tick()
            timers.push(setInterval(tick, task.intervalMs))
          },
          random(index + 1) * task.intervalMs
        )
      )
    })
    setTimeout(resolve, task.durationMs)
  })
  timers.forEach((timer) => clearTimeout(timer))
  const expected = (change: number) => receivers(senderOfChange(change)).length
  await until(
    'every change at every device',
    () => [...sentAt.keys()].every((change) => (got.get(change)?.length ?? 0) >= expected(change)),
    50,
    DRAIN_MS
  ).catch(() => undefined)
  const windowSeconds = (performance.now() - windowStart) / 1000
  const devicesUsed = process.cpuUsage(devicesCpu)
  for (const { device } of devices) device.close()

  const toAll: number[] = []
  let incomplete = 0
  for (const change of sentAt.keys()) {
    const times = got.get(change) ?? []
    if (times.length >= expected(change)) toAll.push(Math.max(...times))
    else incomplete++
  }
  return {
    toAll,
    pairs,
    changes,
    incomplete,
    setupMs,
    devicesCpuSeconds: (devicesUsed.user + devicesUsed.system) / 1e6,
    windowSeconds
  }
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as ClientTask
  const result =
    task.mode === 'baseline' ? baseline(task.records) : task.mode === 'initial' ? await initial(task) : await load(task)
  if (process.send) process.send({ result }, () => process.exit(0))
  else {
    process.stdout.write(`${JSON.stringify(result)}\n`)
    process.exit(0)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})
