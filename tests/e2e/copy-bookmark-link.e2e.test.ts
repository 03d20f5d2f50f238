// "Copier le lien" on a PDF copy's bookmark bar: the folio:// link to the page at the top of the view, the same link
// the bookmarks view gives for a bookmark of that page, and pasted in the search box it opens the copy at that page.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { textPdf } from '../fixtures/pdf-files'
import { E2E_ORIGIN, launchFolio, type FolioSession } from './harness/folio-page'
import { pageText, yangCard } from './harness/pdf-copy'

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

describe('the link of a PDF copy’s page, from its bookmark bar', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-copy-link-'))

  beforeAll(async () => {
    writeFileSync(join(work, 'yang-2005.pdf'), await textPdf({ pages: 4 }))
    folio = await launchFolio({ userDataDir: join(work, 'profile'), openPath: () => join(work, 'yang-2005.pdf') })
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: E2E_ORIGIN })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('copies the page’s link, the same as the bookmarks view’s, which opens the copy at that page', async () => {
    const { page } = folio
    await page.getByRole('tab', { name: 'Fiches' }).click()
    await yangCard(page).getByRole('button', { name: 'Joindre une copie…' }).click()
    await yangCard(page).getByRole('button', { name: 'Lire la copie' }).click()
    expect(await pageText(page, 3)).toContain('Page 3')
    // Page 3 at the top of the view.
    await page.locator('.copy-pages [data-page="3"]').evaluate((element) => element.scrollIntoView())
    const bar = page.locator('.copy-bookmark-bar')
    await expect.poll(() => bar.innerText()).toContain('Page 3')
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await bar.getByRole('button', { name: 'Copier le lien' }).click()
    await expect.poll(() => page.locator('.notice-area').innerText()).toContain('Lien copié')
    const fromBar = await clipboardText(page)
    expect(fromBar).toMatch(/^folio:\/\//)
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/copy-bookmark-link.png') })

    await bar.getByRole('button', { name: /Page 3/ }).click()
    await page.getByRole('tab', { name: 'Signets' }).click()
    const bookmark = page.locator('.bookmark-item[data-kind="position"]')
    await expect.poll(() => bookmark.count()).toBe(1)
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await bookmark.getByRole('button', { name: 'Copier le lien' }).click()
    await expect.poll(() => clipboardText(page)).toBe(fromBar)

    // Back to the top of the copy, then the link: the copy at page 3.
    await page.locator('.copy-pages .pdf-scroller').evaluate((scroller) => (scroller.scrollTop = 0))
    await expect.poll(() => bar.innerText()).toContain('Page 1')
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    await box.fill(fromBar)
    await expect.poll(() => page.getByRole('button', { name: /Ouvrir le passage de ce lien/ }).count()).toBe(1)
    await box.press('Enter')
    await expect.poll(() => bar.innerText()).toContain('Page 3')
  })
})
