// Another archive, of 10,000 documents, generated and built by the test into a temporary folder, opened with
// "Ouvrir une archive…": it lists all 10,000 (a window of rows drawn), filters by title, opens a document,
// keeps a highlight across a reload, searches its full text from its own index, shows its one damaged document
// as such while the others open; and going back to the shipped archive and again to this one, each archive has
// its own notes.

import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { generatedArchive, type GeneratedDocument } from '../fixtures/generated-archive'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

const COUNT = 10_000
const NAME = 'Traités générés'

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Bibliothèque' })
const title = (page: Page) => page.getByRole('heading', { level: 1 })
const count = async (page: Page) => ((await sidebar(page).getByRole('status').textContent()) ?? '').replace(/\s/g, ' ')
const archiveRows = (page: Page) => sidebar(page).locator('.sidebar-section').first().locator('li.document-row')
const painted = (page: Page) =>
  page.evaluate(() => [...CSS.highlights].flatMap(([, highlight]) => [...highlight].map((range) => range.toString())))
const archiveName = (page: Page) => page.locator('.app-header .archive-name').textContent()

async function highlight(page: Page, text: string) {
  await selectText(page, text)
  await page
    .getByRole('toolbar', { name: 'Annoter la sélection' })
    .getByRole('button', { name: 'Surligner en jaune' })
    .click()
}

/** Picks the archive named `name` in the switcher; the window reloads on it. */
async function switchTo(page: Page, name: RegExp) {
  const select = sidebar(page).getByRole('combobox', { name: 'Archive ouverte' })
  const value = await select.locator('option', { hasText: name }).getAttribute('value')
  await Promise.all([page.waitForEvent('load'), select.selectOption(value ?? '')])
}

describe(`another archive, of ${COUNT.toLocaleString('en-US')} documents`, () => {
  let archive: { dir: string; documents: GeneratedDocument[] }
  let damaged: GeneratedDocument
  let folio: FolioSession
  /** The altered document's row: under its file's name, marked damaged. */
  const damagedRow = (page: Page) =>
    sidebar(page).getByRole('button', { name: new RegExp(`^${damaged.file} — document endommagé`) })

  beforeAll(async () => {
    archive = await generatedArchive(COUNT, { name: NAME })
    // Built, then one file altered: its checksum no longer matches the catalogue's.
    damaged = archive.documents[3]!
    const path = join(archive.dir, damaged.file)
    writeFileSync(path, readFileSync(path, 'utf8').replace('1950', '1951'))
    folio = await launchFolio({ openFolder: () => archive.dir })
  }, 300_000)
  afterAll(async () => {
    await folio?.close()
    if (archive) rmSync(archive.dir, { recursive: true, force: true })
  })

  it('starts on the shipped archive, where the user highlights a passage', async () => {
    const { page } = folio
    await expect(archiveName(page)).resolves.toBe('Archive Folio')
    await highlight(page, 'traité sino-soviétique')
    await expect.poll(() => painted(page)).toEqual(['traité sino-soviétique'])
  })

  it('opens the other archive with "Ouvrir une archive…": all 10,000 counted, a window of them drawn', async () => {
    const { page } = folio
    const started = Date.now()
    await Promise.all([
      page.waitForEvent('load'),
      sidebar(page).getByRole('button', { name: 'Ouvrir une archive…' }).click()
    ])
    await expect.poll(() => archiveName(page)).toBe(NAME)
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe('10 000 documents')
    console.info(`open another archive of ${COUNT} → listed: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    await expect.poll(() => title(page).textContent()).toBe(archive.documents[0]!.title)
    expect(await archiveRows(page).count()).toBeLessThan(80)
    // Its own notes only: the shipped archive's highlight is not on this one's documents.
    expect(await painted(page)).toEqual([])
    // The rows shown have their files checked: the altered one is marked before anyone opens it.
    await expect.poll(() => damagedRow(page).count()).toBe(1)
    await folio.screenshot(join(repoRoot, 'docs/screenshots/archive-10000.png'))
    expect(folio.pageErrors).toEqual([])
  })

  it('filters its titles and opens a document, highlights it, and the highlight stays after a reload', async () => {
    const { page } = folio
    const target = archive.documents[9876]!
    await sidebar(page).getByRole('searchbox', { name: 'Filtrer les titres' }).fill('numéro 9876')
    await expect.poll(() => count(page)).toBe('1 document sur 10 000')
    await sidebar(page).getByRole('button', { name: target.title, exact: true }).click()
    await expect.poll(() => title(page).textContent()).toBe(target.title)
    await highlight(page, 'Deng Xiaoping voulait')
    await expect.poll(() => painted(page)).toEqual(['Deng Xiaoping voulait'])
    await page.reload()
    await expect.poll(() => title(page).textContent()).toBe(target.title)
    await expect.poll(() => painted(page)).toEqual(['Deng Xiaoping voulait'])
  })

  it('searches the full text of all 10,000 from the archive’s own index, and opens the hit', async () => {
    const { page } = folio
    const target = archive.documents[4321]!
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    const results = page.getByRole('region', { name: 'Résultats de la recherche' })
    await box.fill(target.word)
    await expect
      .poll(() => results.locator('.search-summary').textContent(), { timeout: 20_000 })
      .toMatch(/^1 résultat/)
    await results
      .getByRole('button', { name: new RegExp(target.word) })
      .first()
      .click()
    await expect.poll(() => title(page).textContent()).toBe(target.title)
  })

  it('shows the altered document as damaged, with its file and problem, and the others still open', async () => {
    const { page } = folio
    const filter = sidebar(page).getByRole('searchbox', { name: 'Filtrer les titres' })
    await filter.fill(damaged.title)
    await damagedRow(page).click()
    const panel = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: `« ${damaged.file} » ne peut pas être ouvert` }) })
    await panel.waitFor()
    await expect(panel.getByTestId('damaged-message').textContent()).resolves.toContain('altéré ou corrompu')
    await folio.screenshot(join(repoRoot, 'docs/screenshots/archive-damaged-document.png'))
    const other = archive.documents[4]!
    await filter.fill(other.title)
    await sidebar(page).getByRole('button', { name: other.title, exact: true }).click()
    await expect.poll(() => title(page).textContent()).toBe(other.title)
  })

  it('back on the shipped archive, its own highlight is there; and the other archive’s is kept for it', async () => {
    const { page } = folio
    await switchTo(page, /livrée avec Folio/)
    await expect.poll(() => archiveName(page)).toBe('Archive Folio')
    await expect.poll(() => painted(page)).toEqual(['traité sino-soviétique'])
    await switchTo(page, new RegExp(`^${NAME}$`))
    await expect.poll(() => archiveName(page)).toBe(NAME)
    await expect.poll(() => count(page), { timeout: 30_000 }).toBe('10 000 documents')
    const target = archive.documents[9876]!
    await sidebar(page).getByRole('searchbox', { name: 'Filtrer les titres' }).fill('numéro 9876')
    await sidebar(page).getByRole('button', { name: target.title, exact: true }).click()
    await expect.poll(() => title(page).textContent()).toBe(target.title)
    await expect.poll(() => painted(page)).toEqual(['Deng Xiaoping voulait'])
    expect(folio.pageErrors).toEqual([])
    expect(folio.externalRequests).toEqual([])
  })
})
