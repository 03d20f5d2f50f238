// "Copier le lien" in the reader's bookmark bar, end to end in Chromium with main's real handlers: a section of a
// Markdown document added to the library, bookmarked from the bar, its link copied there and read back from the
// clipboard, the same link the bookmarks view gives for that bookmark; pasted in the search box from the top of the
// document, it lands on the section's heading.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { E2E_ORIGIN, launchFolio, type FolioSession } from './harness/folio-page'

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

const TITLE = 'Carnet de lecture sur le traité'
const SECTION = 'Les négociations de Moscou'
/** A paragraph long enough for a section to fill the reader, so that a later section can come to its top. */
const paragraph = (n: number) =>
  `Note ${n} : les délégations se retrouvèrent plusieurs fois avant de s'accorder sur le texte, chaque article ` +
  `relu ligne à ligne, les traductions comparées et les réserves notées dans la marge du brouillon.`
const section = (heading: string) =>
  `## ${heading}\n\n${Array.from({ length: 8 }, (_, n) => paragraph(n + 1)).join('\n\n')}\n`
const NOTES = `# ${TITLE}\n\n${section('Le voyage de Mao')}\n${section(SECTION)}\n${section('La signature')}`

describe('the reader’s bookmark bar copies the link to the section in view', () => {
  let folio: FolioSession
  let page: Page
  const profile = mkdtempSync(join(tmpdir(), 'folio-bar-link-'))
  const libraryDir = mkdtempSync(join(tmpdir(), 'folio-bar-link-library-'))
  const scratch = mkdtempSync(join(tmpdir(), 'folio-bar-link-files-'))
  const notesPath = join(scratch, 'carnet.md')

  const bar = () => page.locator('.reader-bookmark-bar')
  const position = () => bar().getByRole('button', { name: /^Position/ })
  const heading = () => page.locator('.reader').getByRole('heading', { name: SECTION, level: 2 })

  beforeAll(async () => {
    writeFileSync(notesPath, NOTES)
    folio = await launchFolio({ userDataDir: profile, libraryDir, openPath: () => notesPath })
    page = folio.page
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: E2E_ORIGIN })
    await page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    for (const dir of [profile, libraryDir, scratch]) rmSync(dir, { recursive: true, force: true })
  })

  it('bookmarks a section from the bar and copies the same link as the bookmarks view gives', async () => {
    await page
      .getByRole('navigation', { name: 'Bibliothèque' })
      .getByRole('button', { name: 'Ajouter un document…' })
      .click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE)
    // The section's heading just under the bar, at the top of what the reader shows.
    await heading().evaluate((element) => {
      const pane = element.closest<HTMLElement>('.reader-pane')!
      const bar = pane.querySelector<HTMLElement>('.reader-bookmark-bar')!
      pane.scrollBy(0, element.getBoundingClientRect().top - bar.getBoundingClientRect().bottom - 8)
    })
    await expect.poll(() => position().innerText()).toContain(SECTION)
    await position().click()
    await expect.poll(() => position().getAttribute('aria-pressed')).toBe('true')

    // An empty clipboard first: what is read after is what the bar put there.
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await bar().getByRole('button', { name: 'Copier le lien' }).click()
    await expect.poll(() => page.locator('.notice-area').innerText()).toContain('Lien copié')
    const fromBar = await clipboardText(page)
    expect(fromBar).toMatch(/^folio:\/\/open\//)
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/reader-bookmark-link.png') })

    await page.getByRole('tab', { name: 'Signets' }).click()
    const bookmark = page.locator('.bookmark-item[data-kind="position"]')
    await expect.poll(() => bookmark.locator('.bookmark-go').textContent()).toBe(SECTION)
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await bookmark.getByRole('button', { name: 'Copier le lien' }).click()
    await expect.poll(() => bookmark.getByRole('status').textContent()).toContain('Lien copié')
    expect(await clipboardText(page)).toBe(fromBar)
  })

  it('opens the copied link on that section, from the top of the article', async () => {
    const fromBar = await clipboardText(page)
    await page.locator('.reader-pane').evaluate((pane) => (pane.scrollTop = 0))
    await expect
      .poll(() => heading().evaluate((element) => element.getBoundingClientRect().top))
      .toBeGreaterThan(await page.evaluate(() => window.innerHeight))
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    await box.fill(fromBar)
    await expect.poll(() => page.getByRole('button', { name: /Ouvrir le passage de ce lien/ }).count()).toBe(1)
    await box.press('Enter')
    await expect.poll(() => heading().getAttribute('class')).toContain('flash')
    await expect.poll(() => heading().evaluate((element) => element === document.activeElement)).toBe(true)
    // In view once the smooth scroll to it ends.
    await expect
      .poll(() =>
        heading().evaluate((element) => {
          const { top, bottom } = element.getBoundingClientRect()
          return top >= 0 && bottom <= window.innerHeight
        })
      )
      .toBe(true)
  })
})
