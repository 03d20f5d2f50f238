// The annotations view and passage links in the built app (Chromium, main's real handlers), over an archive of
// generated documents and annotations seeded straight into the profile's IndexedDB: the view's first page and all of
// it against a raw IndexedDB read of the same rows in the same page, a change of its text filter, and a folio:// link
// to a passage of a document not yet opened, until the passage is painted.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describeRange } from '../../src/shared/anchoring/describe'
import { blockOffsets, type ArticleDocument } from '../../src/shared/archive/document'
import { eventChannels } from '../../src/shared/ipc/contract'
import { formatPassageLink } from '../../src/shared/links/passage-link'
import { openCatalogue } from '../../src/main/archive/open-catalogue'
import { HIGHLIGHT_COLORS, type Annotation } from '../../src/renderer/src/db/annotation'
import { timeTextFilter } from '../../src/renderer/src/annotations-view/bench-filter'
import { FIRST_PAGE } from '../../src/renderer/src/annotations-view/filter-model'
import { passageLinkOfAnnotation } from '../../src/renderer/src/links/passage-link-of'
import { DB_NAME } from '../../src/renderer/src/storage/schema'
import { launchFolio } from '../../tests/e2e/harness/folio-page'
import { repoRoot } from '../../tests/fixtures/archive-files'
import { generatedArchive } from '../../tests/fixtures/generated-archive'
import { createRandom } from '../random'
import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, median, percentile, round } from './stats'

type Log = (line: string) => void
const TIMEOUT_MS = 120_000
/** Annotations handed to the page per evaluate call while seeding. */
const SEED_CHUNK = 5_000
/** Words typed in the filter, as a user looks for a passage or a note (what each keeps is counted, not assumed). */
const QUERIES = ['relire', 'soviétique', 'chapitre 1', 'traité', 'source', 'mao', 'moscou', 'chine', 'accord', 'voir']

/** The archive of `count` generated documents, built once under out/bench/archives (archive-scale's cache). */
async function archiveOf(documents: number, log: Log): Promise<string> {
  const dir = join(repoRoot, 'out/bench/archives', String(documents))
  if (existsSync(join(dir, 'catalogue.folio'))) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  log(`annotations: generating and building ${documents} documents into ${dir}…`)
  await generatedArchive(documents, { dir })
  return dir
}

/** Every document of the archive, as main reads them, in title order. */
async function documentsOf(dir: string): Promise<ArticleDocument[]> {
  const catalogue = await openCatalogue(dir)
  try {
    const { rows } = await catalogue.page({ offset: 0, limit: 100_000 })
    const read: ArticleDocument[] = []
    for (const row of rows) {
      const entry = await catalogue.read(row.id)
      if (!entry.ok) throw new Error(`the generated document ${row.id} does not read`)
      read.push(entry.entry.document)
    }
    return read
  } finally {
    await catalogue.close()
  }
}

/** `total` annotations spread over the documents: passages of 4–16 words, a note on most, tags on some. */
function annotationsOf(documents: readonly ArticleDocument[], total: number): Annotation[] {
  const random = createRandom(17)
  const paragraphs = documents.map((document) => ({
    document,
    offsets: blockOffsets(document),
    blocks: document.blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 200)
  }))
  return Array.from({ length: total }, (_, i) => {
    const { document, offsets, blocks } = paragraphs[i % paragraphs.length]!
    const block = blocks[Math.floor(random() * blocks.length)]!
    const from = block.text.indexOf(' ', Math.floor(random() * (block.text.length - 120))) + 1
    const to = block.text.lastIndexOf(' ', from + 25 + Math.floor(random() * 80))
    const base = offsets.get(block.id) ?? 0
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()
    return {
      id: `bench-${String(i).padStart(6, '0')}`,
      documentId: document.id,
      target: describeRange(document, base + from, base + to),
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
      note: i % 4 === 3 ? '' : `À relire pour le chapitre ${i % 23}, voir la source ${i}.`,
      tags: i % 3 ? [] : [`chapitre ${i % 23}`, 'à vérifier'],
      createdAt: at,
      updatedAt: at
    }
  })
}

