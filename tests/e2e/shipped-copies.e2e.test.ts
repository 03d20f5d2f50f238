// A copy shipped with an archive, end to end in Chromium with main's real handlers: an archive of the seed built by
// the test in a temporary folder, shipping a PDF for the seed's second link (Yang Kuisong's article). Its card shows
// the copy as shipped with the archive, "Lire la copie" opens it, a highlight on it is kept after a reload; and the
// same archive whose PDF was altered after the build shows why the copy cannot be opened, with nothing to open.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildArchive } from '../../src/archive-tool/build-archive'
import { articleOfFile } from '../../src/main/archive/article-of-file'
import { seedFile, seedText } from '../fixtures/archive-files'
import { TEST_PDF_TITLE, textPdf } from '../fixtures/pdf-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { painted } from './harness/painted'
import { pageText, selectOnPages, textKnown, yangCard } from './harness/pdf-copy'

const SEED = '000_fed214270135fa12.txt'

/** An archive of the seed shipping `yang-2005.pdf` for its second link, built by the build command into `dir`. */
async function archiveShippingPdf(dir: string): Promise<Uint8Array> {
  const pdf = await textPdf({ pages: 3 })
  const link = articleOfFile(readFileSync(seedFile), SEED, { id: 'fed214270135fa12', language: 'fr' }).links[1]!
  writeFileSync(join(dir, SEED), seedText())
  writeFileSync(join(dir, 'yang-2005.pdf'), pdf)
  const copies = [{ document: SEED, link: link.id, file: 'yang-2005.pdf' }]
  writeFileSync(join(dir, 'archive-source.json'), JSON.stringify({ name: 'Archive avec copie', copies }))
  const built = await buildArchive(dir, dir)
  if (!built.ok || built.copies?.shipped !== 1) throw new Error(`archive not built: ${JSON.stringify(built)}`)
  return pdf
}

describe('a PDF shipped with the archive', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-shipped-'))

  beforeAll(async () => {
    await archiveShippingPdf(work)
    folio = await launchFolio({ archiveDir: work, userDataDir: join(work, '.profile') })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('is on its link card, marked as shipped with the archive', async () => {
    const { page } = folio
    await page.getByRole('tab', { name: 'Fiches' }).click()
    const row = yangCard(page).locator('.copy-row')
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.locator('.copy-name').textContent()).toBe('yang-2005.pdf')
    expect(await row.locator('.copy-facts').textContent()).toMatch(/^PDF · \d+(,\d)?\u00a0Ko · Fournie avec l’archive$/)
  })

  it('opens with "Lire la copie", and a highlight on it is kept after a reload', async () => {
    const { page } = folio
    await yangCard(page).getByRole('button', { name: 'Lire la copie' }).click()
    await expect.poll(() => page.locator('.copy-reader-title').textContent()).toBe(TEST_PDF_TITLE)
    expect(await pageText(page, 1)).toContain('Page 1')
    await textKnown(page)
    const line = (await pageText(page, 1)).split('\n').find((text) => text.trim().split(' ').length >= 4)!
    const words = line.trim().split(' ').slice(0, 3).join(' ')
    await selectOnPages(page, words, words, words)
    await page
      .getByRole('toolbar', { name: 'Annoter la sélection' })
      .getByRole('button', { name: 'Surligner en jaune' })
      .click()
    await expect.poll(async () => (await painted(page))['folio-yellow'] ?? []).toEqual([words])

    await reloadFolio(page)
    await expect.poll(() => page.locator('.copy-reader-title').textContent()).toBe(TEST_PDF_TITLE)
    await expect.poll(async () => (await painted(page))['folio-yellow'] ?? [], { timeout: 20_000 }).toEqual([words])
  })
})

describe('a shipped PDF altered after the build', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-shipped-altered-'))

  beforeAll(async () => {
    const pdf = await archiveShippingPdf(work)
    // One byte changed: same size, another SHA-256 than the one the archive lists.
    const altered = Buffer.from(pdf)
    const at = altered.byteLength - 8
    altered[at] = altered[at]! ^ 0x01
    writeFileSync(join(work, 'yang-2005.pdf'), altered)
    folio = await launchFolio({ archiveDir: work })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('is refused on its card with the reason, and offers nothing to open', async () => {
    const { page } = folio
    await page.getByRole('tab', { name: 'Fiches' }).click()
    const row = yangCard(page).locator('.copy-row')
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.locator('.copy-problem').textContent()).toMatch(
      /^Fournie avec l’archive, cette copie ne peut pas être ouverte : « yang-2005\.pdf » a changé : son empreinte SHA-256 n’est pas celle annoncée \([0-9a-f]{12}…\)\.$/
    )
    expect(await row.getByRole('button', { name: 'Lire la copie' }).count()).toBe(0)
    // Nothing was kept: the user's copies list none.
    expect(
      await page.evaluate(() =>
        (window as unknown as { folio: { listCopies(id: null): Promise<unknown[]> } }).folio.listCopies(null)
      )
    ).toEqual([])
  })
})
