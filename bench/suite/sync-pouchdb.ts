// PouchDB for the sync benchmark: a replica in memory (pouchdb-adapter-memory) and the CouchDB-protocol server
// (express-pouchdb), loaded through `require` with the little of their API used here typed below —
// neither ships types, and @types/pouchdb would be a package for a benchmark alone.

import { createRequire } from 'node:module'
import type { RequestListener } from 'node:http'

export interface PouchChange {
  id: string
  doc?: Record<string, unknown>
}
export interface PouchFeed {
  on(event: 'change', listener: (change: PouchChange) => void): PouchFeed
  on(event: 'error', listener: (error: unknown) => void): PouchFeed
  cancel(): void
}
export interface Replication extends PouchFeed, PromiseLike<unknown> {}
export interface ReplicateOptions {
  live?: boolean
  retry?: boolean
  since?: number | string
  batch_size?: number
}
export interface PouchDatabase {
  info(): Promise<{ doc_count: number; update_seq: number | string }>
  put(doc: Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>
  bulkDocs(docs: readonly Record<string, unknown>[], options?: { new_edits?: boolean }): Promise<unknown[]>
  allDocs(options: { include_docs: true }): Promise<{ rows: { id: string; doc?: Record<string, unknown> }[] }>
  changes(options: { since: 'now' | number | string; live: true; include_docs?: boolean }): PouchFeed
  replicate: {
    to(target: PouchDatabase, options?: ReplicateOptions): Replication
    from(source: PouchDatabase, options?: ReplicateOptions): Replication
  }
  destroy(): Promise<void>
}
export type PouchStatic = new (name: string, options?: { adapter: 'http' }) => PouchDatabase

const require = createRequire(import.meta.url)

/** PouchDB with every database in memory (the server's as well as the devices'). */
export function memoryPouch(): PouchStatic {
  const PouchDB = require('pouchdb-node') as {
    plugin(plugin: unknown): unknown
    defaults(options: Record<string, unknown>): PouchStatic
  }
  PouchDB.plugin(require('pouchdb-adapter-memory'))
  return PouchDB.defaults({ adapter: 'memory' })
}

/**
 * The server's database at `url`. Named explicitly: a URL handed to `replicate` as a string would open a local
 * database of that name in memory (the adapter set by `defaults`), and nothing would cross the network.
 */
export const remoteDatabase = (Pouch: PouchStatic, url: string): PouchDatabase => new Pouch(url, { adapter: 'http' })

/**
 * The CouchDB protocol over `Pouch`'s databases: express-pouchdb's own app (it brings its express 4; mounted in the
 * project's express 5 it breaks on `req.query`), no log on disk but `logPath`, no config file.
 */
export function couchApp(Pouch: PouchStatic, logPath: string): RequestListener {
  const expressPouch = require('express-pouchdb') as (Pouch: PouchStatic, options: Record<string, unknown>) => unknown
  return expressPouch(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath }) as RequestListener
}
