// Archives of 1 to 100,000 documents in the seed's format (generated once under out/bench/archives, built by the
// archive command): at each size, Folio's start-up (first frame with the user's highlights, interactive), the
// renderer's JS heap, main's memory, opening a document from the library and the title filter. Each figure is
// compared with the same figure at one document, in the same run: nothing at start-up may grow with the archive.

import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { openCatalogue } from '../../src/main/archive/open-catalogue'
import type { ArticleDocument } from '../../src/shared/archive/document'
import { launchFolio } from '../../tests/e2e/harness/folio-page'
import { repoRoot } from '../../tests/fixtures/archive-files'
import { generatedArchive } from '../../tests/fixtures/generated-archive'
import { bundleNodeChild } from './bundle-node-child'
import { plotArchiveScale, type ScalePoint } from './archive-scale-plot'
import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { median, percentile, round } from './stats'
import { paintedSnippet, seedAnnotations } from './startup-article'
import { FOLIO_DB, readProbe, seedScript, SHOWN_TIMEOUT_MS, type Start } from './startup-figures'
import { APP_AT, SHOWN_AT, startupProbe } from './startup-probe'

/** Where the generated archives are kept between runs (never committed). */
const CACHE = join(repoRoot, 'out/bench/archives')
/** main-memory-child.ts, bundled. */
const MAIN_CHILD = join(repoRoot, 'out/bench/main-memory-child.mjs')
const MiB = 2 ** 20

type Log = (line: string) => void

