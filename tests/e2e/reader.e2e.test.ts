import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyOfArchive, repoRoot, seedText } from '../fixtures/archive-files'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { ipcChannels } from '../../src/shared/ipc/contract'

const NBSP = '\u00a0'

describe('reading the shipped archive in Chromium', () => {
  let folio: FolioSession
  beforeAll(async () => {
    folio = await launchFolio()
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(() => folio.close())

  it('shows the whole article: every line of the source is in the reader', async () => {
    const reader = folio.page.getByRole('article', { name: 'Lecteur' })
    const shown = await reader.evaluate((element) =>
      [...element.querySelectorAll('[data-block-id]')].map((block) => block.textContent)
    )
    const lines = seedText()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.replace(/^\s*•\s/, ''))
    expect(shown).toEqual(lines)
    expect(shown.join('\n')).toContain(`(103${NBSP} Ko )`)
    await expect(reader.getByText('中苏友好同盟互助条约', { exact: false }).isVisible()).resolves.toBe(true)
  })

  it('shows both titles, the infobox dates and the empty sections as empty', async () => {
    const { page } = folio
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      "Traité sino-soviétique d'amitié, d'alliance et d'assistance mutuelle"
    )
    expect(await page.locator('.english-title').textContent()).toBe(
      'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance'
    )
    expect(
      await page.locator('.infobox time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))
    ).toEqual(['1950-02-14', '1979-02-16'])
    const section = (name: string) => page.locator('section', { has: page.getByRole('heading', { name, exact: true }) })
    expect(await section('Voir également').locator('.empty-section').textContent()).toBe('Section vide dans la source.')
    expect(await section('Les références').locator('.empty-section').isVisible()).toBe(true)
    expect(await section('Lectures complémentaires').locator('.empty-section').count()).toBe(0)
  })

  it('shows the reference card with all its fields', async () => {
    const card = folio.page.locator('.reference-card')
    await expect(card.count()).resolves.toBe(1)
    const text = await card.innerText()
    for (const field of ['Youri Peskov', "Affaires d'Extrême-Orient", '2010', '38', '1', '100–115'])
      expect(text).toContain(field)
  })

  it('shows both link cards, with the archive date and unknown URLs said to be unknown', async () => {
    const cards = folio.page.locator('.link-card')
    await expect(cards.count()).resolves.toBe(2)
    const yang = await cards.nth(1).innerText()
    // Said once: the label "Date d’archivage", the date alone as its value (never "Archivé : archivé le …").
    const archived = cards
      .nth(1)
      .locator('.card-field')
      .filter({ has: folio.page.locator('dt', { hasText: /^Date d’archivage$/ }) })
    expect(await archived.locator('dd').textContent()).toBe('18 mars 2007')
    expect(await cards.nth(1).innerText()).not.toMatch(/archivé le/i)
    expect(yang).toContain('Parallel History Project (PHP)')
    expect(yang).toContain('PDF')
    expect(yang).toContain('103')
    expect(yang.match(/inconnue dans la source/g)).toHaveLength(2)
    expect(await cards.nth(0).innerText()).toContain('Aucune adresse connue')
  })

  it('jumps from a reference bullet to its card and back', async () => {
    const { page } = folio
    await page.locator('li:has-text("Peskov") button', { hasText: 'Voir la fiche' }).click()
    // The jump lands after the next paint (app.tsx, afterPaint): wait for it, as the reader's eyes do.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('reference-card')))
      .toBe(true)
    await page.locator('.reference-card button', { hasText: 'Voir dans l’article' }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.startsWith('Peskov'))).toBe(true)
  })

  it('sends no request outside the app and logs no error', async () => {
    // A viewport tall enough for the whole article, both cards and the sidebar in one picture.
    await folio.page.setViewportSize({ width: 1440, height: 2000 })
    await folio.page.locator('.reader-pane').evaluate((pane) => pane.scrollTo(0, 0))
    await folio.page.screenshot({ path: join(repoRoot, 'docs/screenshots/reader.png') })
    await folio.page.setViewportSize({ width: 1280, height: 720 })
    expect(folio.externalRequests).toEqual([])
    expect(folio.pageErrors).toEqual([])
  })

  it('runs with the preload API only: no Node, no raw IPC in the page', async () => {
    const globals = await folio.page.evaluate(() => ({
      folio: Object.keys(window.folio).sort(),
      frozen: Object.isFrozen(window.folio),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process
    }))
    expect(globals).toEqual({
      // The contract's calls, and `on` for its events from main (menu actions, links and files handed over).
      folio: [...Object.keys(ipcChannels), 'on'].sort(),
      frozen: true,
      require: 'undefined',
      process: 'undefined'
    })
  })

  it('refuses an inline script injected into the page (CSP)', async () => {
    const ran = await folio.page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
  })
})

