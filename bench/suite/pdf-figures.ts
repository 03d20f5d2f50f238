// PDF copies: a 300-page text PDF opened in Folio's reader against pdf.js's own generic viewer (web/pdf_viewer.mjs)
// on a page served the same way, each in a fresh context: time to the first page painted, the longest main-thread
// task while scrolling page to page, the text extraction of every page (off the main thread), and the highlights
// re-anchored over the extracted text, unchanged and with every quote edited.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { anchorAll } from '../../src/shared/anchoring/anchor'
import { describeRange } from '../../src/shared/anchoring/describe'
import { copyDocument } from '../../src/shared/copies/copy-document'
import { documentText } from '../../src/shared/archive/document'
import { COPIES_FOLDER, copyTextFileName } from '../../src/main/copies/copy-manifest'
import { CopyStore } from '../../src/main/copies/copy-store'
import { largePdf } from '../../tests/fixtures/pdf-files'
import { repoRoot } from '../../tests/fixtures/archive-files'
import { launchFolio, E2E_ORIGIN } from '../../tests/e2e/harness/folio-page'
import { chromiumArgs, chromiumPath } from '../../tests/setup/chromium.mjs'
import { createRandom } from '../random'
import type { Figure } from './figure'
import { serveFolder } from './serve-folder'
import type { Sizes } from './sizes'
import { count, median, round } from './stats'

const TIMEOUT_MS = 60_000
/** The mark Folio's PDF view sets when a page's canvas is drawn (copies/pdf/pdf-page-drawing.ts). */
const PAGE_DRAWN = 'folio:pdf-page-drawn'
/** The mark the copy reader sets when every page's text is extracted (copies/copy-reader.tsx). */
const TEXT_DONE = 'folio:pdf-text-extracted'

/** The generic viewer's page: pdf.js and its viewer component, the PDF loaded as Folio loads it (no eval). */
const VIEWER_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="pdf_viewer.css">
<link rel="stylesheet" href="viewer.css"></head>
<body><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div>
<script type="module" src="viewer.mjs"></script></body></html>`
const VIEWER_MODULE = `import * as pdfjsLib from './pdf.min.mjs'
globalThis.pdfjsLib = pdfjsLib
pdfjsLib.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs'
const { EventBus, PDFViewer, PDFLinkService } = await import('./pdf_viewer.mjs')
const eventBus = new EventBus()
const linkService = new PDFLinkService({ eventBus })
const viewer = new PDFViewer({ container: document.getElementById('viewerContainer'), eventBus, linkService, textLayerMode: 1 })
linkService.setViewer(viewer)
eventBus.on('pagerendered', (event) => {
  if (event.pageNumber === 1 && !('__firstPage' in window)) window.__firstPage = performance.now()
})
eventBus.on('pagesinit', () => { viewer.currentScaleValue = 'page-width' })
const pdf = await pdfjsLib.getDocument({ url: './book.pdf', isEvalSupported: false, enableScripting: false }).promise
viewer.setDocument(pdf)
linkService.setDocument(pdf)
`

/** The generic viewer's folder: its page and module, pdf.js's built files and the PDF. */
function viewerSite(dir: string, pdf: Uint8Array): void {
  const dist = join(repoRoot, 'node_modules/pdfjs-dist')
  for (const file of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'web/pdf_viewer.mjs', 'web/pdf_viewer.css'])
    copyFileSync(join(dist, file), join(dir, file.split('/').pop()!))
  // The viewer's stylesheet refers to its images; the figure is about pages, not icons.
  mkdirSync(join(dir, 'images'), { recursive: true })
  for (const image of readdirSync(join(dist, 'web/images')))
    copyFileSync(join(dist, 'web/images', image), join(dir, 'images', image))
  writeFileSync(join(dir, 'index.html'), VIEWER_HTML)
  writeFileSync(join(dir, 'viewer.mjs'), VIEWER_MODULE)
  writeFileSync(join(dir, 'viewer.css'), '#viewerContainer { position: absolute; inset: 0; overflow: auto }\n')
  writeFileSync(join(dir, 'book.pdf'), pdf)
}

/** One load of the generic viewer: milliseconds from navigation start to its first page rendered. */
async function genericViewerFirstPage(site: string, profile: string): Promise<number> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 720 }
  })
  try {
    // Served as Folio's pages are: same origin, same CSP header (the viewer needs nothing it forbids).
    await serveFolder(context, E2E_ORIGIN, site)
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${E2E_ORIGIN}/index.html`)
    await page.waitForFunction(() => '__firstPage' in window, null, { timeout: TIMEOUT_MS })
    return await page.evaluate(() => (window as unknown as { __firstPage: number }).__firstPage)
  } finally {
    await context.close()
  }
}

