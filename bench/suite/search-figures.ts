// The search figures: Folio's search index on the synthetic library of bench/search (10,000 documents,
// ~50 MB of text), measured by that benchmark's own child-process entry (bench/search/engines-bench.ts).

import { execFileSync } from 'node:child_process'
import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { round } from './stats'

const FIELDS = [
  'entries',
  'characters',
  'buildMs',
  'indexMiB',
  'retainedMiB',
  'p50Ms',
  'p95Ms',
  'p95BestOf3Ms',
  'loadMs'
] as const
type SearchFigures = Record<(typeof FIELDS)[number], number>

function parseFigures(stdout: string): SearchFigures {
  const value: unknown = JSON.parse(stdout.trim().split('\n').pop() ?? '')
  const record = (value ?? {}) as Record<string, unknown>
  const missing = FIELDS.filter((field) => typeof record[field] !== 'number')
  if (missing.length) throw new Error(`bench/search printed no ${missing.join(', ')}`)
  return record as SearchFigures
}

/** Builds, queries, saves and reloads Folio's index (`folio-search-index`) in its own `node --expose-gc`. */
export function searchFigures(searchBundle: string, sizes: Sizes): Figure[] {
  const stdout = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', searchBundle, 'folio-search-index'],
    {
      encoding: 'utf8',
      env: { ...process.env, BENCH_DOCUMENTS: String(sizes.searchDocuments) },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 2 ** 20
    }
  )
  const f = parseFigures(stdout)
  const library = `${sizes.searchDocuments.toLocaleString('en-US')} documents, ${f.entries.toLocaleString('en-US')} entries, ${round(f.characters / 1e6, 1)} M characters`
  return [
    {
      id: 'search.build',
      label: 'Search: index build (Folio SearchIndex)',
      value: round(f.buildMs / 1000, 1),
      unit: 's',
      note: library
    },
    {
      id: 'search.p95',
      label: 'Search: query latency p95 (100 two-word prefix queries)',
      value: round(f.p95Ms, 2),
      unit: 'ms',
      budget: 10,
      note: `p50 ${round(f.p50Ms, 2)} ms; p95 of each query's best of 3: ${round(f.p95BestOf3Ms, 2)} ms`
    },
    {
      id: 'search.index-memory',
      label: 'Search: heap held by the index',
      value: round(f.indexMiB, 1),
      unit: 'MiB',
      budget: 200,
      note: `${round(f.retainedMiB, 1)} MiB retained with the texts it keeps`
    },
    {
      id: 'search.load',
      label: 'Search: persisted index loaded (restart without rebuild)',
      value: round(f.loadMs, 0),
      unit: 'ms'
    }
  ]
}
