// Child-process entry of the search benchmark: measures one engine and prints its figures as JSON.
// Usage (after bundling, see run.mjs): node --expose-gc search-bench.mjs <engine> [tuning-json]

import { benchEngine, DEFAULT_TUNING, ENGINES, type EngineName } from './engines-bench'

const [name, tuningJson] = process.argv.slice(2)
if (!name || !(name in ENGINES)) {
  console.error(`usage: search-bench <${Object.keys(ENGINES).join('|')}> [tuning-json]`)
  process.exit(2)
}
const tuning = { ...DEFAULT_TUNING, ...(tuningJson ? (JSON.parse(tuningJson) as object) : {}) }
const documents = process.env.BENCH_DOCUMENTS ? Number(process.env.BENCH_DOCUMENTS) : undefined
console.log(JSON.stringify(benchEngine(name as EngineName, tuning, { documents })))