/** Waits for a performance mark in the page, returning its time (ms since navigation start). */
const markTime = (page: Page, name: string) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: TIMEOUT_MS })
    .then(() => page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name))

interface FolioRun {
  firstPageMs: number
  textMs: number
  longestScrollTaskMs: number
}

/** Opens the copy from "Mes copies" in a started Folio: from the click to its first page drawn, then the rest. */
async function folioRun(libraryDir: string, profile: string, title: string, scrollPages: number): Promise<FolioRun> {
  const folio = await launchFolio({ userDataDir: profile, libraryDir })
  try {
    const { page } = folio
    const item = page.locator('.library-sidebar .sidebar-item', { hasText: title })
    await item.waitFor({ timeout: TIMEOUT_MS })
    await page.evaluate(() => {
      performance.clearMarks()
      const tasks: number[] = []
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
        type: 'longtask'
      })
      ;(window as unknown as { __tasks: number[] }).__tasks = tasks
    })
    const clickedAt = await page.evaluate(() => performance.now())
    await item.click()
    const firstPageMs = (await markTime(page, PAGE_DRAWN)) - clickedAt
    const textMs = (await markTime(page, TEXT_DONE)) - clickedAt
    // Page to page, as a reader pages down: one page height each step, a frame or two apart.
    await page.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks.length = 0))
    for (let step = 0; step < scrollPages; step++) {
      await page.evaluate(() => {
        const scroller = document.querySelector('.pdf-scroller')
        const pageHeight = document.querySelector('.pdf-page')?.getBoundingClientRect().height ?? 800
        scroller?.scrollBy(0, pageHeight)
      })
      await page.waitForTimeout(60)
    }
    await page.waitForTimeout(300)
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks)
    return { firstPageMs, textMs, longestScrollTaskMs: Math.max(0, ...tasks) }
  } finally {
    await folio.close()
  }
}

/** `count` passages of 3–12 words over the pages' text, their quotes then edited by 1–3 characters when `edit`. */
function reanchoring(pages: string[], highlights: number): { unchangedMs: number; editedMs: number; found: number } {
  const document = copyDocument({ id: 'c-0000000000000000', title: 'bench', pages })
  const text = documentText(document)
  const random = createRandom(16)
  const targets = Array.from({ length: highlights }, () => {
    const start = Math.floor(random() * (text.length - 200))
    const end = start + 20 + Math.floor(random() * 80)
    return describeRange(document, start, end)
  })
  const time = (action: () => unknown) => {
    const started = performance.now()
    action()
    return performance.now() - started
  }
  const unchangedMs = time(() => anchorAll(document, targets))
  const edited = targets.map((target) => {
    const exact = target.selectors.quote.exact
    const at = Math.floor(random() * (exact.length - 3))
    const cut = 1 + Math.floor(random() * 3)
    return {
      ...target,
      blockOffset: target.blockOffset + 5,
      selectors: {
        ...target.selectors,
        quote: { ...target.selectors.quote, exact: exact.slice(0, at) + 'x'.repeat(cut) + exact.slice(at + cut) },
        position: { ...target.selectors.position, start: target.selectors.position.start + 5 }
      }
    }
  })
  let found = 0
  const editedMs = time(() => {
    found = [...anchorAll(document, edited).values()].filter((anchor) => anchor !== null).length
  })
  return { unchangedMs, editedMs, found }
}

