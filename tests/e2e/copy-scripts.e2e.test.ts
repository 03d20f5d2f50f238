// Chinese and right-to-left text in the copies, end to end in Chromium with main's real handlers: a line of a PDF in
// Noto Sans CJK and a Hebrew line of a PDF in DejaVu Sans selected with the mouse in pdf.js' text layer, and an
// Arabic sentence of a saved page written right to left; each highlighted, its quote exactly the words selected,
// and painted again after a reload. The fonts are Debian's (.ci/run installs fonts-noto-cjk; DejaVu comes with
// Chromium): a missing one fails the test with its name, never skips it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cjkPdf, CJK_LINES, rtlPdf, RTL_LINES } from '../fixtures/pdf-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'
import { painted } from './harness/painted'

const PDF_PAGES = { root: '.copy-pages', pane: '.copy-pages .pdf-scroller' }
const SAVED_PAGE = { root: 'body', pane: 'html', frame: '.saved-page-frame' }
const ARABIC = 'وقعت المعاهدة في موسكو'

/** The quotes Folio stored, straight from the profile's database. */
const storedQuotes = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('folio')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const all = request.result.transaction('annotations').objectStore('annotations').getAll()
          all.onsuccess = () => {
            resolve(
              (all.result as { target: { selectors: { quote: { exact: string } } } }[]).map(
                (annotation) => annotation.target.selectors.quote.exact
              )
            )
            request.result.close()
          }
        }
      })
  )

describe('Chinese and right-to-left text in copies, selected and highlighted', () => {
  const work = mkdtempSync(join(tmpdir(), 'folio-copy-scripts-'))
  let folio: FolioSession
  let chosen: string | null = null

  const addCopy = async (file: string) => {
    chosen = join(work, file)
    await folio.page.getByRole('button', { name: 'Ajouter une copie…' }).click()
  }
  const highlight = async (from: string, to: string, place: typeof PDF_PAGES | typeof SAVED_PAGE) => {
    await selectText(folio.page, from, to, place)
    const toolbar = folio.page.getByRole('toolbar', { name: 'Annoter la sélection' })
    await toolbar.getByRole('button', { name: 'Surligner en vert' }).click()
  }
  const layerText = (page: Page) =>
    expect.poll(() => page.locator('.copy-pages [data-block-id="page-1"]').textContent(), { timeout: 15_000 })

  beforeAll(async () => {
    const cjk = await cjkPdf()
    const rtl = await rtlPdf()
    if (!cjk) throw new Error('Noto Sans CJK is missing (Debian: fonts-noto-cjk)')
    if (!rtl) throw new Error('DejaVu Sans is missing (Debian: fonts-dejavu-core)')
    writeFileSync(join(work, 'traite-zh.pdf'), cjk)
    writeFileSync(join(work, 'traite-he.pdf'), rtl)
    writeFileSync(
      join(work, 'traite-ar.html'),
      [
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>المعاهدة</title>',
        '<style>body { font: 22px/1.6 "DejaVu Sans", sans-serif; margin: 2rem }</style></head>',
        `<body><h1>معاهدة الصداقة</h1><p>${ARABIC} في الرابع عشر من فبراير.</p></body></html>`
      ].join('')
    )
    folio = await launchFolio({ userDataDir: join(work, 'profile'), openPath: () => chosen })
  }, 60_000)
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('highlights a Chinese line of a PDF, its quote the characters selected', async () => {
    const { page } = folio
    await addCopy('traite-zh.pdf')
    await layerText(page).toContain(CJK_LINES[1])
    // From the first characters of the second line to its last ones: the whole line, punctuation included.
    const line = CJK_LINES[1]!
    await highlight(line.slice(0, 3), line.slice(-3), PDF_PAGES)
    await expect.poll(async () => (await painted(page))['folio-green'] ?? []).toEqual([line])
    expect(await storedQuotes(page)).toEqual([line])
  })

  it('highlights a Hebrew line of a PDF, its quote the line in reading order', async () => {
    const { page } = folio
    await addCopy('traite-he.pdf')
    await layerText(page).toContain(RTL_LINES[0])
    const [first, ...rest] = RTL_LINES[0]!.split(' ')
    await highlight(first!, rest.at(-1)!, PDF_PAGES)
    await expect.poll(async () => (await painted(page))['folio-green'] ?? []).toEqual([RTL_LINES[0]])
    expect((await storedQuotes(page)).sort()).toEqual([CJK_LINES[1], RTL_LINES[0]].sort())
  })

  it('highlights an Arabic sentence of a saved page written right to left', async () => {
    const { page } = folio
    await addCopy('traite-ar.html')
    const frame = page.frameLocator('.saved-page-frame')
    await expect.poll(() => frame.locator('h1').textContent()).toBe('معاهدة الصداقة')
    const words = ARABIC.split(' ')
    await highlight(words[0]!, words.at(-1)!, SAVED_PAGE)
    await expect.poll(async () => (await storedQuotes(page)).includes(ARABIC)).toBe(true)
  })

  it('paints each of them again after a reload, opened from the annotations view', async () => {
    const { page } = folio
    await reloadFolio(page)
    for (const quote of [CJK_LINES[1]!, RTL_LINES[0]!]) {
      await page.getByRole('button', { name: 'Annotations', exact: true }).click()
      await page
        .locator('.annotations-view .annotations-view-card', { hasText: quote })
        .locator('.annotation-quote')
        .click()
      await expect.poll(async () => (await painted(page))['folio-green'] ?? [], { timeout: 15_000 }).toEqual([quote])
    }
  })
})