/** Puts the annotations into the app's database (raw IndexedDB; Dexie has made its schema at start-up). */
const seed = (page: Page, records: Annotation[]) =>
  page.evaluate(
    ([rows, name]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          if (!db.objectStoreNames.contains('annotations')) return reject(new Error('no annotations table yet'))
          const tx = db.transaction('annotations', 'readwrite')
          for (const row of rows) tx.objectStore('annotations').put(row)
          tx.oncomplete = () => (db.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      }),
    [records, DB_NAME] as const
  )

/** Milliseconds of a raw IndexedDB read: the `limit` most recent rows by the updatedAt index, or every row. */
const rawRead = (page: Page, limit: number | null) =>
  page.evaluate(
    ([name, wanted]) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const started = performance.now()
          const store = db.transaction('annotations', 'readonly').objectStore('annotations')
          const done = (rows: unknown[]) => {
            if (!rows.length) reject(new Error('the raw read found no rows'))
            db.close()
            resolve(performance.now() - started)
          }
          if (wanted === null) {
            const all = store.getAll()
            all.onsuccess = () => done(all.result)
            return
          }
          const rows: unknown[] = []
          const cursor = store.index('updatedAt').openCursor(null, 'prev')
          cursor.onsuccess = () => {
            const at = cursor.result
            if (at && rows.length < wanted) {
              rows.push(at.value)
              at.continue()
            } else done(rows)
          }
        }
      }),
    [DB_NAME, limit] as const
  )

/** Opens the view: milliseconds from the click to the frame after its first card, and after its count of all. */
const openView = (page: Page, total: number) =>
  page.evaluate(async (expected) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    const until = async (test: () => boolean) => {
      while (!test()) await frame()
      await frame()
      return performance.now()
    }
    const button = [...document.querySelectorAll<HTMLButtonElement>('.header-tools button')].find(
      (b) => b.textContent === 'Annotations'
    )
    if (!button || button.getAttribute('aria-pressed') === 'true') throw new Error('no closed annotations view')
    const started = performance.now()
    button.click()
    const first = await until(() => document.querySelector('.annotations-view .annotations-view-card') !== null)
    const digits = () => document.querySelector('.annotations-view-count')?.textContent?.replace(/[\s.,]/gu, '')
    const all = await until(() => new RegExp(`^\\d+\\D+${expected}$`).test(digits() ?? ''))
    return { firstMs: first - started, allMs: all - started }
  }, total)

const closeView = (page: Page) =>
  page.evaluate(async () => {
    document.querySelector<HTMLButtonElement>('.header-tools button[aria-pressed="true"]')?.click()
    while (document.querySelector('.annotations-view')) await new Promise((resolve) => requestAnimationFrame(resolve))
  })

/** A change of the view's text filter: milliseconds from the input to the frame after the count shows `shown`. */
const changeFilter = (page: Page, text: string, shown: number) =>
  page.evaluate(
    async ([value, expected]) => {
      const box = document.querySelector<HTMLInputElement>('.annotations-view input[type="search"]')
      if (!box) throw new Error('no filter box in the annotations view')
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const started = performance.now()
      setValue.call(box, value)
      box.dispatchEvent(new Event('input', { bubbles: true }))
      const digits = () => document.querySelector('.annotations-view-count')?.textContent?.replace(/[\s.,]/gu, '')
      while (!new RegExp(`^${expected}\\D`).test(digits() ?? '')) await new Promise(requestAnimationFrame)
      await new Promise(requestAnimationFrame)
      return performance.now() - started
    },
    [text, shown] as const
  )

