// From notes to writing, end to end in Chromium with main's real handlers: every annotation in one view (filtered
// without accents, opened at its passage), a passage's folio:// link copied, pasted in the search box after a reload
// and followed to the passage, a pinpoint citation of an article's passage, and the application menu's actions and a
// link handed over by the system reaching the page through the contract's events.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { emitFolioEvent } from './harness/folio-events'
import { E2E_ORIGIN, launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'
import { painted } from './harness/painted'

const MAO = "Mao s'est rendu en Union soviétique"

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

describe('a research workflow on the shipped archive', () => {
  let folio: FolioSession
  let page: Page
  const profile = mkdtempSync(join(tmpdir(), 'folio-research-'))
  let link = ''

  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: profile })
    page = folio.page
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: E2E_ORIGIN })
    await page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(profile, { recursive: true, force: true })
  })

  it('lists every annotation in one view, filters them without accents and opens one at its passage', async () => {
    await selectText(page, MAO)
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Le voyage à Moscou.')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await selectText(page, 'privilèges soviétiques au Xinjiang')
    await page
      .getByRole('toolbar', { name: 'Annoter la sélection' })
      .getByRole('button', { name: 'Surligner en vert' })
      .click()
    await expect
      .poll(async () => (await painted(page))['folio-green'] ?? [])
      .toEqual(['privilèges soviétiques au Xinjiang'])

    await page.getByRole('button', { name: 'Annotations', exact: true }).click()
    const rows = page.locator('.annotations-view .annotations-view-card')
    await expect.poll(() => rows.count()).toBe(2)
    await page.locator('.annotations-view').getByRole('searchbox', { name: 'Chercher' }).fill('privileges sovietiques')
    await expect.poll(() => rows.count()).toBe(1)
    await page.locator('.reader-pane').screenshot({ path: join(repoRoot, 'docs/screenshots/annotations-view.png') })
    await rows.first().locator('.annotation-quote').click()
    await page.locator('.reader').waitFor()
    await expect
      .poll(async () => (await painted(page))['folio-flash'] ?? [])
      .toEqual(['privilèges soviétiques au Xinjiang'])
  })

  it('cites an article’s passage with its paragraph as the locator', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click()
    const card = page.locator('.annotation-card', { hasText: 'Le voyage à Moscou.' })
    await card.getByRole('button', { name: 'Citer ce passage' }).click()
    await expect.poll(() => card.getByRole('status').textContent()).toMatch(/^Citation copiée : .*paragr\. \d/)
    expect(await clipboardText(page)).toContain(MAO)
  })

  it('copies the passage’s link, and opens it from the search box after a reload', async () => {
    const card = page.locator('.annotation-card', { hasText: 'Le voyage à Moscou.' })
    await card.getByRole('button', { name: 'Copier le lien' }).click()
    await expect.poll(() => clipboardText(page)).toMatch(/^folio:\/\/open\//)
    link = await clipboardText(page)
    expect(decodeURIComponent(link.replace(/\+/g, ' '))).toContain(MAO)

    await reloadFolio(page)
    await page.locator('.reader-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight))
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    await box.fill(link)
    await expect.poll(() => page.getByRole('button', { name: /Ouvrir le passage de ce lien/ }).count()).toBe(1)
    await box.press('Enter')
    await expect.poll(async () => (await painted(page))['folio-flash'] ?? []).toEqual([MAO])
  })

  it('says why a damaged link cannot be opened', async () => {
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    await box.fill('folio://open/../../etc/passwd')
    await expect.poll(() => page.locator('#search-results [role=alert]').count()).toBe(1)
    await box.fill('')
  })

  it('runs the menu’s actions and opens a link the system hands over', async () => {
    await emitFolioEvent(page, 'menuAction', 'shortcuts')
    await page.getByRole('dialog', { name: /Raccourcis/ }).waitFor()
    await page.keyboard.press('Escape')
    await emitFolioEvent(page, 'menuAction', 'theme-dark')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await emitFolioEvent(page, 'menuAction', 'search')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Rechercher dans la bibliothèque')
    await page.keyboard.press('Escape')

    await page.locator('.reader-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight))
    await emitFolioEvent(page, 'openPassageLink', link)
    await expect.poll(async () => (await painted(page))['folio-flash'] ?? []).toEqual([MAO])
  })
})
