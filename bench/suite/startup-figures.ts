// Start-up: from navigation to the article painted with the user's annotations highlighted, Folio
// (built renderer, real handlers, seeded persistent profile) against a static page of the same text.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { launchFolio, E2E_ORIGIN } from '../../tests/e2e/harness/folio-page'
import { shippedArchiveDir } from '../../tests/fixtures/archive-files'
import { chromiumArgs, chromiumPath } from '../../tests/setup/chromium.mjs'
import type { Figure } from './figure'
import { serveFolder } from './serve-folder'
import type { Sizes } from './sizes'
import { count, median, round } from './stats'
import {
  openingArticle,
  paintedSnippet,
  seedAnnotations,
  staticArticleHtml,
  type SeededAnnotation
} from './startup-article'
import { APP_AT, SHOWN_AT, startupProbe, TEXT_AT } from './startup-probe'

/** Folio's IndexedDB database (DB_NAME in src/renderer/src/db/folio-db.ts). */
export const FOLIO_DB = 'folio'
export const SHOWN_TIMEOUT_MS = 30_000

/** Writes the annotations into Folio's database in the open page's origin (raw IndexedDB, current schema). */
export function seedScript([records, dbName]: readonly [SeededAnnotation[], string]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      const db = request.result
      const tx = db.transaction('annotations', 'readwrite')
      for (const record of records) tx.objectStore('annotations').put(record)
      tx.oncomplete = () => {
        db.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
  })
}

interface StartupPlan {
  profile: string
  dirs: { library: string; backups: string; staticSite: string; staticProfile: string }
  folioProbe: string
  staticProbe: string
}

/** Milliseconds from navigation start to the text, to the text with every highlight, and to the app's own reader. */
export interface Start {
  textMs: number
  shownMs: number
  appMs: number
}

/** Reads what the probe noted, once it has seen everything (`keys`: what to wait for). */
export async function readProbe(page: Page, keys: readonly string[]): Promise<Start> {
  await page.waitForFunction((wanted) => wanted.every((key) => key in window), keys, { timeout: SHOWN_TIMEOUT_MS })
  const [textMs, shownMs, appMs] = await page.evaluate(
    (names) => names.map((key) => Number((window as unknown as Record<string, number>)[key])),
    [TEXT_AT, SHOWN_AT, APP_AT]
  )
  return { textMs: textMs ?? Number.NaN, shownMs: shownMs ?? Number.NaN, appMs: appMs ?? Number.NaN }
}

/** One start of Folio on the seeded profile. */
async function startFolio(plan: StartupPlan): Promise<Start> {
  const session = await launchFolio({
    userDataDir: plan.profile,
    archiveDir: shippedArchiveDir,
    libraryDir: plan.dirs.library,
    backupDir: plan.dirs.backups,
    initScripts: [plan.folioProbe],
    keepFirstScreen: true
  })
  try {
    const start = await readProbe(session.page, [SHOWN_AT, APP_AT])
    if (session.pageErrors.length) throw new Error(`Folio reported errors at start: ${session.pageErrors.join('; ')}`)
    return start
  } finally {
    await session.close()
  }
}

/** One load of the static page in a fresh persistent context, served the same way. */
async function startStatic(plan: StartupPlan): Promise<Start> {
  const context = await chromium.launchPersistentContext(plan.dirs.staticProfile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true
  })
  try {
    await serveFolder(context, E2E_ORIGIN, plan.dirs.staticSite)
    await context.addInitScript({ content: plan.staticProbe })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${E2E_ORIGIN}/index.html`)
    return await readProbe(page, [SHOWN_AT])
  } finally {
    await context.close()
  }
}

/** Seeds a profile, then starts Folio and the static page in turn, each in a fresh context. */
export async function startupFigures(sizes: Sizes, log: (line: string) => void): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'folio-bench-startup-'))
  const dirs = {
    library: join(root, 'library'),
    backups: join(root, 'backups'),
    staticSite: join(root, 'static'),
    staticProfile: join(root, 'static-profile')
  }
  for (const dir of Object.values(dirs)) mkdirSync(dir)
  try {
    const article = await openingArticle(shippedArchiveDir)
    const records = seedAnnotations(article, sizes.startupAnnotations)
    const snippet = paintedSnippet(article)
    writeFileSync(join(dirs.staticSite, 'index.html'), staticArticleHtml(article))
    const plan: StartupPlan = {
      profile: join(root, 'folio-profile'),
      dirs,
      folioProbe: startupProbe(snippet, records.length),
      staticProbe: startupProbe(snippet, 0)
    }

    log(`start-up: seeding ${records.length} annotations in a persistent profile…`)
    const seeding = await launchFolio({
      userDataDir: plan.profile,
      archiveDir: shippedArchiveDir,
      libraryDir: dirs.library,
      backupDir: dirs.backups
    })
    try {
      await seeding.page.getByRole('heading', { level: 1 }).waitFor()
      await seeding.page.evaluate(seedScript, [records, FOLIO_DB] as const)
      // Check that the seeded annotations anchor and show, or the probe would wait in vain.
      await seeding.page.reload()
      await seeding.page.waitForFunction(
        (count) =>
          [...CSS.highlights.entries()].reduce((sum, [name, h]) => sum + (name.startsWith('folio-') ? h.size : 0), 0) >=
          count,
        records.length,
        { timeout: SHOWN_TIMEOUT_MS }
      )
    } finally {
      await seeding.close()
    }

    if (sizes.startupWarmup) {
      log('start-up: one unmeasured start of each…')
      await startFolio(plan)
      await startStatic(plan)
    }
    const folio: Start[] = []
    const plain: Start[] = []
    for (let run = 0; run < sizes.startupRuns; run++) {
      // Alternate which goes first, so drift on a shared machine hits both alike.
      if (run % 2) folio.push(await startFolio(plan))
      plain.push(await startStatic(plan))
      if (!(run % 2)) folio.push(await startFolio(plan))
      log(
        `start-up: run ${run + 1} of ${sizes.startupRuns}: Folio ${round(folio.at(-1)?.shownMs ?? NaN, 0)} ms, static ${round(plain.at(-1)?.shownMs ?? NaN, 0)} ms`
      )
    }
    const folioMs = median(folio.map((start) => start.shownMs))
    const staticMs = median(plain.map((start) => start.shownMs))
    const note = `median of ${count(sizes.startupRuns, 'fresh context')}; navigation start → first frame with the text and ${records.length} highlights`
    return [
      {
        id: 'startup.folio',
        label: `Start-up, Folio: article painted with ${records.length} annotations shown`,
        value: round(folioMs, 0),
        unit: 'ms',
        note
      },
      {
        id: 'startup.folio.text',
        label: 'Start-up, Folio: article text painted (highlights may still be missing)',
        value: round(median(folio.map((start) => start.textMs)), 0),
        unit: 'ms',
        note: 'same starts'
      },
      {
        id: 'startup.folio.app',
        label: 'Start-up, Folio: the app itself showing the reader (interactive)',
        value: round(median(folio.map((start) => start.appMs)), 0),
        unit: 'ms',
        note: 'same starts; until then main’s first screen shows the article and highlights, not yet clickable'
      },
      {
        id: 'startup.static',
        label: 'Start-up, static HTML page of the same text (baseline)',
        value: round(staticMs, 0),
        unit: 'ms',
        note: `median of ${count(sizes.startupRuns, 'fresh context')}; served the same way`
      },
      {
        id: 'startup.ratio',
        label: 'Start-up: Folio / static page',
        value: round(folioMs / staticMs),
        unit: 'x',
        budget: 1.3
      }
    ]
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
