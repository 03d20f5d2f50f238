// Notes that point at each other across two documents, end to end in Chromium with main's real handlers: a passage
// highlighted in the seed article and one in a Markdown file added to the library, linked "confirme" through
// "Relier à…", followed both ways (the other document opens and its passage flashes), shown together by the
// annotations view's "Voir ses liens"; and the links of a selected passage and of a bookmark, copied, read back
// from the clipboard and pasted in the search box from the other document, landing on their passage.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { E2E_ORIGIN, launchFolio, type FolioSession } from './harness/folio-page'
import { painted } from './harness/painted'
import { selectText } from './harness/select-text'

const SEED_TITLE = "Traité sino-soviétique d'amitié, d'alliance et d'assistance mutuelle"
const NOTES_TITLE = 'Notes sur le voyage à Moscou'
const MAO = "Mao s'est rendu en Union soviétique"
const KREMLIN = 'Staline reçut Mao au Kremlin'
const TWO_MONTHS = 'deux mois de négociations'
const SIGNATURE = 'la signature du traité'

/** The user's own notes, written as a person would in Markdown. */
const NOTES = `# ${NOTES_TITLE}

${KREMLIN} le 16 décembre 1949, au début d'un séjour de plusieurs semaines.

Il fallut ${TWO_MONTHS} avant ${SIGNATURE}, le 14 février 1950.
`

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText())
const flashed = async (page: Page) => (await painted(page))['folio-flash'] ?? []

