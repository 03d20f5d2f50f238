// Bookmarks, citations and archived links, end to end in Chromium with the built renderer and the real
// main-process handlers: bookmark a reference, a link and a position, reload, find them in the bookmarks
// view, jump back, copy a citation, export BibTeX and RIS to disk, attach a URL and open it.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBibliographicData } from '../../src/shared/citations/citation-engine'
import { formatReference } from '../../src/shared/citations/citation-styles'
import { issuedYear, type CslItem } from '../../src/shared/citations/csl-item'
import { repoRoot } from '../fixtures/archive-files'
import { SEED_REFERENCE } from '../shared/citations/seed-reference'
import { E2E_ORIGIN, launchFolio, type FolioSession, reloadFolio } from './harness/folio-page'

const USER_URL = 'https://example.org/traite-1950'
const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
const saveDir = mkdtempSync(join(tmpdir(), 'folio-saved-'))

const pressed = (button: Locator) => button.getAttribute('aria-pressed')
const referenceCard = (page: Page) => page.locator('.reference-card')
const yangCard = (page: Page) => page.locator('.link-card', { hasText: 'Yang Kuisong' })
const plainLinkCard = (page: Page) => page.locator('.link-card', { hasText: 'Un article qui mentionne le traité' })
const bookmarkItem = (page: Page, kind: string) => page.locator(`.bookmark-item[data-kind="${kind}"]`)

/** Fills the note and tags editor that is open inside `scope`, and saves. */
async function editNote(scope: Locator, note: string, tags: string) {
  await scope.getByLabel('Note', { exact: true }).fill(note)
  await scope.getByLabel('Étiquettes').fill(tags)
  await scope.getByRole('button', { name: 'Enregistrer' }).click()
  await scope.locator('.bookmark-editor').waitFor({ state: 'detached' })
}

async function showTab(page: Page, name: 'Fiches' | 'Signets') {
  await page.getByRole('tab', { name }).click()
}

/** The essentials of a parsed entry, page ranges compared up to the dash. */
function essentials(item: CslItem | undefined) {
  return {
    authors: item?.author?.map(({ family, given }) => ({ family, given })),
    title: item?.title,
    journal: item?.['container-title'],
    year: item ? issuedYear(item) : null,
    volume: item?.volume,
    issue: item?.issue,
    pages: item?.page?.replace(/[-\u2013]+/, '–')
  }
}

const SEED_ESSENTIALS = {
  authors: [{ family: 'Peskov', given: 'Youri' }],
  title: SEED_REFERENCE.title,
  journal: "Affaires d'Extrême-Orient",
  year: 2010,
  volume: '38',
  issue: '1',
  pages: '100–115'
}

afterAll(() => {
  rmSync(profile, { recursive: true, force: true })
  rmSync(saveDir, { recursive: true, force: true })
})