/** Opens a passage link as main hands one over: milliseconds until the passage flashes in its document, painted. */
const openLink = (page: Page, url: string, title: string, quote: string) =>
  page.evaluate(
    async ([channel, link, wanted, exact]) => {
      const emit = (window as unknown as { __folioEmit(channel: string, ...args: unknown[]): void }).__folioEmit
      const flashed = () =>
        document.querySelector('#root .reader h1')?.textContent?.startsWith(wanted) === true &&
        [...(CSS.highlights.get('folio-flash') ?? [])].some(
          (range) => range instanceof Range && range.startContainer.isConnected && range.toString() === exact
        )
      const started = performance.now()
      emit(channel, link)
      while (!flashed()) await new Promise(requestAnimationFrame)
      await new Promise(requestAnimationFrame)
      return performance.now() - started
    },
    [eventChannels.openPassageLink, url, title, quote] as const
  )

export async function annotationsFigures(sizes: Sizes, log: Log): Promise<Figure[]> {
  const total = sizes.annotationsViewRows
  const dir = await archiveOf(sizes.annotationsDocuments, log)
  const documents = await documentsOf(dir)
  const annotations = annotationsOf(documents, total)
  const profile = mkdtempSync(join(tmpdir(), 'folio-bench-annotations-'))
  const folio = await launchFolio({ userDataDir: profile, archiveDir: dir })
  try {
    const { page } = folio
    page.setDefaultTimeout(TIMEOUT_MS)
    log(`annotations: seeding ${total.toLocaleString('en-US')} annotations over ${documents.length} documents…`)
    for (let at = 0; at < total; at += SEED_CHUNK) await seed(page, annotations.slice(at, at + SEED_CHUNK))
    // Restarted, as the user's next session: the app reads the documents noted (useNotedDocuments) and settles.
    await folio.context.close().catch(() => undefined)
    return await measure(sizes, documents, annotations, profile, dir, log)
  } finally {
    await folio.close().catch(() => undefined)
    rmSync(profile, { recursive: true, force: true })
  }
}

async function measure(
  sizes: Sizes,
  documents: readonly ArticleDocument[],
  annotations: readonly Annotation[],
  profile: string,
  dir: string,
  log: Log
): Promise<Figure[]> {
  const total = annotations.length
  const folio = await launchFolio({ userDataDir: profile, archiveDir: dir })
  try {
    const { page } = folio
    page.setDefaultTimeout(TIMEOUT_MS)
    await page.waitForTimeout(2_000)
    // One opening unmeasured (the view's code is loaded then), then the runs, each a fresh mount reading again.
    const cold = await openView(page, total)
    await closeView(page)
    const opens: { firstMs: number; allMs: number }[] = []
    const rawFirst: number[] = []
    const rawAll: number[] = []
    for (let run = 0; run < sizes.annotationsViewRuns; run++) {
      rawFirst.push(await rawRead(page, FIRST_PAGE))
      rawAll.push(await rawRead(page, null))
      opens.push(await openView(page, total))
      if (run < sizes.annotationsViewRuns - 1) await closeView(page)
      log(`annotations: opening ${run + 1}: first page ${round(opens.at(-1)!.firstMs, 0)} ms`)
    }
    // The filter: each query then back to none, the count each shows computed by the view's own code in Node.
    const model = timeTextFilter(annotations, QUERIES)
    const kept = model.filters.filter((filter) => filter.shown > 0 && filter.shown < total)
    const changes: number[] = []
    for (const filter of kept) {
      changes.push(await changeFilter(page, filter.query, filter.shown))
      changes.push(await changeFilter(page, '', total))
    }
    await closeView(page)

    // Links to a passage of a document not opened yet, one per document (the app opened the first at start).
    const archiveId = await page.evaluate(async () => {
      const api = (window as unknown as { folio: { listArchives(): Promise<{ id: string; current: boolean }[]> } })
        .folio
      return (await api.listArchives()).find((archive) => archive.current)?.id
    })
    if (!archiveId) throw new Error('no archive open')
    const opened = await page.evaluate(() => document.querySelector('#root .reader h1')?.textContent ?? '')
    const targets = documents.filter((document) => !opened.startsWith(document.title ?? '\u0000'))
    const links: number[] = []
    for (const document of targets.slice(0, sizes.annotationsLinkOpens)) {
      const annotation = annotations.find((a) => a.documentId === document.id)!
      const url = formatPassageLink(passageLinkOfAnnotation(archiveId, annotation))
      links.push(await openLink(page, url, document.title ?? '', annotation.target.selectors.quote.exact))
    }
    if (links.length < sizes.annotationsLinkOpens) throw new Error('fewer unopened documents than link openings')
    log(`annotations: ${links.length} links opened, p95 ${round(percentile(links, 95), 0)} ms`)
    return figures(sizes, { total, cold, opens, rawFirst, rawAll, changes, model, links })
  } finally {
    await folio.close()
  }
}

