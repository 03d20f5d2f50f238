// Which records of the database changed, told once each write has committed: a Dexie DBCore middleware that notes
// the primary keys every put, add and delete touches (a range deletion reads its keys first, in the same
// transaction), and hands them to the feed's listeners when the transaction completes. The sync carries them.

import type { DBCore, DBCoreTransaction, Middleware } from 'dexie'

/** Primary keys changed by one committed transaction, by table. */
export type ChangedKeys = ReadonlyMap<string, ReadonlySet<string>>

export class ChangeFeed {
  readonly #listeners = new Set<(changed: ChangedKeys) => void>()

  /** Calls `listener` after each committed transaction that changed records; returns the unsubscribe. */
  subscribe(listener: (changed: ChangedKeys) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  get listened(): boolean {
    return this.#listeners.size > 0
  }

  emit(changed: ChangedKeys): void {
    for (const listener of this.#listeners) listener(changed)
  }
}

/** The keys a transaction changed so far, and whether its completion is already awaited. */
const pending = new WeakMap<DBCoreTransaction, Map<string, Set<string>>>()

function noteKeys(feed: ChangeFeed, trans: DBCoreTransaction, table: string, keys: readonly unknown[]): void {
  let tables = pending.get(trans)
  if (!tables) {
    tables = new Map()
    pending.set(trans, tables)
    const done = tables
    const idb = trans as unknown as IDBTransaction
    idb.addEventListener('complete', () => feed.emit(done))
  }
  let set = tables.get(table)
  if (!set) tables.set(table, (set = new Set()))
  for (const key of keys) if (typeof key === 'string') set.add(key)
}

/** The middleware that feeds `feed`; a database with no listener pays one check per write. */
export function changeFeedMiddleware(feed: ChangeFeed): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'folio-change-feed',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          // Promise chains, not async functions: Dexie follows its transaction through the promises its stack
          // returns, and a native async function's await would leave that zone.
          mutate: (req) => {
            if (!feed.listened) return table.mutate(req)
            if (req.type === 'deleteRange') {
              const query = { index: table.schema.primaryKey, range: req.range }
              return table.query({ trans: req.trans, values: false, query }).then(({ result }) => {
                noteKeys(feed, req.trans, name, result)
                return table.mutate(req)
              })
            }
            if (req.type === 'delete') noteKeys(feed, req.trans, name, req.keys)
            return table.mutate(req).then((result) => {
              if (req.type === 'add' || req.type === 'put')
                noteKeys(feed, req.trans, name, result.results ?? req.keys ?? [])
              return result
            })
          }
        }
      }
    })
  }
}