describe('links between annotations of two documents', () => {
  let folio: FolioSession
  let page: Page
  const profile = mkdtempSync(join(tmpdir(), 'folio-cross-links-'))
  const libraryDir = mkdtempSync(join(tmpdir(), 'folio-cross-library-'))
  const scratch = mkdtempSync(join(tmpdir(), 'folio-cross-files-'))
  const notesPath = join(scratch, 'voyage-moscou.md')

  const sidebar = () => page.getByRole('navigation', { name: 'Bibliothèque' })
  const heading = () => page.getByRole('heading', { level: 1 }).textContent()
  const toolbar = () => page.getByRole('toolbar', { name: 'Annoter la sélection' })
  /** The notes panel's card whose own quote is `quote` (the other card's link shows it too). */
  const card = (quote: string) =>
    page.locator('.notes-panel .annotation-card').filter({ has: page.locator('.annotation-quote', { hasText: quote }) })
  const linkOf = (quote: string) => card(quote).locator('li.annotation-link')
  const open = async (title: string) => {
    await sidebar().getByRole('button', { name: title, exact: true }).click()
    await expect.poll(heading).toBe(title)
  }
  /** Pastes `link` in the library's search box and opens it with Enter, from wherever the reader is. */
  const openFromSearch = async (link: string) => {
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    await box.fill(link)
    await expect.poll(() => page.getByRole('button', { name: /Ouvrir le passage de ce lien/ }).count()).toBe(1)
    await box.press('Enter')
  }

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

  it('highlights a passage of the seed article and one of a document added to the library', async () => {
    await selectText(page, MAO)
    await toolbar().getByRole('button', { name: 'Surligner en vert' }).click()
    await expect.poll(async () => (await painted(page))['folio-green'] ?? []).toEqual([MAO])

    await sidebar().getByRole('button', { name: 'Ajouter un document…' }).click()
    await expect.poll(heading).toBe(NOTES_TITLE)
    await selectText(page, KREMLIN)
    await toolbar().getByRole('button', { name: 'Surligner en bleu' }).click()
    await selectText(page, TWO_MONTHS)
    await toolbar().getByRole('button', { name: 'Surligner en jaune' }).click()
    await expect.poll(async () => (await painted(page))['folio-blue'] ?? []).toEqual([KREMLIN])
    await expect.poll(async () => (await painted(page))['folio-yellow'] ?? []).toEqual([TWO_MONTHS])
  })

  it('links the note’s passage to the article’s with "Relier à…", found by its words', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click()
    await card(KREMLIN).getByRole('button', { name: 'Relier à…' }).click()
    const picker = card(KREMLIN).getByRole('form', { name: 'Relier cette annotation à une autre' })
    await picker.getByRole('searchbox', { name: 'Chercher une annotation' }).fill('rendu en union sovietique')
    await expect.poll(() => picker.locator('.link-candidate').count()).toBe(1)
    await picker.locator('.link-candidate input').check()
    await picker.getByRole('radio', { name: 'confirme', exact: true }).check()
    await picker.getByRole('button', { name: 'Relier', exact: true }).click()
    await expect.poll(() => linkOf(KREMLIN).textContent()).toContain(`confirme → « ${MAO} »`)
  })

  it('follows the link to the article, where the passage flashes, and back to the notes', async () => {
    await linkOf(KREMLIN).locator('.annotation-link-follow').click()
    await expect.poll(heading).toBe(SEED_TITLE)
    await expect.poll(() => flashed(page)).toEqual([MAO])

    await page.getByRole('tab', { name: 'Notes' }).click()
    await expect.poll(() => linkOf(MAO).textContent()).toContain(`← confirmé par « ${KREMLIN} »`)
    await linkOf(MAO).locator('.annotation-link-follow').click()
    await expect.poll(heading).toBe(NOTES_TITLE)
    await expect.poll(() => flashed(page)).toEqual([KREMLIN])
  })

  it('shows an annotation with everything linked to it in the annotations view, and every one again', async () => {
    await page.getByRole('button', { name: 'Annotations', exact: true }).click()
    const view = page.locator('.annotations-view')
    const rows = view.locator('.annotations-view-card')
    await expect.poll(() => rows.count()).toBe(3)
    // The note not linked to anything offers no links to see.
    const unlinked = rows.filter({ hasText: TWO_MONTHS })
    expect(await unlinked.getByRole('button', { name: /Voir les liens/ }).count()).toBe(0)

    await rows
      .filter({ hasText: MAO })
      .getByRole('button', { name: `Voir les liens de l’annotation « ${MAO} » (1)` })
      .click()
    await expect.poll(() => rows.count()).toBe(2)
    // The annotation first, then what is linked to it, each saying how.
    await expect.poll(() => rows.nth(0).locator('.annotation-quote').textContent()).toBe(MAO)
    expect(await rows.nth(0).getAttribute('class')).toContain('is-link-focus')
    expect(await rows.nth(1).locator('.annotation-quote').textContent()).toBe(KREMLIN)
    expect(await rows.nth(1).locator('.annotations-view-relations').textContent()).toBe(`confirme → « ${MAO} »`)
    expect(await rows.nth(1).locator('.annotations-view-document').textContent()).toBe(NOTES_TITLE)
    const chip = view.getByRole('button', { name: `Liens de « ${MAO} » : montrer toutes les annotations` })
    await page
      .locator('.reader-pane')
      .screenshot({ path: join(repoRoot, 'docs/screenshots/annotation-links-view.png') })

    await chip.click()
    await expect.poll(() => rows.count()).toBe(3)
    expect(await chip.count()).toBe(0)
    // Back to the reader, as the view was opened.
    await page.getByRole('button', { name: 'Annotations', exact: true }).click()
    await expect.poll(heading).toBe(NOTES_TITLE)
  })

  it('copies a selected passage’s link without annotating it, and lands on it from the other document', async () => {
    await selectText(page, SIGNATURE)
    await toolbar().getByRole('button', { name: 'Copier le lien' }).click()
    await expect.poll(() => clipboardText(page)).toMatch(/^folio:\/\/open\//)
    const link = await clipboardText(page)
    expect(decodeURIComponent(link.replace(/\+/g, ' '))).toContain(SIGNATURE)
    // Nothing was highlighted: the passage is no annotation.
    expect(Object.values(await painted(page)).flat()).not.toContain(SIGNATURE)

    await open(SEED_TITLE)
    await openFromSearch(link)
    await expect.poll(heading).toBe(NOTES_TITLE)
    await expect.poll(() => flashed(page)).toEqual([SIGNATURE])
  })

  it('copies a bookmark’s link from the bookmarks, and lands on its paragraph from the other document', async () => {
    await open(SEED_TITLE)
    const paragraph = page.locator('.reader p.paragraph', { hasText: MAO })
    await paragraph.evaluate((element) => element.scrollIntoView({ block: 'start' }))
    const position = page.locator('.reader-bookmark-bar').getByRole('button', { name: /^Position/ })
    await expect.poll(() => position.innerText()).toContain(MAO)
    await position.click()
    await expect.poll(() => position.getAttribute('aria-pressed')).toBe('true')

    await page.getByRole('tab', { name: 'Signets' }).click()
    const bookmark = page.locator('.bookmark-item[data-kind="position"]')
    await bookmark.getByRole('button', { name: 'Copier le lien' }).click()
    await expect.poll(() => bookmark.getByRole('status').textContent()).toContain('Lien copié')
    const link = await clipboardText(page)
    expect(link).toMatch(/^folio:\/\/open\//)

    await open(NOTES_TITLE)
    await openFromSearch(link)
    await expect.poll(heading).toBe(SEED_TITLE)
    await expect.poll(() => paragraph.getAttribute('class')).toContain('flash')
    await expect.poll(() => paragraph.evaluate((element) => element === document.activeElement)).toBe(true)
  })
})
