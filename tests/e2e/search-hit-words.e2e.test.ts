// A search hit's words marked in the copy it opens, end to end in Chromium with main's real handlers: a saved web
// page attached to a link card (read once, so that main keeps its text for search), a word found by search (Ctrl+K)
// from the article and its hit opened, then another word of the same page, open already, whose hit marks the new
// word (the frame not loaded again) and brings it into view; the same for two pages of a PDF copy.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { TEST_PDF_TITLE, textPdf } from '../fixtures/pdf-files'
import { launchFolio, type FolioSession } from './harness/folio-page'

const HIT_WORDS = 'folio-search-hit'
const FIRST_WORD = 'Zoltarkovienne'
const SECOND_WORD = 'Quimbrelasque'

/** A page long enough that its last paragraph is out of view when its top shows. */
const SAVED_PAGE = [
  '<!doctype html><html><head><meta charset="utf-8"><title>Compte rendu de la conférence</title>',
  '<style>body { font: 18px/1.5 serif; margin: 2rem } p { max-width: 30em }</style></head>',
  '<body><h1>Compte rendu de la conférence</h1>',
  `<p>La délégation ${FIRST_WORD} arriva la première, en janvier 1950.</p>`,
  ...Array.from(
    { length: 40 },
    (_, n) => `<p>Séance ${n + 1} : les articles du texte relus un à un, les traductions comparées ligne à ligne.</p>`
  ),
  `<p>Le dernier jour, le secrétaire ${SECOND_WORD} rangea les brouillons.</p>`,
  '</body></html>'
].join('')

/** The texts each of Folio's highlights paints in the saved page's frame. */
const paintedInFrame = (page: Page) =>
  page.locator('.saved-page-frame').evaluate((frame: HTMLIFrameElement) => {
    const view = frame.contentWindow as (Window & typeof globalThis) | null
    if (!view?.CSS?.highlights) return {}
    return Object.fromEntries(
      [...view.CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())])
    )
  })

/** Whether the hit's first marked word is inside the frame's visible area. */
const markedInView = (page: Page) =>
  page.locator('.saved-page-frame').evaluate((frame: HTMLIFrameElement, name: string) => {
    const view = frame.contentWindow as (Window & typeof globalThis) | null
    const range = [...(view?.CSS.highlights.get(name) ?? [])][0] as Range | undefined
    if (!view || !range) return false
    const { top, bottom } = range.getBoundingClientRect()
    return top >= 0 && bottom <= view.innerHeight
  }, HIT_WORDS)

/** Whether the hit's first marked word in a PDF's text layers is inside the PDF's visible area. */
const markedInPdfView = (page: Page) =>
  page.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined
    const scroller = document.querySelector('.copy-pages .pdf-scroller')
    if (!range || !scroller) return false
    const word = range.getBoundingClientRect()
    const view = scroller.getBoundingClientRect()
    return word.top >= view.top && word.bottom <= view.bottom
  }, HIT_WORDS)

/** The texts the hit's words highlight paints in the app's own document (a PDF's text layers). */
const paintedInApp = (page: Page) =>
  page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()), HIT_WORDS)