interface Measured {
  total: number
  cold: { firstMs: number; allMs: number }
  opens: { firstMs: number; allMs: number }[]
  rawFirst: number[]
  rawAll: number[]
  changes: number[]
  model: ReturnType<typeof timeTextFilter>
  links: number[]
}

function figures(sizes: Sizes, m: Measured): Figure[] {
  const rows = `${m.total.toLocaleString('en-US')} annotations in ${sizes.annotationsDocuments} documents`
  const runs = count(m.opens.length, 'opening')
  const first = median(m.opens.map((open) => open.firstMs))
  const all = median(m.opens.map((open) => open.allMs))
  const rawFirst = median(m.rawFirst)
  const rawAll = median(m.rawAll)
  const modelMs = m.model.filters.map((filter) => filter.ms)
  return [
    {
      id: 'annotations.view.first-page',
      label: `Annotations view (${rows}): first page shown after opening it`,
      value: round(first, 1),
      unit: 'ms',
      budget: 150,
      note: `median of ${runs} after one unmeasured (${round(m.cold.firstMs, 0)} ms, its code loaded then); from the click on "Annotations" to the frame after the first card`
    },
    {
      id: 'annotations.view.first-page.raw',
      label: `Annotations view: the same ${FIRST_PAGE} most recent rows read with raw IndexedDB (baseline)`,
      value: round(rawFirst, 1),
      unit: 'ms',
      note: `median of ${runs}; a reverse cursor on the updatedAt index, in the same page`
    },
    {
      id: 'annotations.view.first-page.ratio',
      label: 'Annotations view: first page shown / raw IndexedDB read of its rows',
      value: round(first / rawFirst),
      unit: 'x',
      note: 'the view also mounts, draws and lays out its cards'
    },
    {
      id: 'annotations.view.all',
      label: `Annotations view (${rows}): every annotation read, folded and counted`,
      value: round(all, 0),
      unit: 'ms',
      note: `median of ${runs}; from the click to the frame after the count of all ${m.total.toLocaleString('en-US')}`
    },
    {
      id: 'annotations.view.all.ratio',
      label: 'Annotations view: every annotation shown / raw IndexedDB getAll of them',
      value: round(all / rawAll),
      unit: 'x',
      note: `raw getAll: median ${round(rawAll, 0)} ms in the same page`
    },
    {
      id: 'annotations.filter.p95',
      label: `Annotations view (${rows}): a change of the text filter, until the list shows it, p95`,
      value: round(percentile(m.changes, 95), 1),
      unit: 'ms',
      budget: 50,
      note: `${count(m.changes.length, 'change')} (each word, then back to none); the filter alone (bench-filter.ts, in Node): p95 ${round(percentile(modelMs, 95), 1)} ms, folding all once ${round(m.model.foldMs, 0)} ms`
    },
    {
      id: 'annotations.link.p95',
      label: 'A folio:// link to a passage of a document not yet opened: until the passage is painted, p95',
      value: round(percentile(m.links, 95), 0),
      unit: 'ms',
      budget: 150,
      note: `${count(m.links.length, 'link')}, each to another document (median ${round(median(m.links), 0)} ms); from main's event to the frame after the flash on the passage`
    }
  ]
}
