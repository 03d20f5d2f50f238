// What the sync benchmark's device child (sync-client-child.ts) is given and what it answers: its task, one of
// three modes as JSON in argv[2], and each mode's measures, printed as one JSON line (or sent over IPC).

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
