// Notes that point at each other, end to end in Chromium with main's real handlers: two passages of the seed
// article highlighted, linked "contredit" from one card through "Relier à…", the link shown on both cards (each from
// its own end), followed to the other passage (which flashes), and still there after a reload.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'
import { painted } from './harness/painted'

const MAO = "Mao s'est rendu en Union soviétique"
const XINJIANG = 'privilèges soviétiques au Xinjiang'

describe('links between two annotations of the seed article', () => {
  let folio: FolioSession
  let page: Page
  const profile = mkdtempSync(join(tmpdir(), 'folio-annotation-links-'))
  /** The card whose own quote is `quote` (the other card's link shows it too). */
  const card = (quote: string) =>
    page.locator('.notes-panel .annotation-card').filter({ has: page.locator('.annotation-quote', { hasText: quote }) })
  const linkOf = (quote: string) => card(quote).locator('li.annotation-link')

  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: profile })
    page = folio.page
    await page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(profile, { recursive: true, force: true })
  })

  it('links two highlights "contredit" and shows the link on both cards', async () => {
    const toolbar = page.getByRole('toolbar', { name: 'Annoter la sélection' })
    await selectText(page, MAO)
    await toolbar.getByRole('button', { name: 'Surligner en vert' }).click()
    await selectText(page, XINJIANG)
    await toolbar.getByRole('button', { name: 'Surligner en bleu' }).click()
    await expect.poll(async () => (await painted(page))['folio-blue'] ?? []).toEqual([XINJIANG])
    await page.getByRole('tab', { name: 'Notes' }).click()

    await card(MAO).getByRole('button', { name: 'Relier à…' }).click()
    const picker = card(MAO).getByRole('form', { name: 'Relier cette annotation à une autre' })
    await picker.getByRole('searchbox', { name: 'Chercher une annotation' }).fill('privileges sovietiques')
    await expect.poll(() => picker.locator('.link-candidate').count()).toBe(1)
    await picker.locator('.link-candidate input').check()
    await picker.getByRole('radio', { name: 'contredit', exact: true }).check()
    await picker.getByRole('button', { name: 'Relier', exact: true }).click()

    await expect.poll(() => linkOf(MAO).textContent()).toContain(`contredit → « ${XINJIANG} »`)
    await expect.poll(() => linkOf(XINJIANG).textContent()).toContain(`← contredit par « ${MAO} »`)
  })

  it('follows the link to the other passage, which flashes', async () => {
    await page.locator('.reader-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight))
    await linkOf(XINJIANG).locator('.annotation-link-follow').click()
    await expect.poll(async () => (await painted(page))['folio-flash'] ?? []).toEqual([MAO])
    await linkOf(MAO).locator('.annotation-link-follow').click()
    await expect.poll(async () => (await painted(page))['folio-flash'] ?? []).toEqual([XINJIANG])
  })

  it('keeps the link after a reload', async () => {
    await reloadFolio(page)
    await page.getByRole('tab', { name: 'Notes' }).click()
    await expect.poll(() => linkOf(MAO).textContent()).toContain(`contredit → « ${XINJIANG} »`)
    await expect.poll(() => linkOf(XINJIANG).textContent()).toContain(`← contredit par « ${MAO} »`)
    await card(MAO).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/annotation-links.png') })
  })
})
