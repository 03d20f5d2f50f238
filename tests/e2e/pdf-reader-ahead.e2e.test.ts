// A PDF copy listed on a link card is likely read next: the PDF reader's code (its view and pdf.js) loads while
// the page is idle, before "Lire la copie" is clicked, and the click then draws the first page without asking
// for it. A card that lists only a saved page does not load it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textPdf } from '../fixtures/pdf-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { pageText, yangCard } from './harness/pdf-copy'

/** The page's requests for the PDF view's chunk so far. */
const pdfViewRequests = (folio: FolioSession) =>
  folio.page.evaluate(
    () => performance.getEntriesByType('resource').filter((entry) => /\/pdf-view-[\w-]+\.js$/.test(entry.name)).length
  )

describe('the PDF reader’s code, loaded ahead', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-pdf-ahead-'))
  let chosen: string | null = null

  beforeAll(async () => {
    writeFileSync(join(work, 'yang-2005.pdf'), await textPdf({ pages: 3 }))
    writeFileSync(join(work, 'yang.html'), '<!doctype html><html><body><p>Page enregistrée.</p></body></html>')
    folio = await launchFolio({ userDataDir: join(work, 'profile'), openPath: () => chosen })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('is not loaded for a saved page listed alone', async () => {
    const { page } = folio
    await page.getByRole('tab', { name: 'Fiches' }).click()
    chosen = join(work, 'yang.html')
    await yangCard(page).getByRole('button', { name: 'Joindre une copie…' }).click()
    await expect.poll(() => yangCard(page).locator('.copy-row').count()).toBe(1)
    await reloadFolio(page)
    await page.getByRole('tab', { name: 'Fiches' }).click()
    await expect.poll(() => yangCard(page).locator('.copy-row').count()).toBe(1)
    await page.waitForTimeout(2500)
    expect(await pdfViewRequests(folio)).toBe(0)
  })

  it('loads once a PDF copy is listed, before the click, and the click draws the first page', async () => {
    const { page } = folio
    chosen = join(work, 'yang-2005.pdf')
    await yangCard(page).getByRole('button', { name: 'Joindre une copie…' }).click()
    await expect.poll(() => yangCard(page).locator('.copy-row').count()).toBe(2)
    await expect.poll(() => pdfViewRequests(folio), { timeout: 10_000 }).toBe(1)
    await yangCard(page).locator('.copy-row', { hasText: 'PDF' }).getByRole('button', { name: 'Lire la copie' }).click()
    expect(await pageText(page, 1)).toContain('Page 1')
    expect(await pdfViewRequests(folio)).toBe(1)
  })
})
