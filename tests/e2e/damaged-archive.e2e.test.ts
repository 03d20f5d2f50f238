// An archive of 50 documents, one of them edited after it was built: the archive opens, the edited one is
// listed as damaged and shows its problem in the reader, the others open, search skips it, and the user's
// highlight on it is kept (an orphan meanwhile) and comes back when the file is mended.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { archiveWithEditedSeed, repoRoot } from '../fixtures/archive-files'
import { generatedArchive, type GeneratedDocument } from '../fixtures/generated-archive'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Bibliothèque' })
const title = (page: Page) => page.getByRole('heading', { level: 1 })
const painted = (page: Page) =>
  page.evaluate(() => [...CSS.highlights].flatMap(([, highlight]) => [...highlight].map((range) => range.toString())))

describe('an archive of 50 with one file edited', () => {
  let archive: { dir: string; documents: GeneratedDocument[] }
  let damaged: GeneratedDocument
  let original: Buffer
  const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
  let folio: FolioSession

  beforeAll(async () => {
    archive = await generatedArchive(50)
    damaged = archive.documents[7]!
    original = readFileSync(join(archive.dir, damaged.file))
  }, 60_000)
  afterAll(async () => {
    await folio?.close()
    for (const dir of [archive.dir, profile]) rmSync(dir, { recursive: true, force: true })
  })

  it('before the damage, the user highlights a passage of the document they leave open', async () => {
    const before = await launchFolio({ archiveDir: archive.dir, userDataDir: profile })
    try {
      await sidebar(before.page).getByRole('button', { name: damaged.title, exact: true }).click()
      await expect.poll(() => title(before.page).textContent()).toBe(damaged.title)
      await selectText(before.page, 'Deng Xiaoping voulait')
      await before.page
        .getByRole('toolbar', { name: 'Annoter la sélection' })
        .getByRole('button', { name: 'Surligner en jaune' })
        .click()
      await expect.poll(() => painted(before.page)).toEqual(['Deng Xiaoping voulait'])
    } finally {
      await before.close()
    }
  }, 60_000)

  it('opens after one file is edited: the one left open is damaged, so the first good one shows; all 50 are listed', async () => {
    writeFileSync(join(archive.dir, damaged.file), original.toString('utf8').replace('1950', '1951'))
    folio = await launchFolio({ archiveDir: archive.dir, userDataDir: profile })
    const { page } = folio
    await expect.poll(() => title(page).textContent()).toBe(archive.documents[0]!.title)
    // The list draws the rows in view; it counts all 50, and each drawn row knows the list's length.
    await expect.poll(() => sidebar(page).getByRole('status').textContent()).toBe('50 documents')
    const row = sidebar(page).locator('.sidebar-section').first().locator('li.document-row').first()
    await expect(row.getAttribute('aria-setsize')).resolves.toBe('50')
    expect(folio.pageErrors).toEqual([])
  })

  it('lists the edited document as damaged, with its problem', async () => {
    const row = sidebar(folio.page).getByRole('button', {
      name: `${damaged.file} — document endommagé : Fichier altéré`
    })
    expect(await row.innerText()).toContain('Endommagé')
    expect(await row.innerText()).toContain(damaged.file)
    expect(await row.innerText()).toContain('Fichier altéré')
    await row.scrollIntoViewIfNeeded()
    await folio.screenshot(join(repoRoot, 'docs/screenshots/damaged-library.png'))
  })

  it('opening it shows the file and the problem in the reader, and the highlight kept as an orphan', async () => {
    const { page } = folio
    await sidebar(page)
      .getByRole('button', { name: new RegExp(`^${damaged.file} — document endommagé`) })
      .click()
    const panel = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: `« ${damaged.file} » ne peut pas être ouvert` }) })
    await panel.waitFor()
    await expect(panel.getByTestId('damaged-file').textContent()).resolves.toBe(damaged.file)
    await expect(panel.getByTestId('damaged-message').textContent()).resolves.toContain('altéré ou corrompu')
    await expect(panel.innerText()).resolves.toContain('Vos annotations et signets sur ce document sont gardés')
    await expect(panel.innerText()).resolves.toContain('Votre annotation sur ce document est dans le panneau Notes')
    await page.getByRole('tab', { name: 'Notes' }).click()
    await expect(page.locator('.orphans blockquote').textContent()).resolves.toBe('Deng Xiaoping voulait')
    await folio.screenshot(join(repoRoot, 'docs/screenshots/damaged-document.png'))
  })

  it('another document still opens', async () => {
    const { page } = folio
    const other = archive.documents[8]!
    await sidebar(page).getByRole('button', { name: other.title, exact: true }).click()
    await expect.poll(() => title(page).textContent()).toBe(other.title)
  })

  it('search finds the good documents and not the damaged one', async () => {
    const { page } = folio
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    const summary = page.getByRole('region', { name: 'Résultats de la recherche' }).locator('.search-summary')
    await box.fill(archive.documents[8]!.word)
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toMatch(/^1 résultat/)
    await box.fill('')
    await box.fill(damaged.word)
    await expect.poll(() => summary.textContent()).toContain('Aucun résultat')
  })

  it('mended, it opens again with the highlight painted', async () => {
    await folio.close()
    writeFileSync(join(archive.dir, damaged.file), original)
    folio = await launchFolio({ archiveDir: archive.dir, userDataDir: profile })
    const { page } = folio
    await sidebar(page).getByRole('button', { name: damaged.title, exact: true }).click()
    await expect.poll(() => title(page).textContent()).toBe(damaged.title)
    await expect.poll(() => painted(page)).toEqual(['Deng Xiaoping voulait'])
    expect(folio.externalRequests).toEqual([])
  }, 60_000)
})

describe('an archive whose only document is damaged', () => {
  it('shows the problem in the reader, never a blank window', async () => {
    const dir = archiveWithEditedSeed((text) => text)
    writeFileSync(join(dir, '000_fed214270135fa12.txt'), 'altéré')
    const folio = await launchFolio({ archiveDir: dir })
    try {
      const panel = folio.page.getByRole('alert').filter({ hasText: 'Fichier altéré' })
      await panel.waitFor()
      await expect(panel.getByTestId('damaged-file').textContent()).resolves.toBe('000_fed214270135fa12.txt')
      expect(folio.pageErrors).toEqual([])
    } finally {
      await folio.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
