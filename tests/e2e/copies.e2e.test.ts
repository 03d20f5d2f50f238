// Copies of the documents behind the archive's links, end to end in Chromium with main's real handlers: attach a
// PDF to the seed's second link (Yang Kuisong's article), read it, highlight a passage across two lines, note it,
// reload, find it in the notes panel and in search, export Markdown with its page; a hostile saved page shows with
// nothing run and nothing fetched; an encrypted PDF asks for its password.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { encryptedPdf, outlinedPdf, TEST_PDF_TITLE, textPdf } from '../fixtures/pdf-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { painted } from './harness/painted'
import { pageText, selectOnPages, textKnown, yangCard } from './harness/pdf-copy'

describe('a PDF copy of an archived link', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-copies-'))
  const profile = join(work, 'profile')
  const saveDir = join(work, 'saved')
  let chosen: string | null = null

  beforeAll(async () => {
    require('node:fs').mkdirSync(saveDir)
    writeFileSync(join(work, 'yang-2005.pdf'), await textPdf({ pages: 12 }))
    folio = await launchFolio({ userDataDir: profile, saveDir, openPath: () => chosen })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('attaches a PDF to the seed’s second link and shows what it is', async () => {
    const { page } = folio
    await page.getByRole('tab', { name: 'Fiches' }).click()
    chosen = join(work, 'yang-2005.pdf')
    await yangCard(page).getByRole('button', { name: 'Joindre une copie…' }).click()
    const row = yangCard(page).locator('.copy-row')
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.locator('.copy-facts').textContent()).toMatch(
      /^PDF · \d+(,\d)?\u00a0Ko · jointe le \d+ \S+ 2\d{3}$/
    )
    expect(await yangCard(page).locator('.link-copies').getByRole('status').textContent()).toBe(
      'Copie jointe : yang-2005.pdf'
    )
  })

  it('reads the copy: its pages drawn as they show, its title and page count', async () => {
    const { page } = folio
    await yangCard(page).getByRole('button', { name: 'Lire la copie' }).click()
    // Named by its file first, then by the title the PDF gives itself, once read.
    await expect.poll(() => page.locator('.copy-reader-title').textContent()).toBe(TEST_PDF_TITLE)
    expect(await pageText(page, 1)).toContain('Page 1')
    // Not every page is drawn at once.
    expect(await page.locator('.copy-pages canvas').count()).toBeLessThan(12)
    await textKnown(page)
  })

  it('highlights a passage across two lines and writes a note on it', async () => {
    const { page } = folio
    const lines = (await pageText(page, 2)).split('\n').filter((line) => line.trim().split(' ').length >= 4)
    const from = lines[1]!.trim().split(' ').slice(-2).join(' ')
    const to = lines[2]!.trim().split(' ').slice(0, 2).join(' ')
    await selectOnPages(page, from, to, `${from} ${to}`)
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Deux lignes de la page 2.')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    const quote = `${from}\n${to}`
    await expect.poll(async () => (await painted(page))['folio-yellow'] ?? []).toContain(quote)
    const card = page.locator('.annotation-card', { hasText: 'Deux lignes de la page 2.' })
    expect(await card.locator('.annotation-page').textContent()).toBe('Page 2')
    await page.locator('.copy-pages').screenshot({ path: join(repoRoot, 'docs/screenshots/pdf-copy.png') })
  })

  it('opens on the copy again after a reload, with the highlight, and lists it in the notes panel', async () => {
    const { page } = folio
    await reloadFolio(page)
    await expect.poll(() => page.locator('.copy-reader-title').textContent()).toBe(TEST_PDF_TITLE)
    await page.getByRole('tab', { name: 'Notes' }).click()
    const card = page.locator('.annotation-card', { hasText: 'Deux lignes de la page 2.' })
    await card.waitFor()
    await card.locator('.annotation-quote').click()
    await expect.poll(async () => ((await painted(page))['folio-yellow'] ?? []).length).toBe(1)
  })

  it('finds the copy’s text in search, and opens its page', async () => {
    const { page } = folio
    // Each sentence of the test PDF ends with a tag found once in it ("p2s7."): on page 2 only.
    const tag = /p2s7/.exec(await pageText(page, 2))?.[0] ?? 'p2s7'
    const box = page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
    await box.fill(tag)
    const results = page.getByRole('region', { name: 'Résultats de la recherche' })
    await expect.poll(() => results.innerText()).toContain(TEST_PDF_TITLE)
    // The copy is open on page 1; the hit opens page 2.
    await page.locator('.copy-pages .pdf-scroller').evaluate((scroller) => (scroller.scrollTop = 0))
    await results.getByRole('button').filter({ hasText: tag }).first().click()
    await expect.poll(() => page.locator('.pdf-view input').first().inputValue()).toBe('2')
  })

  it('exports Markdown naming the page of the quote', async () => {
    const { page } = folio
    await page.getByRole('button', { name: 'Données' }).click()
    const dialog = page.getByRole('dialog', { name: 'Vos données' })
    await dialog.getByRole('radio', { name: /^Ce document/ }).check()
    await dialog.getByRole('radio', { name: 'Markdown — pour une application de notes' }).check()
    await dialog.getByRole('button', { name: 'Exporter…' }).click()
    const message = dialog.getByTestId('data-message')
    await expect.poll(() => message.textContent()).toMatch(/^Exporté dans « /)
    const fileName = /« (.+) »/.exec((await message.textContent()) ?? '')?.[1] ?? ''
    const markdown = readFileSync(join(saveDir, fileName), 'utf8')
    expect(markdown).toContain(`# ${TEST_PDF_TITLE}`)
    expect(markdown).toContain('Deux lignes de la page 2.')
    expect(markdown).toContain('- Page : 2')
    await page.keyboard.press('Escape')
  })
})