describe('a damaged archive', () => {
  it('names the corrupted document and the problem in the reader (a damaged document never refuses the archive)', async () => {
    const dir = copyOfArchive()
    const file = '000_fed214270135fa12.txt'
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace('Mao', 'Mai'))
    const folio = await launchFolio({ archiveDir: dir })
    try {
      const alert = folio.page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.getByRole('heading').textContent()).toBe(`« ${file} » ne peut pas être ouvert`)
      expect(await folio.page.getByTestId('damaged-file').textContent()).toBe(file)
      expect(await folio.page.getByTestId('damaged-message').textContent()).toContain('altéré ou corrompu')
    } finally {
      await folio.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('shows an error screen when the manifest is not valid JSON', async () => {
    // An archive with its manifest alone (as an older Folio's): the manifest is what lists its documents.
    const dir = copyOfArchive({ manifestOnly: true })
    writeFileSync(join(dir, 'manifest.json'), '{ "format": ')
    const folio = await launchFolio({ archiveDir: dir })
    try {
      await folio.page.getByRole('alert').waitFor()
      expect(await folio.page.getByRole('alert').getByRole('heading').textContent()).toBe(
        'L’archive ne peut pas être ouverte'
      )
      expect(await folio.page.getByTestId('error-file').textContent()).toBe('manifest.json')
      expect(await folio.page.getByTestId('error-message').textContent()).toMatch(/^JSON illisible/)
      await folio.page.screenshot({ path: join(repoRoot, 'docs/screenshots/archive-error.png') })
    } finally {
      await folio.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps titles and reading when search.folio is damaged, and says the archive’s search is unavailable', async () => {
    const dir = copyOfArchive()
    const index = join(dir, 'search.folio')
    writeFileSync(index, readFileSync(index).subarray(0, 64))
    const folio = await launchFolio({ archiveDir: dir })
    try {
      const { page } = folio
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Traité')
      await page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill('traité')
      const note = page.getByRole('region', { name: 'Résultats de la recherche' }).getByRole('note')
      await expect(note.textContent()).resolves.toContain('La recherche dans le texte de l’archive est indisponible')
      await expect(note.getAttribute('title')).resolves.toContain('search.folio')
      expect(folio.pageErrors).toEqual([])
    } finally {
      await folio.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('shows an error screen naming the catalogue when catalogue.folio is damaged', async () => {
    const dir = copyOfArchive()
    const catalogue = join(dir, 'catalogue.folio')
    writeFileSync(catalogue, readFileSync(catalogue).subarray(0, 40))
    const folio = await launchFolio({ archiveDir: dir })
    try {
      await folio.page.getByRole('alert').waitFor()
      expect(await folio.page.getByRole('alert').getByRole('heading').textContent()).toBe(
        'L’archive ne peut pas être ouverte'
      )
      expect(await folio.page.getByTestId('error-file').textContent()).toBe('catalogue.folio')
      expect(await folio.page.getByTestId('error-message').textContent()).toMatch(/^Catalogue invalide/)
      expect(folio.pageErrors).toEqual([])
    } finally {
      await folio.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
