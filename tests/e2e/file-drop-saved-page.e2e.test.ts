// Files dragged onto an open saved page: the page's frame hears the drag, not the window, so the app passes it on —
// the drop zone shows over the page as over the rest of the window, and the file dropped there is added to the
// library (never dropped into the frame).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { yangCard } from './harness/pdf-copy'

/** Fires a drag of one Markdown file on the saved page's own document, as a file manager dragging over it would. */
const dragOnFrame = (page: Page, types: string[]) =>
  page.evaluate((types) => {
    const frame = document.querySelector<HTMLIFrameElement>('.saved-page-frame')!
    const doc = frame.contentDocument!
    const view = doc.defaultView as unknown as typeof globalThis
    const data = new view.DataTransfer()
    data.items.add(new view.File(['# Déposé sur la page\n\nUn paragraphe.'], 'depose-sur-la-page.md'))
    for (const type of types)
      doc.body.dispatchEvent(new view.DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
  }, types)

describe('files dragged onto an open saved page', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-drop-page-'))

  beforeAll(async () => {
    writeFileSync(
      join(work, 'yang.html'),
      '<!doctype html><html><head><title>Yang, page enregistrée</title></head><body><p>Le traité de 1950, page enregistrée.</p></body></html>'
    )
    folio = await launchFolio({ userDataDir: join(work, 'profile'), openPath: () => join(work, 'yang.html') })
    const { page } = folio
    await page.getByRole('tab', { name: 'Fiches' }).click()
    await yangCard(page).getByRole('button', { name: 'Joindre une copie…' }).click()
    await yangCard(page).getByRole('button', { name: 'Lire la copie' }).click()
    await page.frameLocator('.saved-page-frame').getByText('Le traité de 1950, page enregistrée.').waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('shows the drop zone over the page while a file is dragged onto it', async () => {
    const { page } = folio
    await dragOnFrame(page, ['dragenter', 'dragover'])
    const zone = page.locator('.file-drop-zone')
    await expect.poll(() => zone.textContent()).toContain('Déposer pour ajouter à votre bibliothèque')
    // Every extension Folio takes, as the one table of them lists them.
    expect(await zone.locator('.file-drop-hint').textContent()).toBe(
      'Textes (.txt), Markdown (.md, .markdown), PDF et pages web enregistrées (.html, .htm, .xhtml)'
    )
    await folio.screenshot('/tmp/folio/drop-on-saved-page.png')
    // The pointer leaves the window: the zone goes.
    await page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect.poll(() => zone.count()).toBe(0)
  })

  it('adds the file dropped on the page to the library and opens it; the page stays as it was', async () => {
    const { page } = folio
    await dragOnFrame(page, ['dragenter', 'dragover', 'drop'])
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Déposé sur la page')
    // The library lists it once its list is read again.
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Bibliothèque' }).getByText('Déposé sur la page').count())
      .toBeGreaterThan(0)
    expect(await page.locator('.file-drop-zone').count()).toBe(0)
  })
})
