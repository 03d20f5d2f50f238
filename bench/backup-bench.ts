// Backup benchmark, run inside a browser page: export and import of 50,000 annotations (time, peak JS heap,
// longest main-thread block), against raw IndexedDB inserting the same rows in one transaction, same run.
// Self-contained (no import from src/): the page passes Folio's functions in as a BackupBenchApi.

/** An annotation as Folio stores it (the shape of src/renderer/src/db/annotation.ts). */
export interface BenchAnnotation {
  id: string
  documentId: string
  target: {
    blockId: string | null
    blockOffset: number
    selectors: {
      quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      position: { type: 'TextPositionSelector'; start: number; end: number }
    }
  }
  color: 'yellow' | 'green' | 'blue' | 'pink' | 'purple' | 'orange'
  note: string
  tags: string[]
  createdAt: string
  updatedAt: string
}

/** What the benchmark needs from Folio, bound by the page that runs it. */
export interface BackupBenchApi<Db> {
  /** A new, empty Folio database. */
  open(name: string): Promise<Db>
  /** Writes rows as they are (setup for the export, not measured). */
  seed(db: Db, rows: BenchAnnotation[]): Promise<void>
  /** A full backup as text: read + serialise. */
  exportBackup(db: Db): Promise<string>
  /** Validates and imports a backup: parse + zod + merge plan + one transaction. */
  importBackup(db: Db, content: string): Promise<void>
  /** Closes and deletes the database. */
  remove(db: Db): Promise<void>
}

/** One measured operation. */
export interface Measure {
  ms: number
  /** Peak `performance.memory.usedJSHeapSize` above the value before, MB; null where the API is missing. */
  peakHeapMB: number | null
  /** Longest gap between 10 ms timer ticks during the operation: how long the page could not answer. */
  longestBlockMs: number
}

/** One round: the baselines and Folio's operations, measured back to back. */
export interface BackupBenchRound {
  rawInsertStrict: Measure
  rawReadAll: Measure
  exportBackup: Measure
  importBackup: Measure
  /** importBackup.ms / rawInsertStrict.ms (FolioDb writes with strict durability, so does the baseline). Target ≤ 1.3. */
  importRatio: number
  /** exportBackup.ms / rawReadAll.ms. */
  exportRatio: number
}

export interface BackupBenchResult {
  annotations: number
  noteBytes: number
  backupMB: number
  rounds: BackupBenchRound[]
  /** Medians over the rounds (the machines are shared and noisy: compare ratios, not times). */
  median: { importRatio: number; exportMs: number; importMs: number; rawInsertMs: number; exportRatio: number }
}

const COLORS: BenchAnnotation['color'][] = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange']
const WORDS =
  'traité amitié alliance assistance mutuelle Moscou Pékin 中苏友好 négociations 1950 Staline Mao 😀 «\u00a0guillemets\u00a0»'.split(
    ' '
  )

/** `count` annotations with notes of about `noteBytes` bytes, deterministic. */
export function benchAnnotations(count: number, noteBytes = 1024): BenchAnnotation[] {
  const rows: BenchAnnotation[] = []
  for (let n = 0; n < count; n++) {
    let note = ''
    for (let w = n; note.length < noteBytes * 0.85; w += 7) note += `${WORDS[w % WORDS.length]} `
    const exact = `${WORDS[n % WORDS.length]} ${WORDS[(n + 3) % WORDS.length]}`
    const at = new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString()
    rows.push({
      id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      documentId: `doc-${n % 20}`,
      target: {
        blockId: `p-${n % 300}`,
        blockOffset: n % 40,
        selectors: {
          quote: {
            type: 'TextQuoteSelector',
            exact,
            prefix: 'Le traité sino-soviétique de ',
            suffix: ' fut signé à Moscou.'
          },
          position: { type: 'TextPositionSelector', start: n * 3, end: n * 3 + exact.length }
        }
      },
      color: COLORS[n % COLORS.length] ?? 'yellow',
      note: note.trim(),
      tags: n % 3 === 0 ? ['traité', `tag-${n % 50}`] : [],
      createdAt: at,
      updatedAt: at
    })
  }
  return rows
}

interface MemoryPerformance {
  memory?: { usedJSHeapSize: number }
}

