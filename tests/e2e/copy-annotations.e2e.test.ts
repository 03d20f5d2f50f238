// Annotating a saved web page like an article, and bookmarking a PDF's page, end to end in Chromium with main's real
// handlers: a passage of the page highlighted and noted in its frame, painted there again after a reload, the page's
// words found by search; a page of a PDF bookmarked, listed in the bookmarks view, and opened from it at that page.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { textPdf } from '../fixtures/pdf-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

const SAVED_PAGE = { root: 'body', pane: 'html', frame: '.saved-page-frame' }
const UNIQUE_WORD = 'Zoltarkovienne'

/** Texts painted by each of Folio's highlights in the saved page's frame. */
const paintedInFrame = (page: Page) =>
  page.locator('.saved-page-frame').evaluate((frame: HTMLIFrameElement) => {
    const view = frame.contentWindow as (Window & typeof globalThis) | null
    if (!view?.CSS?.highlights) return {}
    return Object.fromEntries(
      [...view.CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())])
    )
  })

describe('a saved web page, annotated like an article', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-copy-notes-'))
  let chosen: string | null = null

  beforeAll(async () => {
    writeFileSync(
      join(work, 'conference.html'),
      [
        '<!doctype html><html><head><meta charset="utf-8"><title>Conférence de Moscou</title>',
        '<style>body { font: 18px/1.5 serif; margin: 2rem } p { max-width: 30em }</style></head>',
        '<body><h1>La conférence de Moscou</h1>',
        `<p>Les délégations se réunirent en janvier 1950. La délégation ${UNIQUE_WORD} prit des notes.</p>`,
        '<p>Le traité fut signé le 14 février, après <em>deux mois</em> de négociations serrées.</p>',
        '</body></html>'
      ].join('')
    )
    writeFileSync(join(work, 'rapport.pdf'), await textPdf({ pages: 6 }))
    folio = await launchFolio({ userDataDir: join(work, 'profile'), openPath: () => chosen })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('highlights a passage of the page in its frame and writes a note on it', async () => {
    const { page } = folio
    chosen = join(work, 'conference.html')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    const frame = page.frameLocator('.saved-page-frame')
    await expect.poll(() => frame.locator('h1').textContent()).toBe('La conférence de Moscou')
    // Across an element: the passage ends inside the <em>.
    await selectText(page, 'après', 'deux mois', SAVED_PAGE)
    await page.screenshot({ path: '/tmp/folio/dbg.png' })
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('La durée des négociations.')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(async () => (await paintedInFrame(page))['folio-yellow'] ?? []).toEqual(['après deux mois'])
    // Nothing is painted in the app's own document for it.
    expect(await page.evaluate(() => [...(CSS.highlights.get('folio-yellow') ?? [])].length)).toBe(0)
    await page.locator('.reader-pane').screenshot({ path: join(repoRoot, 'docs/screenshots/saved-page-note.png') })
  })

  it('paints it again after a reload, lists it in the notes panel and goes to it', async () => {
    const { page } = folio
    await reloadFolio(page)
    await expect.poll(async () => (await paintedInFrame(page))['folio-yellow'] ?? []).toEqual(['après deux mois'])
    await page.getByRole('tab', { name: 'Notes' }).click()
    const card = page.locator('.annotation-card', { hasText: 'La durée des négociations.' })
    await card.waitFor()
    expect(await card.locator('.annotation-quote').textContent()).toContain('après deux mois')
    await card.locator('.annotation-quote').click()
    await expect.poll(async () => (await paintedInFrame(page))['folio-flash'] ?? []).toEqual(['après deux mois'])
  })

  it('finds the page’s words in search and opens the page from another document', async () => {
    const { page } = folio
    await page
      .locator('.library-sidebar')
      .getByRole('button', { name: /^Traité sino-soviétique/ })
      .click()
    await page.locator('.reader').waitFor()
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    await box.fill(UNIQUE_WORD)
    const results = page.getByRole('region', { name: 'Résultats de la recherche' })
    await expect.poll(() => results.innerText()).toContain('Conférence de Moscou')
    await results.getByRole('button').filter({ hasText: UNIQUE_WORD }).first().click()
    const frame = page.frameLocator('.saved-page-frame')
    await expect.poll(() => frame.locator('h1').textContent()).toBe('La conférence de Moscou')
    // Named, in the reader too, by the title the page gives itself.
    expect(await page.locator('.copy-reader-title').textContent()).toBe('Conférence de Moscou')
  })

  it('bookmarks a page of a PDF and opens the PDF at that page from the bookmarks view', async () => {
    const { page } = folio
    chosen = join(work, 'rapport.pdf')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    const pageField = page.getByRole('toolbar', { name: 'Outils du PDF' }).getByRole('textbox')
    await pageField.waitFor()
    await pageField.fill('3')
    await pageField.press('Enter')
    const toggle = page.getByRole('button', { name: 'Page 3', exact: true })
    await toggle.click()
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
    // Elsewhere in the PDF, then back to page 3 from the bookmark.
    await pageField.fill('1')
    await pageField.press('Enter')
    await expect.poll(() => page.getByRole('button', { name: 'Page 1', exact: true }).count()).toBe(1)
    await page.getByRole('tab', { name: 'Signets' }).click()
    const item = page.locator('.bookmark-item', { hasText: 'Page 3' })
    await item.waitFor()
    await item.locator('.bookmark-go').click()
    await expect.poll(() => pageField.inputValue()).toBe('3')
  })
})
