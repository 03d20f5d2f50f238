// The language switch, end to end in Chromium with the built renderer: French by default, English from the
// "Affichage" menu — chrome, panels, cards, dates, citations and <html lang> — kept after a reload, and back.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatReference } from '../../src/shared/citations/citation-styles'
import { repoRoot } from '../fixtures/archive-files'
import { SEED_REFERENCE } from '../shared/citations/seed-reference'
import { launchFolio, type FolioSession, reloadFolio } from './harness/folio-page'
import { selectText } from './harness/select-text'

/** The leaves of a catalog. */
function leaves(catalog: object): string[] {
  return Object.values(catalog).flatMap((value: unknown) =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? leaves(value) : []
  )
}

/**
 * French UI strings that English words differently (placeholder-free, so they can be matched as they show).
 * The catalogs are loaded at run time: they belong to the renderer's TypeScript project, not to this one.
 */
async function frenchOnlyStrings(): Promise<Set<string>> {
  const locales = join(repoRoot, 'src/renderer/src/i18n/locales')
  const { fr } = (await import(join(locales, 'fr.ts'))) as { fr: object }
  const { en } = (await import(join(locales, 'en.ts'))) as { en: object }
  const english = new Set(leaves(en))
  return new Set(leaves(fr).filter((text) => !text.includes('{{') && !english.has(text)))
}

/** Every UI text on screen outside the article and the source texts quoted on cards: text nodes and names. */
function chromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The document's own text (article, source notes, quotes, titles) is French whatever the UI language.
    const outside = (element: Element | null) =>
      !element?.closest(
        '.block-text, .source-notes li, blockquote, .citation-text, .card-source, .sidebar-item, h3, .hit-document'
      )
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      if (text && outside(node.parentElement)) texts.push(text)
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!outside(element)) continue
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)
        if (value) texts.push(value)
      }
    }
    return texts
  })
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)

async function chooseLanguage(page: Page, menu: string, label: string, language: 'fr' | 'en') {
  await page.getByRole('button', { name: menu }).click()
  await page.getByRole('combobox', { name: label }).selectOption(language)
  await expect.poll(() => htmlLang(page)).toBe(language)
  await page.keyboard.press('Escape')
}