describe('bookmarks, citations and archived links', () => {
  let folio: FolioSession
  let page: Page
  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: profile, saveDir, confirmExternal: false })
    page = folio.page
    await folio.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: E2E_ORIGIN })
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(() => folio.close())

  it('bookmarks the reference with a click and the link with Ctrl+D, each with a note and tags', async () => {
    const toggle = referenceCard(page).getByRole('button', { name: 'Signet' })
    expect(await pressed(toggle)).toBe('false')
    await toggle.click()
    await expect.poll(() => pressed(toggle)).toBe('true')
    await referenceCard(page).getByRole('button', { name: 'Note et étiquettes' }).click()
    await editNote(referenceCard(page), 'Article clé sur le traité de 1950', 'traité, URSS')
    // The card shows what was saved as the editor closes, even before its live query catches up
    // (tests/renderer/bookmarks/bookmark-details.browser.test.tsx); polled like every read here.
    await expect
      .poll(() => referenceCard(page).locator('.bookmark-details').innerText())
      .toContain('Article clé sur le traité de 1950')
    await expect
      .poll(() => referenceCard(page).locator('.bookmark-details .tag-chip').allInnerTexts())
      .toEqual(['traité', 'URSS'])
    await referenceCard(page).screenshot({ path: join(repoRoot, 'docs/screenshots/reference-bookmark.png') })

    // Ctrl+D with focus inside a card bookmarks that card.
    await yangCard(page).getByRole('button', { name: 'Voir dans l’article' }).focus()
    await page.keyboard.press('Control+d')
    const linkToggle = yangCard(page).getByRole('button', { name: 'Signet' })
    await expect.poll(() => pressed(linkToggle)).toBe('true')
    await yangCard(page).getByRole('button', { name: 'Note et étiquettes' }).click()
    await editNote(yangCard(page), 'PDF du PHP à relire', 'PHP, URSS')
  })

  it('bookmarks the paragraph in view with Ctrl+D and marks it in the reader', async () => {
    const paragraph = page.locator('.reader p.paragraph', { hasText: "Mao s'est rendu" })
    await paragraph.evaluate((element) => element.scrollIntoView({ block: 'start' }))
    const positionToggle = page.locator('.reader-bookmark-bar').getByRole('button', { name: /^Position/ })
    await expect.poll(() => positionToggle.innerText()).toContain("Mao s'est rendu")
    // Focus back on the page, as after a click in the text: Ctrl+D now means "the position in view".
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Control+d')
    await expect.poll(() => pressed(positionToggle)).toBe('true')
    // The reader marks the paragraph from its own live query, which may refresh after the toggle's.
    await expect.poll(() => paragraph.getAttribute('data-bookmarked')).toBe('')
  })

  it('keeps the three bookmarks after a reload and lists them with their notes and tags', async () => {
    await reloadFolio(page)
    await showTab(page, 'Signets')
    await expect.poll(() => page.locator('.bookmark-item').count()).toBe(3)

    const reference = bookmarkItem(page, 'reference')
    expect(await reference.locator('.kind-badge').innerText()).toMatch(/référence/i)
    expect(await reference.locator('.bookmark-go').innerText()).toBe(SEED_REFERENCE.title)
    expect(await reference.locator('.bookmark-note').innerText()).toBe('Article clé sur le traité de 1950')
    expect(await reference.locator('.tag-chip').allInnerTexts()).toEqual(['traité', 'URSS'])
    const link = bookmarkItem(page, 'link')
    expect(await link.locator('.bookmark-go').innerText()).toBe(
      "L'alliance sino-soviétique et le nationalisme : une contradiction"
    )
    expect(await link.locator('.bookmark-note').innerText()).toBe('PDF du PHP à relire')
    expect(await link.locator('.tag-chip').allInnerTexts()).toEqual(['PHP', 'URSS'])
    const position = bookmarkItem(page, 'position')
    expect(await position.locator('.bookmark-go').innerText()).toMatch(/^Mao s'est rendu en Union soviétique/)
    expect(await position.locator('.bookmark-meta').innerText()).toContain('dans « Traité sino-soviétique')

    // A note and tags added from the bookmarks view.
    await position.getByRole('button', { name: /^Modifier la note/ }).click()
    await editNote(position, 'Le voyage de Mao à Moscou', 'URSS, Mao')
    await expect.poll(() => position.locator('.bookmark-note').innerText()).toBe('Le voyage de Mao à Moscou')
  })

  it('filters the bookmarks by kind and by tag, and sorts them by date or title', async () => {
    const labels = () => page.locator('.bookmark-item .kind-badge').allInnerTexts()
    expect(await labels()).toEqual(['POSITION', 'LIEN', 'RÉFÉRENCE'])
    await page.getByRole('button', { name: /^Positions/ }).click()
    await expect.poll(() => labels()).toEqual(['POSITION'])
    await page.getByRole('button', { name: /^Tous/ }).click()
    await page.getByLabel('Étiquette', { exact: true }).selectOption('PHP')
    await expect.poll(() => labels()).toEqual(['LIEN'])
    await page.getByLabel('Étiquette', { exact: true }).selectOption('')
    await bookmarkItem(page, 'reference').getByRole('button', { name: 'traité', exact: true }).click()
    await expect.poll(() => labels()).toEqual(['RÉFÉRENCE'])
    await page.getByLabel('Étiquette', { exact: true }).selectOption('')
    await page.getByLabel('Trier par').selectOption('title')
    await expect
      .poll(() => page.locator('.bookmark-go').allInnerTexts())
      .toEqual([
        "L'alliance sino-soviétique et le nationalisme : une contradiction",
        expect.stringMatching(/^Mao s'est rendu/),
        SEED_REFERENCE.title
      ])
    await page.getByLabel('Trier par').selectOption('date')

    await page.setViewportSize({ width: 1440, height: 1000 })
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/bookmarks.png') })
    await page.setViewportSize({ width: 1280, height: 720 })
  })

  it('jumps to the bookmarked paragraph from the bookmarks view', async () => {
    await page.locator('.reader-pane').evaluate((pane) => pane.scrollTo(0, 0))
    await bookmarkItem(page, 'position').locator('.bookmark-go').click()
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement
        const pane = document.querySelector('.reader-pane')
        if (!active || !pane) return null
        const box = active.getBoundingClientRect()
        const view = pane.getBoundingClientRect()
        return { text: active.textContent ?? '', visible: box.top >= view.top && box.top < view.bottom }
      })
    await expect.poll(focused).toMatchObject({ text: expect.stringMatching(/^Mao s'est rendu/), visible: true })
  })

  it('takes back a removed bookmark with its note, as any removal: Annuler in the notice, or Ctrl+Z', async () => {
    const notice = page.locator('.notice-area')
    // Deleted from the bookmarks view, put back with the notice's "Annuler".
    const position = bookmarkItem(page, 'position')
    await position.getByRole('button', { name: /^Supprimer le signet « Mao s'est rendu/ }).click()
    await expect.poll(() => page.locator('.bookmark-item').count()).toBe(2)
    await expect.poll(() => notice.innerText()).toMatch(/Signet « Mao s'est rendu.* » supprimé\./)
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/bookmark-undo.png') })
    await notice.getByRole('button', { name: 'Annuler' }).click()
    await expect.poll(() => page.locator('.bookmark-item').count()).toBe(3)
    expect(await bookmarkItem(page, 'position').locator('.bookmark-note').innerText()).toBe('Le voyage de Mao à Moscou')
    await expect.poll(() => notice.innerText()).toContain('Signet rétabli.')

    // Removed with the card's toggle (it had a note and tags), put back with Ctrl+Z.
    await showTab(page, 'Fiches')
    const toggle = referenceCard(page).getByRole('button', { name: 'Signet' })
    await toggle.click()
    await expect.poll(() => pressed(toggle)).toBe('false')
    await expect.poll(() => notice.innerText()).toContain('Signet retiré.')
    await page.keyboard.press('Control+z')
    await expect.poll(() => pressed(toggle)).toBe('true')
    expect(await referenceCard(page).locator('.bookmark-note').innerText()).toBe('Article clé sur le traité de 1950')
    expect(await referenceCard(page).locator('.bookmark-details .tag-chip').allInnerTexts()).toEqual(['traité', 'URSS'])
    // Taken back once: a second Ctrl+Z has nothing left to undo.
    await page.keyboard.press('Control+z')
    await page.waitForTimeout(200)
    expect(await pressed(toggle)).toBe('true')
    expect(folio.pageErrors).toEqual([])
  })

  it('shows the citation in Chicago author-date, copies it, and follows the chosen style', async () => {
    await showTab(page, 'Fiches')
    const card = referenceCard(page)
    const chicago = formatReference(SEED_REFERENCE, { style: 'chicago-author-date', locale: 'fr-FR' })
    const apa = formatReference(SEED_REFERENCE, { style: 'apa', locale: 'fr-FR' })
    const shown = card.locator('.citation-text')
    await expect.poll(() => shown.getAttribute('aria-busy'), { timeout: 40_000 }).toBe('false')
    expect(await shown.textContent()).toBe(chicago)
    expect(await shown.locator('i').first().textContent()).toBe('Affaires d’Extrême-Orient')
    // Formatted in the Web Worker; the page never loaded the citation code itself (its fallback).
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
    expect(scripts.filter((name) => /\/citation-worker-[\w-]+\.js$/.test(name))).toHaveLength(1)
    expect(scripts.filter((name) => /\/citation-styles-/.test(name))).toEqual([])

    await card.getByRole('button', { name: 'Copier la citation' }).click()
    await expect.poll(() => card.locator('.copy-status').textContent()).toBe('Copié')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chicago)
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read()
      return item ? await (await item.getType('text/html')).text() : ''
    })
    expect(html).toContain('<i>Affaires d’Extrême-Orient</i>')

    await card.getByLabel('Style').selectOption('apa')
    // Building a style's engine the first time takes seconds on a busy 2-core machine.
    await expect.poll(() => shown.textContent(), { timeout: 40_000 }).toBe(apa)
    await card.getByRole('button', { name: 'Copier la citation' }).click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa)
    // The style is a setting, kept in IndexedDB: it is still APA after a restart.
    await reloadFolio(page)
    await showTab(page, 'Fiches')
    expect(await referenceCard(page).getByLabel('Style').inputValue()).toBe('apa')
    await expect.poll(() => referenceCard(page).locator('.citation-text').textContent(), { timeout: 40_000 }).toBe(apa)
    expect(await page.evaluate(() => localStorage.getItem('folio.citationStyle'))).toBeNull()
    await referenceCard(page).getByLabel('Style').selectOption('chicago-author-date')
    await expect
      .poll(() => referenceCard(page).locator('.citation-text').textContent(), { timeout: 40_000 })
      .toBe(chicago)
  }, 120_000)

  it('exports the reference as BibTeX to the file the user chose, and it parses back with every field', async () => {
    const card = referenceCard(page)
    await card.getByRole('button', { name: 'Exporter cette référence en BibTeX' }).click()
    await expect.poll(() => card.locator('.export-outcome').textContent()).toBe('Enregistré : peskov-2010.bib')
    const file = join(saveDir, 'peskov-2010.bib')
    expect(existsSync(file)).toBe(true)
    const items = parseBibliographicData(readFileSync(file, 'utf8'), 'bibtex')
    expect(items).toHaveLength(1)
    expect(essentials(items[0])).toEqual(SEED_ESSENTIALS)
  })

  it('exports the bookmarked references as RIS, and all references as CSL-JSON, from the bookmarks view', async () => {
    await showTab(page, 'Signets')
    try {
      const bookmarked = page.getByRole('group', { name: /^Références marquées/ })
      await bookmarked.getByLabel('Format').selectOption('ris')
      await bookmarked.getByRole('button', { name: 'Exporter Références marquées en RIS' }).click()
      // One reference is bookmarked: the file is named after it.
      await expect.poll(() => bookmarked.locator('.export-outcome').textContent()).toBe('Enregistré : peskov-2010.ris')
      const ris = parseBibliographicData(readFileSync(join(saveDir, 'peskov-2010.ris'), 'utf8'), 'ris')
      expect(ris.map(essentials)).toEqual([SEED_ESSENTIALS])

      const all = page.getByRole('group', { name: /^Toutes les références/ })
      await all.getByLabel('Format').selectOption('csl-json')
      await all.getByRole('button', { name: 'Exporter Toutes les références en CSL-JSON' }).click()
      await expect.poll(() => all.locator('.export-outcome').textContent()).toBe('Enregistré : peskov-2010.json')
      const json = parseBibliographicData(readFileSync(join(saveDir, 'peskov-2010.json'), 'utf8'), 'csl-json')
      expect(json.map(essentials)).toEqual([SEED_ESSENTIALS])

      // The result on screen follows a change of language: it is worded when shown, not kept as French text.
      // (The element itself is held: the group's accessible name changes with the language too.)
      const outcome = await all.locator('.export-outcome').elementHandle()
      await page.getByRole('button', { name: 'Affichage' }).click()
      await page.getByRole('combobox', { name: 'Langue' }).selectOption('en')
      try {
        await expect.poll(() => outcome?.textContent()).toBe('Saved: peskov-2010.json')
      } finally {
        // Back to French whatever happened: the tests that follow read French.
        await page.getByRole('combobox', { name: /^(Language|Langue)$/ }).selectOption('fr')
      }
      await expect.poll(() => outcome?.textContent()).toBe('Enregistré : peskov-2010.json')
      await page.keyboard.press('Escape')
    } finally {
      await showTab(page, 'Fiches')
    }
  })

  it('disables “Ouvrir” on a link without a known address, saying why, and opens nothing', async () => {
    const card = plainLinkCard(page)
    const open = card.getByRole('button', { name: 'Ouvrir' })
    expect(await card.innerText()).toContain('Aucune adresse connue : ce lien ne peut pas être ouvert.')
    expect(await open.getAttribute('aria-disabled')).toBe('true')
    // The reason is the button's description: a screen reader says it with the button.
    const hint = card.locator(`[id="${await open.getAttribute('aria-describedby')}"]`)
    expect(await hint.textContent()).toMatch(/^Aucune adresse n’est connue pour ce lien/)
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: join(repoRoot, 'docs/screenshots/link-card-no-url.png') })
    // Still focusable (aria-disabled, not disabled), so the reason is reachable; Enter opens nothing.
    await open.focus()
    await page.keyboard.press('Enter')
    expect(await card.locator('.link-outcome').textContent()).toBe('')
    expect(folio.opened).toEqual([])
  })

  it('refuses javascript:alert(1) as a link URL, then keeps an https URL as the user’s own', async () => {
    const card = plainLinkCard(page)
    await card.getByRole('button', { name: 'Ajouter une adresse' }).click()
    const field = card.getByLabel('Adresse (http ou https)')
    await field.fill('javascript:alert(1)')
    await card.getByRole('button', { name: 'Enregistrer l’adresse' }).click()
    const alert = card.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toBe(
      'Les adresses « javascript: » sont refusées : seules les adresses http:// et https:// sont acceptées.'
    )
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    expect(await field.inputValue()).toBe('javascript:alert(1)')

    await field.fill(USER_URL)
    await card.getByRole('button', { name: 'Enregistrer l’adresse' }).click()
    await expect.poll(() => card.locator('.user-url').textContent()).toBe(`${USER_URL} ajoutée par vous`)
    expect(await card.innerText()).toContain('Adresse ajoutée par vous (non vérifiée)')
    expect(await card.getByRole('button', { name: 'Ouvrir' }).getAttribute('aria-disabled')).toBeNull()
    expect(await card.innerText()).not.toContain('javascript:')
  })

  it('asks main to open the link, and reports that the user declined', async () => {
    const card = plainLinkCard(page)
    await card.getByRole('button', { name: 'Ouvrir' }).click()
    await expect
      .poll(() => card.locator('.link-outcome').textContent())
      .toBe('Ouverture annulée : le lien n’a pas été ouvert.')
    expect(folio.opened).toEqual([])
  })

  it('says the machine is offline instead of trying to open', async () => {
    const card = plainLinkCard(page)
    await folio.context.setOffline(true)
    try {
      await expect.poll(() => card.locator('.offline-hint').textContent()).toMatch(/Vous êtes hors ligne/)
      expect(await card.getByRole('button', { name: 'Ouvrir' }).getAttribute('aria-disabled')).toBe('true')
      await card.getByRole('button', { name: 'Ouvrir' }).focus()
      await page.keyboard.press('Enter')
      expect(folio.opened).toEqual([])
    } finally {
      await folio.context.setOffline(false)
    }
    await expect.poll(() => card.locator('.offline-hint').count()).toBe(0)
    expect(await card.getByRole('button', { name: 'Ouvrir' }).getAttribute('aria-disabled')).toBeNull()
    await card.locator('.link-outcome').evaluate((element) => (element.textContent = ''))
  })

  it('screenshots a link card with the user’s URL, and the cards have sent no request nor logged an error', async () => {
    await page.setViewportSize({ width: 1440, height: 1400 })
    await plainLinkCard(page).scrollIntoViewIfNeeded()
    await plainLinkCard(page).screenshot({ path: join(repoRoot, 'docs/screenshots/link-card.png') })
    await page.setViewportSize({ width: 1280, height: 720 })
    expect(folio.externalRequests).toEqual([])
    expect(folio.pageErrors).toEqual([])
  })
})

describe('after restarting the browser, with the user agreeing to open links', () => {
  let folio: FolioSession
  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: profile, confirmExternal: true })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(() => folio.close())

  it('still has the bookmarks and the user’s URL, and opens that URL through main', async () => {
    const card = plainLinkCard(folio.page)
    await expect.poll(() => card.locator('.user-url-text').textContent()).toBe(USER_URL)
    await card.getByRole('button', { name: 'Ouvrir' }).click()
    await expect.poll(() => folio.opened).toEqual([USER_URL])
    // Main has opened it; its answer reaches the page a moment later.
    await expect
      .poll(() => card.locator('.link-outcome').textContent())
      .toBe(`Ouvert dans votre navigateur : ${USER_URL}`)
    await showTab(folio.page, 'Signets')
    await expect.poll(() => folio.page.locator('.bookmark-item').count()).toBe(3)
    expect(folio.externalRequests).toEqual([])
    expect(folio.pageErrors).toEqual([])
  })
})