describe('copies that fight back', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-hostile-copies-'))
  let chosen: string | null = null

  beforeAll(async () => {
    writeFileSync(
      join(work, 'hostile.html'),
      [
        '<!doctype html><html><head><title>Page hostile</title>',
        '<meta http-equiv="refresh" content="0; url=https://example.org/">',
        '<link rel="stylesheet" href="https://example.org/style.css">',
        '<style>@import url("https://example.org/more.css"); body { color: rgb(20, 60, 120); font-family: serif }',
        ' h1 { background: url(https://example.org/bg.png) }</style>',
        '<script>window.parent.__hostileRan = true; window.__hostileRan = true</script></head>',
        '<body onload="window.parent.__hostileRan = true"><h1>Une page enregistrée</h1>',
        '<p>Le texte de la page reste lisible et sélectionnable.</p>',
        '<img src="https://example.org/tracker.png" onerror="window.parent.__hostileRan = true">',
        '<iframe src="https://example.org/frame"></iframe>',
        '<a href="https://example.org/suite">La suite</a>',
        '</body></html>'
      ].join('\n')
    )
    writeFileSync(join(work, 'locked.pdf'), (await encryptedPdf('sésame')) ?? new Uint8Array())
    writeFileSync(join(work, 'outlined.pdf'), await outlinedPdf())
    writeFileSync(join(work, 'empty.pdf'), new Uint8Array())
    writeFileSync(join(work, 'fake.pdf'), 'Ceci est du texte, pas un PDF.')
    folio = await launchFolio({ openPath: () => chosen })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('shows a hostile saved page with nothing run and nothing fetched, and says what was blocked', async () => {
    const { page } = folio
    chosen = join(work, 'hostile.html')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    const frame = page.frameLocator('.saved-page-frame')
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Une page enregistrée')
    await expect.poll(() => page.locator('.saved-page-bar').textContent()).toMatch(/^\d+ ressources distantes bloquées/)
    expect(await frame.locator('body').evaluate((body) => getComputedStyle(body).color)).toBe('rgb(20, 60, 120)')
    expect(await page.evaluate(() => '__hostileRan' in window)).toBe(false)
    expect(folio.externalRequests).toEqual([])
    await page.locator('.reader-pane').screenshot({ path: join(repoRoot, 'docs/screenshots/saved-page.png') })
  })

  it('asks for an encrypted PDF’s password, says when it is wrong, and opens with the right one', async () => {
    const { page } = folio
    chosen = join(work, 'locked.pdf')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    const password = page.getByLabel('Mot de passe')
    await password.fill('mauvais')
    await password.press('Enter')
    await expect.poll(() => page.locator('.pdf-password').textContent()).toContain('incorrect')
    await password.fill('sésame')
    await password.press('Enter')
    expect(await pageText(page, 1)).toContain('Page 1')
  })

  it('refuses an empty file and one that is not what its name says, in words naming it', async () => {
    const { page } = folio
    chosen = join(work, 'empty.pdf')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    const refusal = page.locator('.library-sidebar [role=alert]')
    await expect.poll(() => refusal.textContent()).toContain('empty.pdf')
    chosen = join(work, 'fake.pdf')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    await expect.poll(() => refusal.textContent()).toMatch(/fake\.pdf.*n’est pas un PDF/)
  })

  it('goes to a page, zooms, lists the outline and finds words in the PDF', async () => {
    const { page } = folio
    chosen = join(work, 'outlined.pdf')
    await page.getByRole('button', { name: 'Ajouter une copie…' }).click()
    const toolbar = page.getByRole('toolbar', { name: 'Outils du PDF' })
    const pageField = toolbar.getByRole('textbox')
    await pageField.waitFor()
    const width = () =>
      page
        .locator('.pdf-page')
        .first()
        .evaluate((element) => element.getBoundingClientRect().width)
    // The copy just added is the one shown once its outline is (the PDFs before it have none).
    const outline = page.getByRole('navigation', { name: 'Sommaire' }).getByRole('button')
    await expect.poll(() => outline.count()).toBe(3)
    const zoom = toolbar.getByRole('combobox', { name: 'Zoom' })
    const scroller = () => page.locator('.pdf-scroller').evaluate((element) => element.clientWidth)
    // Fit to width (the default): the page as wide as the scroller, less its margins.
    await expect.poll(width).toBeGreaterThan((await scroller()) * 0.8)
    expect(await width()).toBeLessThanOrEqual(await scroller())
    const fitWidth = await width()
    await zoom.selectOption('2')
    await expect.poll(width).toBeGreaterThan(fitWidth * 1.2)
    await zoom.selectOption('fit-page')
    await expect.poll(width).toBeLessThanOrEqual(fitWidth)
    await zoom.selectOption('fit-width')
    await expect.poll(width).toBe(fitWidth)
    await pageField.fill('3')
    await pageField.press('Enter')
    await expect.poll(() => pageField.inputValue()).toBe('3')
    // A PDF with an outline shows it beside its pages; the toolbar hides it and shows it again.
    await toolbar.getByRole('button', { name: 'Masquer le sommaire' }).click()
    await expect.poll(() => outline.count()).toBe(0)
    await toolbar.getByRole('button', { name: 'Afficher le sommaire' }).click()
    await outline.nth(1).click()
    await expect.poll(() => pageField.inputValue()).toBe('2')
    await page.locator('.pdf-scroller').focus()
    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Rechercher dans le PDF' }).fill('Page')
    await expect.poll(() => page.locator('.pdf-find-count').textContent()).toMatch(/^1 \/ \d+$/)
  })
})
