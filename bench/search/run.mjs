// Runs the search-engine benchmark: bundles the TypeScript with rolldown (shipped with Vite), then
// measures each engine in its own `node --expose-gc` process so heap figures do not mix.
// Usage: node bench/search/run.mjs [engine[:tuning-json] ...]   (BENCH_DOCUMENTS=1000 for a quick run)

import { build } from 'rolldown'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const outDir = join(root, 'out', 'bench')
const bundle = join(outDir, 'search-bench.mjs')
mkdirSync(outDir, { recursive: true })
await build({
  input: join(root, 'bench', 'search', 'engines-bench.ts'),
  platform: 'node',
  external: ['minisearch', 'flexsearch'],
  output: { file: bundle, format: 'esm' },
  logLevel: 'warn'
})

// The runs of docs/benchmarks-search.md, in its order.
const defaults = [
  'folio-search-index',
  'folio-search-index:{"resolution":1}',
  'minisearch-folio',
  'flexsearch-folio:{"maxExpansions":12}',
  'scan',
  'minisearch-default',
  'flexsearch-default'
]
const runs = process.argv.length > 2 ? process.argv.slice(2) : defaults
const results = []
for (const run of runs) {
  const at = run.indexOf(':')
  const engine = at < 0 ? run : run.slice(0, at)
  const args = ['--expose-gc', '--max-old-space-size=16384', bundle, engine]
  if (at >= 0) args.push(run.slice(at + 1))
  process.stderr.write(`${run} …\n`)
  const stdout = execFileSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const figures = JSON.parse(stdout.trim().split('\n').pop())
  figures.label = run
  results.push(figures)
  process.stderr.write(`${JSON.stringify(figures)}\n`)
}

const machine = {
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? '?',
  node: process.version,
  date: new Date().toISOString()
}
writeFileSync(join(outDir, `search-results-${Date.now()}.json`), JSON.stringify({ machine, results }, null, 2))
const cell = (v) => (v === null || v === undefined ? '—' : String(v))
console.log(`Machine: ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}, ${machine.date}\n`)
console.log(
  '| Engine | Build (s) | Index heap (MiB) | Retained (MiB) | p50 (ms) | p95 (ms) | max (ms) | CPU p50 / p95 (ms) | p95 best of 3 (ms) | worst hard query (ms) | load avg | Serialised (MiB) | Save (ms) | Load (ms) | Replace (ms) | Remove (ms) |'
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
for (const r of results) {
  console.log(
    `| ${r.label ?? r.engine} | ${(r.buildMs / 1000).toFixed(1)} | ${r.indexMiB} | ${r.retainedMiB} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} | ${r.p50CpuMs} / ${r.p95CpuMs} | ${r.p95BestOf3Ms} | ${r.hardMaxMs} | ${r.loadAverage} | ${cell(r.serialisedMiB)} | ${cell(r.serialiseMs)} | ${cell(r.loadMs)} | ${cell(r.replaceMs)} | ${cell(r.removeMs)} |`
  )
}
