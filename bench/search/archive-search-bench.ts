// The archive's on-disk full-text index (search.folio) on bench/search's synthetic library as archive documents:
// generation (cached), build time and peak memory, query latency and the index's memory, vs the in-memory index.
// Child-process entry: node --expose-gc archive-search-bench.mjs <generate|build|query|memory|articles> <dir> [documents]

import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ArticleDocument } from '../../src/shared/archive/document'
import type { ArchiveDocumentEntry } from '../../src/shared/archive/archive-types'
import { documentEntries } from '../../src/shared/search/document-entries'
import { SearchIndex } from '../../src/shared/search/search-index'
import { openFileSearch } from '../../src/main/archive/file-archive-search'
import { SEARCH_FILE } from '../../src/main/archive/search-file-format'
import { writeSearchFile } from '../../src/main/archive/write-search-file'
import { buildArchive } from '../../src/archive-tool/build-archive'
import { generateLibrary, generateQueries } from './generate-library'

/** One archive document as the generated file holds it: what `documentEntries` reads. */
interface GeneratedDocument {
  id: string
  blocks: { id: string; text: string }[]
  references: { id: string; title: null; sourceText: string }[]
  links: { id: string; title: string; sourceText: string }[]
}

/**
 * engines-bench.ts's HARD_QUERIES (very common words, two-letter prefixes); not imported, since bundling that
 * module would run its own child-process entry.
 */
const HARD_QUERIES = ['de', 'la pr', 'les de', 'que qu', 'traite de la', 'par des']

const DOCUMENTS_FILE = 'documents.jsonl'
const QUERIES_FILE = 'queries.json'

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect) for (let i = 0; i < 3; i++) collect()
}
const heapMiB = (): number => {
  const m = process.memoryUsage()
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20
}
const settledHeapMiB = (): number => {
  gc()
  return heapMiB()
}
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits

/**
 * Writes the library of bench/search (`documents` documents; the first 10,000 are those of its 10,000) as
 * archive documents, one JSON line each (passages: title and paragraphs; references; links; no user
 * entries), and its 100 measured two-word prefix queries with the 100 warm-up ones.
 */
function generate(dir: string, documents: number): void {
  mkdirSync(dir, { recursive: true })
  const library = generateLibrary({ documents })
  const byDoc = new Map<string, GeneratedDocument>()
  for (const entry of library.entries) {
    if (entry.docId === null || !['passage', 'reference', 'link'].includes(entry.kind)) continue
    let doc = byDoc.get(entry.docId)
    if (!doc) byDoc.set(entry.docId, (doc = { id: entry.docId, blocks: [], references: [], links: [] }))
    if (entry.kind === 'passage') doc.blocks.push({ id: entry.targetId, text: entry.text })
    else if (entry.kind === 'reference')
      doc.references.push({ id: entry.targetId, title: null, sourceText: entry.text })
    else
      doc.links.push({ id: entry.targetId, title: entry.text.split(' ').slice(0, 4).join(' '), sourceText: entry.text })
  }
  // Written a thousand lines at a time: the whole file is longer than a string may be.
  const out = openSync(join(dir, DOCUMENTS_FILE), 'w')
  let lines: string[] = []
  for (const doc of byDoc.values()) {
    lines.push(`${JSON.stringify(doc)}\n`)
    if (lines.length === 1000) {
      writeSync(out, lines.join(''))
      lines = []
    }
  }
  writeSync(out, lines.join(''))
  closeSync(out)
  const queries = { warmup: generateQueries(library, 100, 7), measured: generateQueries(library, 100, 42) }
  writeFileSync(join(dir, QUERIES_FILE), JSON.stringify(queries))
  console.log(JSON.stringify({ documents: byDoc.size, characters: library.characters }))
}