/** The archive of `count` generated documents, built once and kept. */
async function archiveOf(count: number, log: Log): Promise<string> {
  const dir = join(CACHE, String(count))
  if (existsSync(join(dir, 'catalogue.folio'))) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  log(`  archive-scale: generating and building ${count.toLocaleString('en-US')} documents into ${dir}…`)
  const started = Date.now()
  await generatedArchive(count, {
    dir,
    onProgress: ({ done, total }) => done % 10_000 === 0 && done > 0 && log(`    ${done}/${total} checked`)
  })
  log(`  archive-scale: built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return dir
}

/** The document a start opens on (the first in title order), read as main reads it. */
async function openingDocument(dir: string): Promise<ArticleDocument> {
  const catalogue = await openCatalogue(dir)
  try {
    const [first] = (await catalogue.page({ offset: 0, limit: 1 })).rows
    const read = first && (await catalogue.read(first.id))
    if (!read?.ok) throw new Error(`the archive in ${dir} has no first document that reads`)
    return read.entry.document
  } finally {
    await catalogue.close()
  }
}

/** Main's resident memory with the archive in `dir` open and used, in a process of its own, in MiB. */
function mainRssMiB(dir: string): number {
  const stdout = execFileSync(process.execPath, ['--expose-gc', MAIN_CHILD, dir], { encoding: 'utf8' })
  return (JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { rssMiB: number }).rssMiB
}

/** The renderer's JS heap after a full garbage collection, in MiB. */
async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / MiB
  } finally {
    await cdp.detach()
  }
}

/** Milliseconds from a click on the library row titled `title` to the frame after its text is in the reader. */
function openFromLibrary(page: Page, title: string): Promise<number> {
  return page.evaluate(async (wanted) => {
    const row = [...document.querySelectorAll<HTMLElement>('nav .document-item')].find((b) => b.textContent === wanted)
    if (!row) throw new Error(`no row titled ${wanted}`)
    const started = performance.now()
    row.click()
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector('#root .reader h1')?.textContent === wanted ? resolve() : requestAnimationFrame(check)
      check()
    })
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return performance.now() - started
  }, title)
}

/**
 * Milliseconds for each keystroke of `typed` in main alone: the catalogue's page of matching rows, its title keys
 * already loaded (by another query: the queries typed are not answered from its memory of earlier ones).
 */
async function filterKeystrokesInMain(dir: string, typed: string): Promise<number[]> {
  const catalogue = await openCatalogue(dir)
  try {
    await catalogue.page({ offset: 0, limit: 100, query: 'zzz' })
    const times: number[] = []
    for (let end = 1; end <= typed.length; end++) {
      const started = performance.now()
      await catalogue.page({ offset: 0, limit: 100, query: typed.slice(0, end) })
      times.push(performance.now() - started)
    }
    return times
  } finally {
    await catalogue.close()
  }
}

/** Milliseconds of the harness's IPC round trip alone (a call main answers from memory), 30 times. */
function ipcRoundTrips(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const api = (window as unknown as { folio: { listArchives(): Promise<unknown> } }).folio
    const times: number[] = []
    for (let i = 0; i < 30; i++) {
      const started = performance.now()
      await api.listArchives()
      times.push(performance.now() - started)
    }
    return times
  })
}

/** Milliseconds for each keystroke of `typed` to bring the first page of matching rows to the renderer. */
function filterKeystrokes(page: Page, typed: string): Promise<number[]> {
  return page.evaluate(async (text) => {
    const api = (window as unknown as { folio: { listArchive(request: object): Promise<unknown> } }).folio
    const times: number[] = []
    for (let end = 1; end <= text.length; end++) {
      const started = performance.now()
      await api.listArchive({ offset: 0, limit: 100, query: text.slice(0, end) })
      times.push(performance.now() - started)
    }
    return times
  }, typed)
}

interface Measured extends ScalePoint {
  openP95: number
  filterP95: number
  filterMainP95: number
  ipcP95: number
}

/** Starts Folio `runs` times on the archive in `dir` (profile seeded with highlights), then opens and filters. */
async function measure(count: number, dir: string, sizes: Sizes, log: Log): Promise<Measured> {
  const document = await openingDocument(dir)
  const records = seedAnnotations(document, sizes.startupAnnotations)
  const root = mkdtempSync(join(tmpdir(), 'folio-bench-scale-'))
  const launch = (probe?: string) =>
    launchFolio({
      archiveDir: dir,
      userDataDir: join(root, 'profile'),
      libraryDir: join(root, 'library'),
      backupDir: join(root, 'backups'),
      ...(probe ? { initScripts: [probe], keepFirstScreen: true } : {})
    })
  try {
    for (const sub of ['library', 'backups']) mkdirSync(join(root, sub))
    const seeding = await launch()
    try {
      await seeding.page.evaluate(seedScript, [records, FOLIO_DB] as const)
    } finally {
      await seeding.close()
    }
    const probe = startupProbe(paintedSnippet(document), records.length)
    const starts: Start[] = []
    let heap = Number.NaN
    for (let run = 0; run < sizes.startupRuns; run++) {
      const session = await launch(probe)
      try {
        starts.push(await readProbe(session.page, [SHOWN_AT, APP_AT]))
        if (run === sizes.startupRuns - 1) heap = await heapMiB(session.page)
      } finally {
        await session.close()
      }
    }
    const session = await launch()
    try {
      const { page } = session
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: SHOWN_TIMEOUT_MS })
      const filter = page.getByRole('navigation', { name: 'Bibliothèque' }).getByRole('searchbox')
      const opens: number[] = []
      for (let i = 0; i < sizes.archiveOpens; i++) {
        const index = Math.floor(((i + 0.5) * count) / sizes.archiveOpens)
        const title = `Traité numéro ${index}`
        await filter.fill(`numéro ${index}`)
        await page.locator('nav .document-item', { hasText: new RegExp(`^${title}$`) }).waitFor()
        opens.push(await openFromLibrary(page, title))
      }
      const typed = `traité numéro ${count - 1}`
      const keystrokes = await filterKeystrokes(page, typed)
      const ipc = await ipcRoundTrips(page)
      if (session.pageErrors.length) throw new Error(`Folio reported errors: ${session.pageErrors.join('; ')}`)
      const point: Measured = {
        documents: count,
        firstFrameMs: median(starts.map((start) => start.shownMs)),
        interactiveMs: median(starts.map((start) => start.appMs)),
        heapMiB: heap,
        mainRssMiB: mainRssMiB(dir),
        openP95: percentile(opens, 95),
        filterP95: percentile(keystrokes, 95),
        filterMainP95: percentile(await filterKeystrokesInMain(dir, typed), 95),
        ipcP95: percentile(ipc, 95)
      }
      log(
        `  archive-scale ${count}: first frame ${round(point.firstFrameMs, 0)} ms, interactive ${round(point.interactiveMs, 0)} ms, heap ${round(point.heapMiB)} MiB, open p95 ${round(point.openP95)} ms, filter p95 ${round(point.filterP95)} ms (main ${round(point.filterMainP95)} ms, harness IPC ${round(point.ipcP95)} ms)`
      )
      return point
    } finally {
      await session.close()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

const sizeLabel = (count: number) => count.toLocaleString('en-US')

/** The figures of one size; ratios against the one-document archive measured in the same run. */
function figuresOf(point: Measured, base: Measured, largest: boolean): Figure[] {
  const at = `${sizeLabel(point.documents)} documents`
  const id = `archive-scale.${point.documents}`
  const ratio = (value: number, of: number) => round(value / of)
  return [
    {
      id: `${id}.first-frame`,
      label: `Archive of ${at}: first frame with the highlights`,
      value: round(point.firstFrameMs, 0),
      unit: 'ms'
    },
    {
      id: `${id}.first-frame.ratio`,
      label: `Archive of ${at}: first frame / the same at 1 document`,
      value: ratio(point.firstFrameMs, base.firstFrameMs),
      unit: 'x',
      ...(largest ? { budget: 1.3 } : {})
    },
    {
      id: `${id}.interactive`,
      label: `Archive of ${at}: the app answers a click`,
      value: round(point.interactiveMs, 0),
      unit: 'ms'
    },
    {
      id: `${id}.interactive.ratio`,
      label: `Archive of ${at}: interactive / the same at 1 document`,
      value: ratio(point.interactiveMs, base.interactiveMs),
      unit: 'x',
      ...(largest ? { budget: 1.2 } : {})
    },
    {
      id: `${id}.heap.ratio`,
      label: `Archive of ${at}: renderer JS heap / the same at 1 document`,
      value: ratio(point.heapMiB, base.heapMiB),
      unit: 'x',
      ...(largest ? { budget: 1.2 } : {}),
      note: `${round(point.heapMiB)} MiB after a full GC, against ${round(base.heapMiB)} MiB`
    },
    {
      id: `${id}.main-rss`,
      label: `Archive of ${at}: main's resident memory with the archive open and used`,
      value: round(point.mainRssMiB, 0),
      unit: 'MiB',
      budget: 200,
      note: 'a Node process of its own holding the catalogue and the index: pages, filters, 20 documents read, 6 searches'
    },
    {
      id: `${id}.open.p95`,
      label: `Archive of ${at}: open a document from the library (click → text painted), p95`,
      value: round(point.openP95),
      unit: 'ms',
      ...(largest ? { budget: 100 } : {})
    },
    {
      id: `${id}.filter.p95`,
      label: `Archive of ${at}: title filter, a keystroke → its first rows in the renderer, p95`,
      value: round(point.filterP95),
      unit: 'ms',
      note: `through the E2E harness's IPC (Playwright's binding), whose own round trip is ${round(point.ipcP95)} ms p95 in the same run; Electron's is under a millisecond`
    },
    {
      id: `${id}.filter.main.p95`,
      label: `Archive of ${at}: title filter, a keystroke → its first page of rows in main, p95`,
      value: round(point.filterMainP95),
      unit: 'ms',
      ...(largest ? { budget: 16 } : {}),
      note: 'the catalogue alone, its title keys loaded, the same keystrokes'
    }
  ]
}

/** Every size of `sizes.archiveSizes` (the first is 1 document: the baseline), and the plot of them. */
export async function archiveScaleFigures(sizes: Sizes, plotFile: string, log: Log): Promise<Figure[]> {
  await bundleNodeChild('bench/suite/main-memory-child.ts', MAIN_CHILD)
  const points: Measured[] = []
  for (const count of sizes.archiveSizes) points.push(await measure(count, await archiveOf(count, log), sizes, log))
  const [base] = points
  if (!base || base.documents !== 1) throw new Error('archive-scale: the first size must be 1 document (the baseline)')
  await plotArchiveScale(points, plotFile)
  log(`  archive-scale: plot written to ${plotFile}`)
  const largest = points.at(-1)?.documents
  return points.flatMap((point) => figuresOf(point, base, point.documents === largest && point.documents >= 100_000))
}
