// Measures one search engine on the synthetic library: build time, heap held by the index, query latency
// (p50/p95 of 100 two-word prefix queries), serialised size, save/load time and single-entry updates.

import os from 'node:os'
import { generateLibrary, generateQueries, type LibraryOptions } from './generate-library'
import { pathToFileURL } from 'node:url'
import {
  flexSearchDefault,
  flexSearchFolio,
  folioSearchIndex,
  miniSearchDefault,
  miniSearchFolio,
  plainScan,
  type EngineUnderTest,
  type FolioTuning
} from './engine-adapters'

/** The engines (and configurations) the benchmark knows. */
export const ENGINES = {
  'minisearch-default': () => miniSearchDefault(),
  'minisearch-folio': (t: FolioTuning) => miniSearchFolio(t),
  'flexsearch-default': () => flexSearchDefault(),
  'flexsearch-folio': (t: FolioTuning) => flexSearchFolio(t),
  scan: () => plainScan(),
  'folio-search-index': (t: FolioTuning) => folioSearchIndex(t)
} satisfies Record<string, (tuning: FolioTuning) => EngineUnderTest>

/** Name of a benchmarked engine configuration. */
export type EngineName = keyof typeof ENGINES

/** Default tuning of Folio's configurations. */
export const DEFAULT_TUNING: FolioTuning = { minPrefixLength: 2, resolution: 3, maxExpansions: 2000, fastupdate: false }

/** Queries beyond the 100 measured ones: very common words and two-letter prefixes, the worst cases. */
export const HARD_QUERIES = ['de', 'la pr', 'les de', 'que qu', 'traite de la', 'par des']

/** What one engine measured. */
export interface EngineFigures {
  engine: EngineName
  tuning: FolioTuning
  entries: number
  characters: number
  buildMs: number
  /** Heap added by building the index, library texts excluded (they are shared with the library). */
  indexMiB: number
  /** Heap still held once the library is dropped: the index and whatever text it keeps. */
  retainedMiB: number
  /** Latency of the first pass over the queries. */
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** CPU time (user + system) of the first pass, per query: unaffected by other processes on the machine. */
  p50CpuMs: number
  p95CpuMs: number
  /** p95 of each query's best time over three passes: the query's own cost, without scheduler noise. */
  p95BestOf3Ms: number
  /** Worst latency over {@link HARD_QUERIES} (best of three runs each). */
  hardMaxMs: number
  /** Load average (1 min) when the queries ran: the machine is shared, so latencies vary with it. */
  loadAverage: number
  meanHits: number
  serialisedMiB: number | null
  serialiseMs: number | null
  loadMs: number | null
  /** After loading, the queries give the same hit counts as before. */
  loadSameResults: boolean | null
  replaceMs: number | null
  removeMs: number | null
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect) for (let i = 0; i < 3; i++) collect()
}
const heapMiB = (): number => {
  gc()
  const m = process.memoryUsage()
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20
}
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits

/** Generates the library and builds the engine; a function of its own so no frame keeps the library alive. */
function buildPhase(engine: EngineName, tuning: FolioTuning, libraryOptions: LibraryOptions) {
  const library = generateLibrary(libraryOptions)
  const warmup = generateQueries(library, 100, 7)
  const queries = generateQueries(library, 100, 42)
  const note = library.entries.find((e) => e.kind === 'note')
  const withLibrary = heapMiB()
  const subject = ENGINES[engine](tuning)
  const start = performance.now()
  subject.build(library.entries)
  const buildMs = performance.now() - start
  const indexMiB = heapMiB() - withLibrary
  return {
    subject,
    warmup,
    queries,
    note,
    buildMs,
    indexMiB,
    characters: library.characters,
    entryCount: library.entries.length
  }
}

