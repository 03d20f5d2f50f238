// The archive's own full-text index (search.folio) on bench/search's synthetic library as archive documents,
// at 1/10, 1 and 10 times the search library's size: build time and peak memory, query p95 and the index's
// memory, against today's in-memory SearchIndex of the same documents at the search library's size.

import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../tests/fixtures/archive-files'
import { bundleNodeChild } from './bundle-node-child'
import type { Figure } from './figure'
import type { Sizes } from './sizes'

/** Where the generated libraries are kept between runs (never committed). */
const CACHE = join(repoRoot, 'out/bench/archive-search')
const BUNDLE = join(repoRoot, 'out/bench/archive-search-bench.mjs')

/** Figure ids name the size by its scale (1/10, 1 and 10 times the search library), the same in the quick run. */
const SCALES = ['small', 'medium', 'large'] as const

type Log = (line: string) => void
type Printed = Record<string, number | boolean | null>

/** Runs one mode of the child in its own `node --expose-gc` and returns the JSON it printed last. */
function child(mode: string, dir: string, extra: string[] = []): Printed {
  const stdout = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=16384', BUNDLE, mode, dir, ...extra],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 2 ** 20 }
  )
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Printed
}

const num = (value: number | boolean | null | undefined): number | null => (typeof value === 'number' ? value : null)
const label = (documents: number): string => documents.toLocaleString('en-US')

/** Generates (once, cached), builds and queries search.folio at each size; the in-memory index at the middle one. */
export async function archiveSearchFigures(sizes: Sizes, log: Log): Promise<Figure[]> {
  await bundleNodeChild('bench/search/archive-search-bench.ts', BUNDLE)
  const base = sizes.searchDocuments
  const counts = [base / 10, base, base * 10].map((n) => Math.max(10, Math.round(n)))
  const figures: Figure[] = []
  for (const [scale, documents] of counts.entries()) {
    const size = SCALES[scale] as string
    const dir = join(CACHE, String(documents))
    if (!existsSync(join(dir, 'queries.json'))) {
      log(`  archive-search: generating ${label(documents)} documents into ${dir}…`)
      child('generate', dir, [String(documents)])
    }
    log(`  archive-search: search.folio of ${label(documents)} documents…`)
    const built = child('build', dir)
    const queried = child('query', dir)
    const at = `${label(documents)} documents, ${label(num(built.entries) ?? 0)} entries`
    const largest = size === 'large'
    figures.push(
      {
        id: `archive-search.${size}.build`,
        label: `Archive search: search.folio written (${label(documents)} documents)`,
        value: Math.round((num(built.buildMs) ?? 0) / 100) / 10,
        unit: 's',
        budget: largest && documents >= 100_000 ? 600 : undefined,
        note: `${at}; ${num(built.fileMiB)} MiB file; peak RSS ${num(built.peakRssMiB)} MiB, heap ${num(built.peakHeapMiB)} MiB; documents streamed already parsed (the build's own parse not counted)`
      },
      {
        id: `archive-search.${size}.build-memory`,
        label: `Archive search: peak memory writing search.folio (${label(documents)} documents)`,
        value: num(built.peakRssMiB),
        unit: 'MiB',
        budget: largest && documents >= 100_000 ? 500 : undefined,
        note: 'maximum resident set of the writing process'
      },
      {
        id: `archive-search.${size}.p95`,
        label: `Archive search: query p95, search.folio (${label(documents)} documents, 100 two-word prefix queries)`,
        value: num(queried.p95Ms),
        unit: 'ms',
        budget: largest && documents >= 100_000 ? 20 : undefined,
        note: `p50 ${num(queried.p50Ms)} ms; p95 of each query's best of 3: ${num(queried.p95BestOf3Ms)} ms; worst hard query ${num(queried.hardMaxMs)} ms; opened in ${num(queried.openMs)} ms`
      },
      {
        id: `archive-search.${size}.memory`,
        label: `Archive search: memory held by search.folio in the process (${label(documents)} documents)`,
        value: num(queried.afterQueriesMiB),
        unit: 'MiB',
        budget: largest && documents >= 100_000 ? 150 : undefined,
        note: `heap and buffers after the queries (caches full); ${num(queried.openedMiB)} MiB once opened; RSS ${num(queried.rssMiB)} MiB`
      }
    )
  }
  const largest = counts[2] as number
  log(`  archive-search: npm run archive -- build on ${label(largest)} seed-based articles…`)
  const command = child('articles', join(CACHE, `articles-${largest}`), [String(largest)])
  figures.push(
    {
      id: 'archive-search.build-command',
      label: `Archive build command, search.folio included (${label(largest)} articles)`,
      value: Math.round((num(command.buildMs) ?? 0) / 100) / 10,
      unit: 's',
      budget: largest >= 100_000 ? 600 : undefined,
      note: `the seed's article under ${label(largest)} titles: each read, parsed and checked, then catalogue.folio, manifest.json and search.folio (${num(command.fileMiB)} MiB), the articles read and parsed again one at a time`
    },
    {
      id: 'archive-search.build-command-memory',
      label: `Archive build command: peak memory (${label(largest)} articles)`,
      value: num(command.peakRssMiB),
      unit: 'MiB',
      budget: largest >= 100_000 ? 500 : undefined,
      note: `maximum resident set; heap and buffers at most ${num(command.peakHeapMiB)} MiB`
    }
  )
  const middle = join(CACHE, String(counts[1]))
  log(`  archive-search: today's in-memory SearchIndex of ${label(counts[1] as number)} documents…`)
  const memory = child('memory', middle)
  figures.push(
    {
      id: 'archive-search.in-memory.p95',
      label: `Archive search: query p95, in-memory SearchIndex (${label(counts[1] as number)} documents)`,
      value: num(memory.p95Ms),
      unit: 'ms',
      note: `p50 ${num(memory.p50Ms)} ms; best of 3 ${num(memory.p95BestOf3Ms)} ms; worst hard query ${num(memory.hardMaxMs)} ms; built in ${num(memory.buildMs)} ms; search.folio gives the same results: ${String(memory.sameResults)}`
    },
    {
      id: 'archive-search.in-memory.memory',
      label: `Archive search: heap held by the in-memory SearchIndex (${label(counts[1] as number)} documents)`,
      value: num(memory.indexMiB),
      unit: 'MiB'
    }
  )
  return figures
}