export async function pdfFigures(sizes: Sizes, log: (line: string) => void): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'folio-bench-pdf-'))
  try {
    log(`pdf: making a ${sizes.pdfPages}-page text PDF…`)
    const pdf = await largePdf(sizes.pdfPages)
    const site = join(root, 'viewer')
    mkdirSync(site)
    viewerSite(site, pdf)
    const libraryDir = join(root, 'library')
    mkdirSync(libraryDir)
    const file = join(root, 'book.pdf')
    writeFileSync(file, pdf)
    const attached = await new CopyStore(libraryDir).attach(file, null)
    if (!attached.ok) throw new Error(`the bench's PDF was refused: ${attached.message}`)
    // The library names the copy by its file until Folio has read the title the PDF gives itself (after run 1).
    const titleNow = async () => {
      const [copy] = await new CopyStore(libraryDir).list(null)
      return copy?.title ?? copy?.fileName ?? attached.copy.fileName
    }

    const folio: FolioRun[] = []
    const generic: number[] = []
    for (let run = 0; run < sizes.pdfRuns; run++) {
      // Alternate which goes first, so drift on a shared machine hits both alike.
      const viewerRun = () => genericViewerFirstPage(site, join(root, `viewer-profile-${run}`))
      if (run % 2) generic.push(await viewerRun())
      // Every run a first opening, as the generic viewer's always is: the text Folio kept the run before is dropped
      // (a copy opened again reads its kept text and extracts nothing).
      rmSync(join(libraryDir, COPIES_FOLDER, copyTextFileName(attached.copy.sha256)), { force: true })
      folio.push(
        await folioRun(
          libraryDir,
          join(root, `folio-profile-${run}`),
          await titleNow(),
          Math.min(30, sizes.pdfPages - 1)
        )
      )
      if (!(run % 2)) generic.push(await viewerRun())
      log(
        `pdf: run ${run + 1} of ${sizes.pdfRuns}: Folio first page ${round(folio.at(-1)!.firstPageMs, 0)} ms, generic viewer ${round(generic.at(-1)!, 0)} ms`
      )
    }
    const kept = await new CopyStore(libraryDir).readText(attached.copy.id)
    if (!kept) throw new Error('Folio did not keep the PDF’s text')
    const anchoring = reanchoring(kept.pages, sizes.pdfHighlights)
    const folioFirst = median(folio.map((run) => run.firstPageMs))
    const genericFirst = median(generic)
    const runs = count(sizes.pdfRuns, 'fresh context')
    return [
      {
        id: 'pdf.folio.first-page',
        label: `PDF copy (${sizes.pdfPages} pages): first page painted in Folio`,
        value: round(folioFirst, 0),
        unit: 'ms',
        note: `median of ${runs}; from the click on the copy (its reader's code, pdf.js and the file loaded then) to page 1 drawn`
      },
      {
        id: 'pdf.generic.first-page',
        label: `PDF copy (${sizes.pdfPages} pages): first page rendered by pdf.js's generic viewer (baseline)`,
        value: round(genericFirst, 0),
        unit: 'ms',
        note: `median of ${runs}; web/pdf_viewer.mjs, from navigation start (its page, pdf.js and the file loaded then) to "pagerendered" of page 1`
      },
      {
        id: 'pdf.first-page.ratio',
        label: 'PDF copy: first page, Folio / pdf.js generic viewer',
        value: round(folioFirst / genericFirst),
        unit: 'x',
        budget: 1.2
      },
      {
        id: 'pdf.scroll.longest-task',
        label: 'PDF copy: longest main-thread task while scrolling page to page',
        value: round(Math.max(...folio.map((run) => run.longestScrollTaskMs)), 0),
        unit: 'ms',
        budget: 50,
        note: `worst of ${runs}; ${Math.min(30, sizes.pdfPages - 1)} pages, one page height every 60 ms (Long Tasks API: only tasks over 50 ms are reported, 0 when none)`
      },
      {
        id: 'pdf.text.extracted',
        label: `PDF copy: text of all ${sizes.pdfPages} pages extracted (pdf.js worker), from the click`,
        value: round(median(folio.map((run) => run.textMs)), 0),
        unit: 'ms',
        note: `median of ${runs}; the page shows progress meanwhile and stays usable`
      },
      {
        id: 'pdf.anchoring.unchanged',
        label: `PDF copy: ${sizes.pdfHighlights} highlights re-anchored over the extracted text`,
        value: round(anchoring.unchangedMs, 1),
        unit: 'ms',
        budget: 300,
        note: 'anchoring only (shared/anchoring), in Node over the text Folio kept; painting is per drawn page'
      },
      {
        id: 'pdf.anchoring.edited',
        label: `PDF copy: the same ${sizes.pdfHighlights} highlights with every quote edited (1–3 characters)`,
        value: round(anchoring.editedMs, 1),
        unit: 'ms',
        note: `${anchoring.found} of ${sizes.pdfHighlights} found again`
      }
    ]
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
