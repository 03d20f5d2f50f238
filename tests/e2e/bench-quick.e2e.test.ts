// `npm run bench` must never rot: its quick variant (small sizes) runs here and must produce every figure.
// Budgets are not checked — timings belong to the benchmark, never to a pass/fail test on a shared machine.

import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'

/** Every figure of the suite, in report order: one that disappears or stops being measured fails here. */
const FIGURES = [
  'js.initial.gzip',
  'js.boot.gzip',
  'page.inline.gzip',
  'main.load',
  'main.ready',
  'startup.folio',
  'startup.folio.text',
  'startup.folio.app',
  'startup.static',
  'startup.ratio',
  'db.save.folio.p50',
  'db.save.folio.p95',
  'db.save.ratio.dexie',
  'db.save.dexie.ratio.raw',
  'db.query.folio',
  'db.query.ratio.raw',
  'db.query.dexie.ratio.raw',
  'db.bulk.folio',
  'db.bulk.ratio.raw',
  'db.bulk.dexie.ratio.raw',
  'anchoring.exact',
  'anchoring.edited',
  'anchoring.gone',
  'anchoring.longest-slice',
  'search.build',
  'search.p95',
  'search.index-memory',
  'search.load',
  'backup.import',
  'backup.import.ratio.raw',
  'backup.import.longest-block',
  'backup.export',
  'backup.export.longest-block',
  'library.index.build',
  'library.filter.p95',
  'library.filter.baseline.p95',
  'library.filter.ratio',
  'archive-search.small.build',
  'archive-search.small.build-memory',
  'archive-search.small.p95',
  'archive-search.small.memory',
  'archive-search.medium.build',
  'archive-search.medium.build-memory',
  'archive-search.medium.p95',
  'archive-search.medium.memory',
  'archive-search.large.build',
  'archive-search.large.build-memory',
  'archive-search.large.p95',
  'archive-search.large.memory',
  'archive-search.build-command',
  'archive-search.build-command-memory',
  'archive-search.in-memory.p95',
  'archive-search.in-memory.memory',
  'archive-scale.1.first-frame',
  'archive-scale.1.first-frame.ratio',
  'archive-scale.1.interactive',
  'archive-scale.1.interactive.ratio',
  'archive-scale.1.heap.ratio',
  'archive-scale.1.main-rss',
  'archive-scale.1.open.p95',
  'archive-scale.1.filter.p95',
  'archive-scale.1.filter.main.p95',
  'archive-scale.30.first-frame',
  'archive-scale.30.first-frame.ratio',
  'archive-scale.30.interactive',
  'archive-scale.30.interactive.ratio',
  'archive-scale.30.heap.ratio',
  'archive-scale.30.main-rss',
  'archive-scale.30.open.p95',
  'archive-scale.30.filter.p95',
  'archive-scale.30.filter.main.p95',
  'pdf.folio.first-page',
  'pdf.generic.first-page',
  'pdf.first-page.ratio',
  'pdf.scroll.longest-task',
  'pdf.text.extracted',
  'pdf.anchoring.unchanged',
  'pdf.anchoring.edited',
  'annotations.view.first-page',
  'annotations.view.first-page.raw',
  'annotations.view.first-page.ratio',
  'annotations.view.all',
  'annotations.view.all.ratio',
  'annotations.filter.p95',
  'annotations.link.p95',
  'sync.initial.baseline',
  'sync.initial.yjs',
  'sync.initial.pouchdb',
  'sync.initial.yjs.ratio.baseline',
  'sync.initial.pouchdb.ratio.baseline',
  'sync.initial.ratio',
  'sync.initial.ratio.backup-import',
  'sync.initial.yjs.wire',
  'sync.initial.pouchdb.wire',
  'sync.initial.wire.ratio',
  'sync.initial.yjs.heap',
  'sync.initial.pouchdb.heap',
  'sync.initial.heap.ratio',
  'sync.load.relay.p95',
  'sync.load.yjs.p50',
  'sync.load.yjs.p95',
  'sync.load.yjs.server-rss',
  'sync.load.yjs.server-cpu',
  'sync.load.yjs.bytes-per-change',
  'sync.load.pouchdb.p50',
  'sync.load.pouchdb.p95',
  'sync.load.pouchdb.server-rss',
  'sync.load.pouchdb.server-cpu',
  'sync.load.pouchdb.bytes-per-change',
  'sync.load.yjs.p95.ratio.relay',
  'sync.load.pouchdb.p95.ratio.relay',
  'sync.load.p95.ratio',
  'sync.load.server-rss.ratio',
  'sync.load.server-cpu.ratio',
  'sync.load.bytes-per-change.ratio',
  'sync.cluster.single.p95',
  'sync.cluster.redis.p95',
  'sync.cluster.ratio',
  'sync.folio.p95',
  'sync.folio.ratio'
]

interface Run {
  code: number | null
  stderr: string
}

const runQuick = (json: string, report: string): Promise<Run> =>
  new Promise((resolve) => {
    const args = ['bench/run.mjs', '--quick', '--json', json, '--report', report]
    execFile(process.execPath, args, { cwd: repoRoot, maxBuffer: 16 * 2 ** 20 }, (error, _stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr })
    )
  })

describe('the benchmark suite (quick variant)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-bench-quick-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs every benchmark to the end and reports every figure with a value', { timeout: 300_000 }, async () => {
    const json = join(dir, 'results.json')
    const report = join(dir, 'benchmarks.md')
    const { code, stderr } = await runQuick(json, report)
    expect(code, stderr.slice(-4000)).toBe(0)

    const { figures } = JSON.parse(readFileSync(json, 'utf8')) as {
      figures: { id: string; label: string; value: number | null }[]
    }
    expect(figures.map((figure) => figure.id)).toEqual(FIGURES)
    for (const figure of figures) expect(Number.isFinite(figure.value), figure.id).toBe(true)

    const markdown = readFileSync(report, 'utf8')
    expect(markdown).toContain('| Figure | Value | Budget | Within budget | Machine | Date |')
    for (const figure of figures) expect(markdown).toContain(`| ${figure.label} |`)
  })
})
