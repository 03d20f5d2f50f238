// The devices of the sync benchmark's load run, one kind per engine and one for the bare relay: each holds its own
// records to change and its replica of its group's document, and reports every remote change as it arrives.

import * as Y from 'yjs'
import { readRecord, touchedKeys } from '../../src/main/sync/record-doc'
import type { Annotation } from '../../src/renderer/src/db/annotation'
import { provider, WebSocketPolyfill, type BareSocket } from './sync-client-connections'
import { memoryPouch, remoteDatabase, type PouchDatabase, type Replication } from './sync-pouchdb'
import { changeOfStamp, putRecords, senderOfChange, TABLE } from './sync-records'

/** One device of the load run: its own records to change, and its replica of its group's document. */
export interface LoadDevice {
  /** Starts carrying changes; resolves when the device is in step with its server. */
  connect(): Promise<void>
  /** Changes the note of one of its own records, stamped with `stamp`. */
  change(stamp: string): Promise<void> | void
  close(): void
}

/** Tells the run that device `receiver` has change `change` (a stamp's number, sync-records.ts). */
export type Arrival = (change: number, receiver: number) => void

/** A Yjs device: its replica seeded with the group's document, changes pushed and read back by main's own code. */
export function yjsDevice(
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

/** A PouchDB device: a replica in memory seeded at the group's revisions, live replication both ways. */
export function pouchDevice(
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
export function relayDevice(index: number, url: string, name: string, own: string[], arrived: Arrival): LoadDevice {
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