describe('the UI language in Chromium', () => {
  let folio: FolioSession
  const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))

  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: profile })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio.close()
    rmSync(profile, { recursive: true, force: true })
  })

  it('starts in French, with <html lang="fr">', async () => {
    expect(await htmlLang(folio.page)).toBe('fr')
    expect(await folio.page.getByRole('tab').allTextContents()).toEqual(['Fiches', 'Notes', 'Signets'])
    // The check "no French UI string on screen" below is not vacuous: in French it finds plenty.
    const frenchOnly = await frenchOnlyStrings()
    expect((await chromeTexts(folio.page)).filter((text) => frenchOnly.has(text)).length).toBeGreaterThan(20)
  })

  it('switches the reader chrome, the tabs and the search box to English from the display menu', async () => {
    const { page } = folio
    await chooseLanguage(page, 'Affichage', 'Langue', 'en')
    // <html lang> is set first; the components re-render in the new language a moment later.
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['Cards', 'Notes', 'Bookmarks'])
    expect(await page.getByRole('searchbox', { name: 'Search the library' }).getAttribute('placeholder')).toBe(
      'Search (Ctrl+K)…'
    )
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Add a document…' }).waitFor()
    await page
      .getByRole('group', { name: 'Reader bookmarks' })
      .getByRole('button', { name: /^☆?\s*Document/ })
      .waitFor()
    expect(await page.getByRole('button', { name: 'Data' }).count()).toBe(1)
    expect(await page.getByRole('article', { name: 'Reader' }).getAttribute('lang')).toBe('fr')
  })

  it('shows the link card in English, with its archive date written the English way', async () => {
    const yang = folio.page.locator('.link-card', { hasText: 'Yang Kuisong' })
    const text = await yang.innerText()
    expect(text).toMatch(/Archive date\s+March 18, 2007/)
    expect(text.match(/unknown in the source/g)).toHaveLength(2)
    expect(text).toContain('No known URL: this link can’t be opened.')
    expect(await yang.getByRole('button', { name: 'Open' }).count()).toBe(1)
  })

  it('formats the reference’s citation with the English citation locale', async () => {
    const expected = formatReference(SEED_REFERENCE, { style: 'chicago-author-date', locale: 'en-US' })
    await expect
      .poll(() => folio.page.locator('.reference-card .citation-text').textContent(), { timeout: 20_000 })
      .toBe(expected)
    expect(await folio.page.getByRole('button', { name: 'Copy citation' }).count()).toBe(1)
  })

  it('annotates in English: toolbar, editor, notes panel and dates', async () => {
    const { page } = folio
    await page.getByRole('tab', { name: 'Notes' }).click()
    await expect(page.locator('.notes-panel').innerText()).resolves.toContain(
      'Select a passage of the text to highlight or annotate it'
    )
    await selectText(page, "Mao s'est rendu en Union soviétique")
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Highlight and add a note' })
      .click()
    const editor = page.getByRole('form', { name: 'Edit the annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Mao’s only trip abroad.')
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.locator('.notes-panel .panel-heading').first().textContent()).toBe('1 annotation')
    const dates = await page.locator('.annotation-dates').innerText()
    const date = String.raw`[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M`
    expect(dates).toMatch(new RegExp(`^yellow · created ${date}( · edited ${date})?$`))
  })

  it('lists the keyboard shortcuts with English key names', async () => {
    const { page } = folio
    await page.locator('body').press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const text = await help.innerText()
    for (const keys of ['Ctrl+Shift+H', 'Ctrl+Enter', 'Esc', 'Tab / Shift+Tab']) expect(text).toContain(keys)
    expect(text).not.toMatch(/Maj|Entrée|Échap/)
    await page.keyboard.press('Escape')
    await expect.poll(() => help.count()).toBe(0)
  })

  it('leaves no French UI string on screen', async () => {
    const { page } = folio
    const frenchOnly = await frenchOnlyStrings()
    expect(frenchOnly.size).toBeGreaterThan(200)
    for (const tab of ['Cards', 'Notes', 'Bookmarks']) {
      await page.getByRole('tab', { name: tab }).click()
      // Check the tab once its live data is read (the bookmarks list is aria-busy until then), not its loading state.
      await page.locator('.panel-body [aria-busy="true"]').first().waitFor({ state: 'detached' })
      const french = (await chromeTexts(page)).filter((text) => frenchOnly.has(text))
      expect({ tab, french }).toEqual({ tab, french: [] })
    }
    await page.getByRole('button', { name: 'Display' }).click()
    const menu = (await chromeTexts(page)).filter((text) => frenchOnly.has(text))
    expect({ where: 'display menu', french: menu }).toEqual({ where: 'display menu', french: [] })
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Data' }).click()
    const dialog = page.getByRole('dialog', { name: 'Your data' })
    await dialog.getByRole('heading', { name: 'Export' }).waitFor()
    const data = (await chromeTexts(page)).filter((text) => frenchOnly.has(text))
    expect({ where: 'data dialog', french: data }).toEqual({ where: 'data dialog', french: [] })
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('keeps English after a reload, from main’s first screen on, and takes a screenshot of it', async () => {
    const { page } = folio
    // Main kept a copy of the settings: the page it sends is English before any script runs.
    const served = await page.evaluate(async () => (await fetch('/index.html')).text())
    expect(served).toContain('<html lang="en" data-language="en"')
    expect(served).toContain('aria-label="Reader"')
    expect(served).not.toContain('Section vide dans la source.')
    await reloadFolio(page)
    await expect.poll(() => htmlLang(page)).toBe('en')
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['Cards', 'Notes', 'Bookmarks'])
    await page.getByRole('tab', { name: 'Cards' }).click()
    await page.locator('.link-card', { hasText: 'Yang Kuisong' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/english.png') })
  })

  it('switches back to French', async () => {
    const { page } = folio
    await chooseLanguage(page, 'Display', 'Language', 'fr')
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['Fiches', 'Notes', 'Signets'])
    expect(await page.locator('.link-card', { hasText: 'Yang Kuisong' }).innerText()).toMatch(
      /Date d’archivage\s+18 mars 2007/
    )
    const expected = formatReference(SEED_REFERENCE, { style: 'chicago-author-date', locale: 'fr-FR' })
    await expect
      .poll(() => page.locator('.reference-card .citation-text').textContent(), { timeout: 20_000 })
      .toBe(expected)
    expect(folio.pageErrors).toEqual([])
    expect(folio.externalRequests).toEqual([])
  })
})
