// Entry of `npm run bench` (bundled and started by bench/run.mjs): runs every benchmark, writes the
// report and exits 1 when a budget is exceeded, 2 when a benchmark failed. `--quick`: small sizes, no budgets.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { repoRoot } from '../../tests/fixtures/archive-files'
import { anchoringFigures } from './anchoring-figures'
import { annotationsFigures } from './annotations-figures'
import { archiveScaleFigures } from './archive-scale-figures'
import { archiveSearchFigures } from './archive-search-figures'
import { backupFigures } from './backup-figures'
import { openBenchPage, type BenchPage } from './bench-page'
import { dataLayerFigures } from './data-layer-figures'
import { overBudget, type Figure } from './figure'
import { initialJsFigures } from './initial-js'
import { libraryFigures } from './library-figures'
import { describeMachine } from './machine'
import { mainLoadFigures } from './main-load-figures'
import { pdfFigures } from './pdf-figures'
import { renderReport, writeReport } from './report'
import { searchFigures } from './search-figures'
import { FULL, QUICK } from './sizes'
import { startupFigures } from './startup-figures'
import { syncFigures } from './sync-figures'

/** What bench/run.mjs built into `dir` (`--built`). */
const builtIn = (dir: string) => ({
  page: join(dir, 'page'),
  mainLoadChild: join(dir, 'main-load-child.cjs'),
  search: join(dir, 'search-bench.mjs')
})
const SECTIONS = [
  'js',
  'main',
  'startup',
  'db',
  'anchoring',
  'search',
  'backup',
  'library',
  'archive-search',
  'archive-scale',
  'pdf',
  'annotations',
  'sync'
] as const
type Section = (typeof SECTIONS)[number]

function parseArgs(argv: readonly string[]) {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const only = value('--only')?.split(',')
  const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name))
  if (unknown?.length) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`)
  const quick = argv.includes('--quick')
  const built = value('--built') ?? join(repoRoot, 'out/bench/suite')
  return {
    quick,
    built: builtIn(built),
    sections: (only ?? SECTIONS) as Section[],
    json: value('--json') ?? join(built, quick ? 'quick-results.json' : `results-${Date.now()}.json`),
    report: value('--report') ?? (quick ? join(built, 'quick-report.md') : join(repoRoot, 'docs/benchmarks.md'))
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  const built = args.built
  const sizes = args.quick ? QUICK : FULL
  const started = Date.now()
  const log = (line: string) =>
    process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`)
  const figures: Figure[] = []
  let failed = 0
  let page: BenchPage | null = null
  const benchPage = async (): Promise<BenchPage> => (page ??= await openBenchPage(built.page))
  const sections: Record<Section, () => Promise<Figure[]> | Figure[]> = {
    js: () => initialJsFigures(join(repoRoot, 'out/renderer')),
    main: () => mainLoadFigures(built.mainLoadChild, join(repoRoot, 'out/main/index.js'), sizes),
    startup: () => startupFigures(sizes, log),
    db: async () => dataLayerFigures(await benchPage(), sizes, log),
    anchoring: async () => anchoringFigures(await benchPage(), sizes, log),
    search: () => {
      log(`search: Folio's index on ${sizes.searchDocuments.toLocaleString('en-US')} documents (bench/search)…`)
      return searchFigures(built.search, sizes)
    },
    backup: async () => backupFigures(await benchPage(), sizes, log),
    library: () => libraryFigures(sizes),
    'archive-search': () => archiveSearchFigures(sizes, log),
    'archive-scale': () => archiveScaleFigures(sizes, join(dirname(args.report), 'benchmarks-archive-scale.png'), log),
    pdf: () => pdfFigures(sizes, log),
    annotations: () => annotationsFigures(sizes, log),
    sync: () => syncFigures(sizes, join(dirname(args.report), 'benchmarks-sync.png'), log, figures)
  }
  const chromium = (await benchPage()).chromiumVersion
  const machine = describeMachine(chromium)
  try {
    for (const section of args.sections) {
      log(`${section}…`)
      try {
        const measured = await sections[section]()
        figures.push(...measured)
        for (const f of measured)
          log(
            `  ${f.id} = ${f.value ?? 'not measured'}${f.unit === 'x' ? 'x' : ` ${f.unit}`}${f.budget === undefined ? '' : ` (budget ${f.budget})`}`
          )
      } catch (error) {
        failed++
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        log(`${section} FAILED: ${message}`)
        figures.push({
          id: `${section}.failed`,
          label: `${section}: the benchmark failed`,
          value: null,
          unit: 'ms',
          note: message.split('\n')[0]
        })
      }
    }
  } finally {
    await (page as BenchPage | null)?.close()
  }

  const searchReport = join(repoRoot, 'docs/benchmarks-search.md')
  const seeAlso = existsSync(searchReport)
    ? ['The search engines compared (bench/search): [benchmarks-search.md](benchmarks-search.md).']
    : []
  for (const file of [args.json, args.report]) mkdirSync(dirname(file), { recursive: true })
  writeFileSync(args.json, JSON.stringify({ quick: args.quick, machine, sizes, figures }, null, 2))
  writeReport(args.report, renderReport(figures, machine, args.quick, seeAlso))
  const over = overBudget(figures)
  log(
    `done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${figures.length} figures, ${over.length} over budget, ${failed} failed; report: ${args.report}`
  )
  for (const f of over) log(`  OVER BUDGET: ${f.label}: ${f.value} > ${f.budget}`)
  if (failed) return 2
  return over.length && !args.quick ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  }
)