/** The generated documents, read one line at a time. */
async function* documentsOf(dir: string): AsyncIterable<ArchiveDocumentEntry> {
  const lines = createInterface({ input: createReadStream(join(dir, DOCUMENTS_FILE)), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line === '') continue
    const doc = JSON.parse(line) as GeneratedDocument
    const document = { blocks: doc.blocks, references: doc.references, links: doc.links } as unknown as ArticleDocument
    yield { id: doc.id, origin: 'archive', file: `${doc.id}.txt`, document, notes: [] }
  }
}

/** Writes search.folio from the generated documents (streamed), sampling the heap for its peak. */
async function build(dir: string): Promise<void> {
  let peakHeap = heapMiB()
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, heapMiB())), 50)
  const start = performance.now()
  const summary = await writeSearchFile(dir, documentsOf(dir))
  const buildMs = performance.now() - start
  clearInterval(sampler)
  console.log(
    JSON.stringify({
      entries: summary.entries,
      fileMiB: round(summary.bytes / 2 ** 20, 1),
      buildMs: round(buildMs, 0),
      peakRssMiB: round(process.resourceUsage().maxRSS / 1024, 0),
      peakHeapMiB: round(Math.max(peakHeap, heapMiB()), 0)
    })
  )
}

/** The shipped seed article (this file and its bundle both sit two folders below the repository). */
const SEED = fileURLToPath(new URL('../../resources/archive/000_fed214270135fa12.txt', import.meta.url))

/**
 * The seed's text under another title with a word of its own, as tests/fixtures/generated-archive.ts writes
 * it (not imported: that module finds the repository by `__dirname`, which an ES module bundle lacks).
 */
function seedArticle(seed: string, index: number): string {
  const [, ...rest] = seed.split('\n')
  return [
    `Traité numéro ${index} - Treaty number ${index}`,
    ...rest,
    '',
    `Ce document porte le repère repere${index}x.`
  ].join('\n')
}

/**
 * The build command itself (`npm run archive -- build`, in place) on `documents` seed-based articles (the
 * tests' generated archive: written once into `dir`): check, catalogue, manifest and search.folio.
 */
async function articles(dir: string, documents: number): Promise<void> {
  if (!existsSync(join(dir, '.generated'))) {
    mkdirSync(dir, { recursive: true })
    const seed = await readFile(SEED, 'utf8')
    for (let index = 0; index < documents; index++) {
      const file = `${String(index).padStart(6, '0')}_${index.toString(16).padStart(16, '0')}.txt`
      writeFileSync(join(dir, file), seedArticle(seed, index))
    }
    writeFileSync(join(dir, '.generated'), String(documents))
  }
  let peakHeap = heapMiB()
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, heapMiB())), 50)
  const start = performance.now()
  const built = await buildArchive(dir, dir)
  const buildMs = performance.now() - start
  clearInterval(sampler)
  if (!built.ok) throw new Error(JSON.stringify(built.problems.slice(0, 3)))
  console.log(
    JSON.stringify({
      documents: built.documents,
      buildMs: round(buildMs, 0),
      peakRssMiB: round(process.resourceUsage().maxRSS / 1024, 0),
      peakHeapMiB: round(Math.max(peakHeap, heapMiB()), 0),
      fileMiB: round(statSync(join(dir, SEARCH_FILE)).size / 2 ** 20, 1)
    })
  )
}

interface Searcher {
  search(query: string): Promise<number> | number
}