/** Runs `action`, sampling the heap and the page's responsiveness every 10 ms. */
export async function measure<T>(action: () => Promise<T>): Promise<{ value: T; measure: Measure }> {
  // `performance.memory` is a snapshot taken when read: read it anew at every sample.
  const heap = () => (performance as Performance & MemoryPerformance).memory?.usedJSHeapSize
  const memory = heap() !== undefined
  const baseline = heap() ?? 0
  let peak = baseline
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    peak = Math.max(peak, heap() ?? 0)
  }, 10)
  const start = performance.now()
  try {
    const value = await action()
    const ms = performance.now() - start
    longest = Math.max(longest, performance.now() - last)
    return {
      value,
      measure: {
        ms: Math.round(ms),
        peakHeapMB: memory ? Math.round((peak - baseline) / 1e5) / 10 : null,
        longestBlockMs: Math.round(longest)
      }
    }
  } finally {
    clearInterval(timer)
  }
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve()
      request.onerror = () => reject(request.error)
      request.onabort = () => reject(request.error)
    } else {
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    }
  })
}

/**
 * Raw IndexedDB, the baseline: the same rows put in one transaction into a store with FolioDb's annotation
 * indexes (`id`, `documentId`, `[documentId+createdAt]`, `*tags`, `updatedAt`).
 */
export async function rawInsert(
  name: string,
  rows: readonly BenchAnnotation[],
  durability: 'strict' | 'default'
): Promise<Measure> {
  const open = indexedDB.open(name, 1)
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('annotations', { keyPath: 'id' })
    store.createIndex('documentId', 'documentId')
    store.createIndex('[documentId+createdAt]', ['documentId', 'createdAt'])
    store.createIndex('tags', 'tags', { multiEntry: true })
    store.createIndex('updatedAt', 'updatedAt')
  }
  await done(open)
  const idb = open.result
  const { measure: figures } = await measure(async () => {
    const transaction = idb.transaction('annotations', 'readwrite', { durability })
    const store = transaction.objectStore('annotations')
    for (const row of rows) store.put(row)
    await done(transaction)
  })
  idb.close()
  await done(indexedDB.deleteDatabase(name))
  return figures
}

/** Raw IndexedDB read of every row in one `getAll`: the floor for an export. */
export async function rawReadAll(name: string): Promise<Measure> {
  const open = indexedDB.open(name)
  await done(open)
  const idb = open.result
  const { measure: figures } = await measure(async () => {
    const request = idb.transaction('annotations', 'readonly').objectStore('annotations').getAll()
    await done(request)
    return (request.result as unknown[]).length
  })
  idb.close()
  return figures
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const settleDown = () => new Promise((resolve) => setTimeout(resolve, 2_000))
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100

/**
 * The whole benchmark, `rounds` times: raw IndexedDB insert of `count` annotations, then Folio's import of a
 * backup of the same rows; raw read of every row, then Folio's export. A short pause before each operation
 * lets IndexedDB settle (compaction after 60 MB of writes otherwise lands on the next measure).
 */
export async function runBackupBench<Db>(
  api: BackupBenchApi<Db>,
  count = 50_000,
  noteBytes = 1024,
  rounds = 2
): Promise<BackupBenchResult> {
  const rows = benchAnnotations(count, noteBytes)
  const results: BackupBenchRound[] = []
  let backupMB = 0
  for (let round = 0; round < rounds; round++) {
    await settleDown()
    const rawInsertStrict = await rawInsert(`bench-raw-${count}`, rows, 'strict')

    const source = await api.open(`bench-export-${count}`)
    await api.seed(source, rows)
    await settleDown()
    const rawRead = await rawReadAll(`bench-export-${count}`)
    await settleDown()
    const exported = await measure(() => api.exportBackup(source))
    await api.remove(source)
    backupMB = Math.round(exported.value.length / 1e5) / 10

    await settleDown()
    const target = await api.open(`bench-import-${count}`)
    const imported = await measure(() => api.importBackup(target, exported.value))
    await api.remove(target)
    results.push({
      rawInsertStrict,
      rawReadAll: rawRead,
      exportBackup: exported.measure,
      importBackup: imported.measure,
      importRatio: ratio(imported.measure.ms, rawInsertStrict.ms),
      exportRatio: ratio(exported.measure.ms, rawRead.ms)
    })
  }
  return {
    annotations: count,
    noteBytes,
    backupMB,
    rounds: results,
    median: {
      importRatio: median(results.map((round) => round.importRatio)),
      exportRatio: median(results.map((round) => round.exportRatio)),
      exportMs: median(results.map((round) => round.exportBackup.ms)),
      importMs: median(results.map((round) => round.importBackup.ms)),
      rawInsertMs: median(results.map((round) => round.rawInsertStrict.ms))
    }
  }
}
