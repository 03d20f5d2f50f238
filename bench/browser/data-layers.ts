// The three ways of storing annotations the benchmark compares, behind one interface: Folio's own
// data layer, bare Dexie with the same schema and durability, and raw IndexedDB doing the same work.

import Dexie, { type Table } from 'dexie'
import type { Annotation } from '../../src/renderer/src/db/annotation'
import {
  bulkCreateAnnotations,
  createAnnotation,
  recentAnnotations,
  type NewAnnotation
} from '../../src/renderer/src/db/annotations-store'
import { FolioDb, SCHEMA_VERSIONS } from '../../src/renderer/src/db/folio-db'
import { committed, newest, openRaw } from './raw-idb'
import { toRecord } from './sample-annotations'

export const LAYER_NAMES = ['folio', 'dexie', 'raw'] as const
export type LayerName = (typeof LAYER_NAMES)[number]

/** One way of saving and reading annotations. */
export interface DataLayer {
  readonly name: LayerName
  /** Saves one annotation; resolves once it is on disk (strict durability). */
  save(input: NewAnnotation): Promise<void>
  /** Saves all the annotations in one transaction. */
  bulkInsert(inputs: readonly NewAnnotation[]): Promise<void>
  /** Reads the `limit` most recent annotations of a document; returns how many it got. */
  recent(documentId: string, limit: number): Promise<number>
  close(): void
}

const now = (): string => new Date().toISOString()
const ANNOTATIONS = 'annotations'
const RECENT_INDEX = '[documentId+createdAt]'

function folioLayer(db: FolioDb): DataLayer {
  return {
    name: 'folio',
    save: async (input) => void (await createAnnotation(input, db)),
    bulkInsert: async (inputs) => void (await bulkCreateAnnotations(inputs, db)),
    recent: async (documentId, limit) => (await recentAnnotations(documentId, limit, db)).length,
    close: () => db.close()
  }
}

function dexieLayer(db: Dexie): DataLayer {
  const table: Table<Annotation, string> = db.table(ANNOTATIONS)
  return {
    name: 'dexie',
    save: async (input) => void (await table.add(toRecord(input, now()))),
    bulkInsert: async (inputs) => {
      const createdAt = now()
      await table.bulkAdd(inputs.map((input) => toRecord(input, createdAt)))
    },
    recent: async (documentId, limit) =>
      (
        await table
          .where(RECENT_INDEX)
          .between([documentId, ''], [documentId, '\uffff'])
          .reverse()
          .limit(limit)
          .toArray()
      ).length,
    close: () => db.close()
  }
}

function rawLayer(db: IDBDatabase): DataLayer {
  const strict = (): IDBTransaction => db.transaction(ANNOTATIONS, 'readwrite', { durability: 'strict' })
  return {
    name: 'raw',
    save: async (input) => {
      const tx = strict()
      tx.objectStore(ANNOTATIONS).add(toRecord(input, now()))
      await committed(tx)
    },
    bulkInsert: async (inputs) => {
      const tx = strict()
      const store = tx.objectStore(ANNOTATIONS)
      const createdAt = now()
      for (const input of inputs) store.add(toRecord(input, createdAt))
      await committed(tx)
    },
    recent: async (documentId, limit) => {
      const index = db.transaction(ANNOTATIONS, 'readonly').objectStore(ANNOTATIONS).index(RECENT_INDEX)
      return (await newest(index, IDBKeyRange.bound([documentId, ''], [documentId, '\uffff']), limit)).length
    },
    close: () => db.close()
  }
}

/** Bare Dexie: the same schema versions and durability as FolioDb, none of Folio's functions. */
function bareDexie(name: string): Dexie {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' })
  for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) db.version(Number(version)).stores(stores)
  return db
}

/** Creates the database `name` with Folio's current schema (empty) and closes it. */
export async function createFolioDatabase(name: string): Promise<void> {
  const db = new FolioDb(name)
  await db.open()
  db.close()
}

/** Opens `name` (created by {@link createFolioDatabase}) through one layer. */
export async function openLayer(layer: LayerName, name: string): Promise<DataLayer> {
  if (layer === 'folio') {
    const db = new FolioDb(name)
    await db.open()
    return folioLayer(db)
  }
  if (layer === 'dexie') {
    const db = bareDexie(name)
    await db.open()
    return dexieLayer(db)
  }
  return rawLayer(await openRaw(name))
}