/** Builds, measures and queries one engine. Run with `--expose-gc` so the heap figures are exact. */
export function benchEngine(
  engine: EngineName,
  tuning: FolioTuning = DEFAULT_TUNING,
  libraryOptions: LibraryOptions = {}
): EngineFigures {
  const base = heapMiB()
  const { subject, warmup, queries, note, buildMs, indexMiB, characters, entryCount } = buildPhase(
    engine,
    tuning,
    libraryOptions
  )
  const retainedMiB = heapMiB() - base
  let start = 0

  for (const q of warmup) subject.search(q)
  const loadAverage = os.loadavg()[0] ?? Number.NaN
  const passes: number[][] = []
  const cpu: number[] = []
  const hits: number[] = []
  for (let pass = 0; pass < 3; pass++) {
    const times: number[] = []
    queries.forEach((q, i) => {
      const cpuStart = process.cpuUsage()
      start = performance.now()
      hits[i] = subject.search(q)
      times.push(performance.now() - start)
      const used = process.cpuUsage(cpuStart)
      if (pass === 0) cpu.push((used.user + used.system) / 1000)
    })
    passes.push(times)
  }
  cpu.sort((a, b) => a - b)
  const sorted = [...(passes[0] ?? [])].sort((a, b) => a - b)
  const hardMaxMs = Math.max(
    ...HARD_QUERIES.map((q) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t = performance.now()
          subject.search(q)
          return performance.now() - t
        })
      )
    )
  )
  const best = queries
    .map((_, i) => Math.min(...passes.map((p) => p[i] ?? Number.POSITIVE_INFINITY)))
    .sort((a, b) => a - b)

  let serialisedMiB: number | null = null
  let serialiseMs: number | null = null
  let loadMs: number | null = null
  let loadSameResults: boolean | null = null
  if (subject.serialise && subject.load) {
    start = performance.now()
    const data = subject.serialise()
    serialiseMs = performance.now() - start
    serialisedMiB = Buffer.byteLength(data) / 2 ** 20
    start = performance.now()
    subject.load(data)
    loadMs = performance.now() - start
    loadSameResults = queries.every((q, i) => subject.search(q) === hits[i])
  }

  let replaceMs: number | null = null
  let removeMs: number | null = null
  if (note && subject.replace && subject.remove) {
    const changed = { ...note, text: `${note.text} palimpseste` }
    start = performance.now()
    subject.replace(changed)
    replaceMs = performance.now() - start
    start = performance.now()
    subject.remove(changed)
    removeMs = performance.now() - start
  }

  return {
    engine,
    tuning,
    entries: entryCount,
    characters,
    buildMs: round(buildMs, 0),
    indexMiB: round(indexMiB, 1),
    retainedMiB: round(retainedMiB, 1),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
    p50CpuMs: round(percentile(cpu, 50)),
    p95CpuMs: round(percentile(cpu, 95)),
    p95BestOf3Ms: round(percentile(best, 95)),
    hardMaxMs: round(hardMaxMs),
    loadAverage: round(loadAverage),
    meanHits: round(hits.reduce((a, b) => a + b, 0) / hits.length, 1),
    serialisedMiB: serialisedMiB === null ? null : round(serialisedMiB, 1),
    serialiseMs: serialiseMs === null ? null : round(serialiseMs, 0),
    loadMs: loadMs === null ? null : round(loadMs, 0),
    loadSameResults,
    replaceMs: replaceMs === null ? null : round(replaceMs),
    removeMs: removeMs === null ? null : round(removeMs)
  }
}

// Child-process entry, once bundled by run.mjs: node --expose-gc search-bench.mjs <engine> [tuning-json]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, tuningJson] = process.argv.slice(2)
  if (!name || !(name in ENGINES)) {
    console.error(`usage: search-bench <${Object.keys(ENGINES).join('|')}> [tuning-json]`)
    process.exit(2)
  }
  const tuning = { ...DEFAULT_TUNING, ...(tuningJson ? (JSON.parse(tuningJson) as Partial<FolioTuning>) : {}) }
  const documents = process.env.BENCH_DOCUMENTS ? Number(process.env.BENCH_DOCUMENTS) : undefined
  console.log(JSON.stringify(benchEngine(name as EngineName, tuning, { documents })))
}