describe('a search hit’s words, marked in the copy it opens', () => {
  let folio: FolioSession
  let page: Page
  const work = mkdtempSync(join(tmpdir(), 'folio-hit-words-'))
  let chosen: string | null = null

  const results = () => page.getByRole('region', { name: 'Résultats de la recherche' })
  /** Back to the seed article, away from the copies. */
  const openArticle = async () => {
    await page
      .locator('.library-sidebar')
      .getByRole('button', { name: /^Traité sino-soviétique/ })
      .click()
    await page.locator('.reader').waitFor()
  }
  /** Searches `word` (found in one copy only) from the search box (Ctrl+K): its first hit, once listed. */
  const search = async (word: string) => {
    await page.keyboard.press('Control+k')
    await page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill(word)
    const hit = results().getByRole('button').filter({ hasText: word }).first()
    await expect.poll(() => hit.count(), { timeout: 20_000 }).toBe(1)
    return hit
  }
  const openHit = async (word: string) => (await search(word)).click()

  beforeAll(async () => {
    writeFileSync(join(work, 'conference.html'), SAVED_PAGE)
    writeFileSync(join(work, 'rapport.pdf'), await textPdf({ pages: 6 }))
    folio = await launchFolio({ userDataDir: join(work, 'profile'), openPath: () => chosen })
    page = folio.page
    await page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('marks the word of a hit that opens a saved page attached to a link card', async () => {
    await page.getByRole('tab', { name: 'Fiches' }).click()
    const card = page.locator('.link-card', { hasText: 'Yang Kuisong' })
    chosen = join(work, 'conference.html')
    await card.getByRole('button', { name: 'Joindre une copie…' }).click()
    await card.getByRole('button', { name: 'Lire la copie' }).click()
    const frame = page.frameLocator('.saved-page-frame')
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Compte rendu de la conférence')
    await expect.poll(() => page.locator('.copy-reader-title').textContent()).toBe('Compte rendu de la conférence')

    await openArticle()
    await openHit(FIRST_WORD)
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Compte rendu de la conférence')
    await expect.poll(async () => (await paintedInFrame(page))[HIT_WORDS]).toEqual([FIRST_WORD])
  })

  it('marks the word of a second hit in the same page, open already, and scrolls to it', async () => {
    // The frame's document as it is: a load of the page again would lose this.
    await page.locator('.saved-page-frame').evaluate((frame: HTMLIFrameElement) => {
      if (frame.contentDocument) frame.contentDocument.body.dataset.e2eSame = 'yes'
    })
    expect(await markedInView(page)).toBe(true)

    await openHit(SECOND_WORD)
    await expect.poll(async () => (await paintedInFrame(page))[HIT_WORDS]).toEqual([SECOND_WORD])
    await expect.poll(() => markedInView(page)).toBe(true)
    expect(
      await page.locator('.saved-page-frame').evaluate((frame: HTMLIFrameElement) => {
        return frame.contentDocument?.body.dataset.e2eSame ?? null
      })
    ).toBe('yes')
    await page.locator('.reader-pane').screenshot({ path: join(repoRoot, 'docs/screenshots/saved-page-hit.png') })
  })

  it('marks the words of a hit that opens a PDF copy, then of a second hit in it', async () => {
    chosen = join(work, 'rapport.pdf')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    const pageField = page.getByRole('toolbar', { name: 'Outils du PDF' }).getByRole('textbox')
    await pageField.waitFor()
    // Named by the title the PDF gives itself once read, and every page's text extracted (so indexed for search).
    await expect.poll(() => page.locator('.copy-reader-title').textContent()).toBe(TEST_PDF_TITLE)
    await expect.poll(() => page.locator('.copy-reader-progress').count(), { timeout: 20_000 }).toBe(0)
    // Its last page's words found: the whole text is in the search (the reader gives it once every page is read).
    await search('p6s1')
    await page.keyboard.press('Escape')

    await openArticle()
    // Each sentence of the test PDF ends with a tag found once in it: "p2s3" on page 2, "p5s2" on page 5.
    await openHit('p2s3')
    await expect.poll(() => pageField.inputValue()).toBe('2')
    await expect.poll(() => paintedInApp(page)).toEqual(['p2s3'])
    await expect.poll(() => markedInPdfView(page)).toBe(true)

    await openHit('p5s2')
    await expect.poll(() => pageField.inputValue()).toBe('5')
    await expect.poll(() => paintedInApp(page)).toEqual(['p5s2'])
    await expect.poll(() => markedInPdfView(page)).toBe(true)
    await page.locator('.copy-pages').screenshot({ path: join(repoRoot, 'docs/screenshots/pdf-copy-hit.png') })
  })
})
