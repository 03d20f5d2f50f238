// The sync benchmark's initial sync, on the device side: device A puts the N records in its engine and uploads
// them, then a new device B downloads them until it holds all N and reads them out as validated records (what the
// bridge hands to Dexie); each phase timed, with the bytes through the server and the heap B's engine holds.

import * as Y from 'yjs'
import type { Annotation } from '../../src/renderer/src/db/annotation'
import { heapMiB } from './sync-client-baseline'
import { bytes, provider, serverCount, serverStats, until } from './sync-client-connections'
import type { ClientTask, InitialResult } from './sync-client-tasks'
import { memoryPouch, remoteDatabase, type PouchDatabase } from './sync-pouchdb'
import { fromPouchDoc, pouchDoc, putRecords, readRecords, records, TABLE, validateAll } from './sync-records'

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

export async function initial(task: Extract<ClientTask, { mode: 'initial' }>): Promise<InitialResult> {
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
