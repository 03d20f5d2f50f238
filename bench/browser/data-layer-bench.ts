// Times Folio's data layer against bare Dexie and raw IndexedDB in this page: one note saved, the 20
// newest notes of a document among many, a bulk insert. Layers take turns so drift hits all alike.

import { createFolioDatabase, LAYER_NAMES, openLayer, type DataLayer, type LayerName } from './data-layers'
import { committed, deleteRaw, openRaw } from './raw-idb'
import { sampleAnnotations, sampleDocumentId, toRecord } from './sample-annotations'

/** Milliseconds measured per layer: one sample per save, per query run or per bulk insert. */
export type LayerSamples = Record<LayerName, number[]>

const emptySamples = (): LayerSamples => ({ folio: [], dexie: [], raw: [] })
/** The layers in the order of turn `turn`: each one goes first, second and third equally often. */
const inTurn = (turn: number): LayerName[] => {
  const n = LAYER_NAMES.length
  return LAYER_NAMES.map((_, i) => LAYER_NAMES[(((i + turn) % n) + n) % n] as LayerName)
}
const freshName = (label: string): string => `folio-bench-${label}-${crypto.randomUUID()}`

/** Adds `rows` annotations to `name` with raw IndexedDB (relaxed durability: setup, not measured). */
async function prefill(name: string, rows: number, documents: number, noteChars: number): Promise<void> {
  const db = await openRaw(name)
  const chunk = 10_000
  for (let from = 0; from < rows; from += chunk) {
    const inputs = sampleAnnotations(Math.min(chunk, rows - from), { documents, noteChars, seed: from + 1 })
    const tx = db.transaction('annotations', 'readwrite', { durability: 'relaxed' })
    const store = tx.objectStore('annotations')
    // Increasing creation times, so "most recent" means something.
    inputs.forEach((input, i) =>
      store.add(toRecord(input, new Date(Date.UTC(2020, 0, 1) + (from + i) * 60_000).toISOString()))
    )
    await committed(tx)
  }
  db.close()
}

async function withLayers<T>(
  names: Record<LayerName, string>,
  run: (layers: Record<LayerName, DataLayer>) => Promise<T>
): Promise<T> {
  const layers = {} as Record<LayerName, DataLayer>
  for (const name of LAYER_NAMES) layers[name] = await openLayer(name, names[name])
  try {
    return await run(layers)
  } finally {
    for (const name of LAYER_NAMES) layers[name].close()
  }
}

/** What {@link benchSave} does. */
export interface SaveOptions {
  /** Saves timed per layer. */
  saves: number
  /** Annotations already in each database. */
  prefill: number
  noteChars: number
}

/** Saves notes one at a time, each through its own strict transaction; one sample per save. */
export async function benchSave(options: SaveOptions): Promise<LayerSamples> {
  const names = { folio: freshName('save'), dexie: freshName('save'), raw: freshName('save') }
  for (const name of Object.values(names)) {
    await createFolioDatabase(name)
    await prefill(name, options.prefill, 20, options.noteChars)
  }
  const warmup = 5
  const inputs = sampleAnnotations(options.saves + warmup, { documents: 20, noteChars: options.noteChars, seed: 7 })
  const samples = emptySamples()
  await withLayers(names, async (layers) => {
    for (const [turn, input] of inputs.entries()) {
      for (const name of inTurn(turn)) {
        const start = performance.now()
        await layers[name].save(input)
        if (turn >= warmup) samples[name].push(performance.now() - start)
      }
    }
  })
  for (const name of Object.values(names)) await deleteRaw(name)
  return samples
}

/** What {@link benchQuery} does. */
export interface QueryOptions {
  /** Annotations in the database. */
  rows: number
  documents: number
  /** Documents queried per run, each by every layer in turn. */
  queries: number
  runs: number
  noteChars: number
}

/**
 * Reads the 20 newest notes of `queries` documents, `runs` times, from one shared database. The layers take
 * turns query by query (a burst of load on the machine hits all three alike); one sample per query.
 */
export async function benchQuery(options: QueryOptions): Promise<LayerSamples> {
  const name = freshName('query')
  await createFolioDatabase(name)
  await prefill(name, options.rows, options.documents, options.noteChars)
  const documents = Array.from({ length: options.queries }, (_, i) => sampleDocumentId((i * 7) % options.documents))
  const expected = Math.min(20, Math.ceil(options.rows / options.documents))
  const samples = emptySamples()
  await withLayers({ folio: name, dexie: name, raw: name }, async (layers) => {
    // Run -1 warms every layer up.
    for (let run = -1; run < options.runs; run++) {
      for (const [i, documentId] of documents.entries()) {
        for (const layer of inTurn(run + i)) {
          const start = performance.now()
          const got = await layers[layer].recent(documentId, 20)
          const ms = performance.now() - start
          if (got !== expected) throw new Error(`${layer} read ${got} notes, not ${expected}`)
          if (run >= 0) samples[layer].push(ms)
        }
      }
    }
  })
  await deleteRaw(name)
  return samples
}

/** What {@link benchBulk} does. */
export interface BulkOptions {
  rows: number
  runs: number
  noteChars: number
}

/** Inserts `rows` annotations in one transaction into an empty database; one sample per run. */
export async function benchBulk(options: BulkOptions): Promise<LayerSamples> {
  const inputs = sampleAnnotations(options.rows, { documents: 100, noteChars: options.noteChars, seed: 11 })
  const samples = emptySamples()
  for (let turn = 0; turn < options.runs; turn++) {
    for (const layer of inTurn(turn)) {
      const name = freshName('bulk')
      await createFolioDatabase(name)
      const opened = await openLayer(layer, name)
      const start = performance.now()
      await opened.bulkInsert(inputs)
      samples[layer].push(performance.now() - start)
      opened.close()
      await deleteRaw(name)
    }
  }
  return samples
}