/** Warm-up, then three timed passes over the measured queries and the worst hard query (best of three). */
async function time(searcher: Searcher, queries: { warmup: string[]; measured: string[] }) {
  for (const q of queries.warmup) await searcher.search(q)
  const passes: number[][] = []
  let hits = 0
  for (let pass = 0; pass < 3; pass++) {
    const times: number[] = []
    for (const q of queries.measured) {
      const start = performance.now()
      const found = await searcher.search(q)
      times.push(performance.now() - start)
      if (pass === 0) hits += found
    }
    passes.push(times)
  }
  const first = [...(passes[0] ?? [])].sort((a, b) => a - b)
  const best = queries.measured
    .map((_, i) => Math.min(...passes.map((p) => p[i] ?? Number.POSITIVE_INFINITY)))
    .sort((a, b) => a - b)
  let hardMaxMs = 0
  for (const q of HARD_QUERIES) {
    let fastest = Number.POSITIVE_INFINITY
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      await searcher.search(q)
      fastest = Math.min(fastest, performance.now() - start)
    }
    hardMaxMs = Math.max(hardMaxMs, fastest)
  }
  return {
    p50Ms: round(percentile(first, 50)),
    p95Ms: round(percentile(first, 95)),
    p95BestOf3Ms: round(percentile(best, 95)),
    hardMaxMs: round(hardMaxMs),
    meanHits: round(hits / queries.measured.length, 1)
  }
}

const totalOf = (results: { groups: { total: number }[] }): number =>
  results.groups.reduce((sum, group) => sum + group.total, 0)

/** Opens search.folio and queries it: the memory it holds in the process (heap and buffers), latencies. */
async function query(dir: string): Promise<void> {
  const queries = JSON.parse(await readFile(join(dir, QUERIES_FILE), 'utf8')) as {
    warmup: string[]
    measured: string[]
  }
  const base = settledHeapMiB()
  const start = performance.now()
  const search = await openFileSearch(dir)
  const openMs = performance.now() - start
  const openedMiB = settledHeapMiB() - base
  const figures = await time({ search: async (q) => totalOf(await search.search(q)) }, queries)
  const afterMiB = settledHeapMiB() - base
  console.log(
    JSON.stringify({
      fileMiB: round(statSync(join(dir, SEARCH_FILE)).size / 2 ** 20, 1),
      openMs: round(openMs, 0),
      openedMiB: round(openedMiB, 1),
      afterQueriesMiB: round(afterMiB, 1),
      rssMiB: round(process.memoryUsage().rss / 2 ** 20, 0),
      ...figures
    })
  )
  await search.close()
}

/** Today's in-memory SearchIndex of the same documents: memory and latencies; and whether search.folio agrees. */
async function memory(dir: string): Promise<void> {
  const queries = JSON.parse(await readFile(join(dir, QUERIES_FILE), 'utf8')) as {
    warmup: string[]
    measured: string[]
  }
  const base = settledHeapMiB()
  const index = new SearchIndex()
  const start = performance.now()
  // One batch, as a library is indexed (`add` compacts the posting lists once per call).
  const entries = []
  for await (const document of documentsOf(dir)) entries.push(...documentEntries(document))
  index.add(entries)
  entries.length = 0
  const buildMs = performance.now() - start
  const indexMiB = settledHeapMiB() - base
  const figures = await time({ search: (q) => totalOf(index.search(q)) }, queries)
  let sameResults = null as boolean | null
  if (existsSync(join(dir, SEARCH_FILE))) {
    const search = await openFileSearch(dir)
    sameResults = true
    for (const q of [...queries.measured, ...HARD_QUERIES]) {
      if (JSON.stringify(await search.search(q)) !== JSON.stringify(index.search(q))) sameResults = false
    }
    await search.close()
  }
  console.log(JSON.stringify({ buildMs: round(buildMs, 0), indexMiB: round(indexMiB, 1), sameResults, ...figures }))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, dir, documents] = process.argv.slice(2)
  if (!dir || !mode) {
    console.error('usage: archive-search-bench <generate|build|query|memory> <dir> [documents]')
    process.exit(2)
  }
  const run =
    mode === 'generate'
      ? async () => generate(dir, Number(documents ?? 10_000))
      : mode === 'build'
        ? () => build(dir)
        : mode === 'query'
          ? () => query(dir)
          : mode === 'articles'
            ? () => articles(dir, Number(documents ?? 10_000))
            : () => memory(dir)
  run().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
