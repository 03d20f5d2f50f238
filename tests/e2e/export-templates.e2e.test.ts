// Export into a writing tool, end to end in Chromium with main's real handlers: a passage of the seed article
// highlighted with a note and a tag, exported with the Obsidian template after its preview (front matter, the quote,
// its pinpoint citation and its folio:// link, read back from the file saved), and as one note per document (a new
// folder written by main), from the data dialog and from the annotations view's selection.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePassageLink } from '../../src/shared/links/passage-link'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

const MAO = "Mao s'est rendu en Union soviétique"
const TITLE = "Traité sino-soviétique d'amitié, d'alliance et d'assistance mutuelle"

/** The folio:// link written after the quote's citation: `[↗](folio://…)`. */
const linkAfterQuote = (note: string): string => /\[↗\]\((folio:\/\/open\/[^)\s]+)\)/.exec(note)?.[1] ?? ''

/** The serious and critical accessibility problems axe finds in what `selector` matches. */
async function seriousProblems(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze()
  return violations.filter(({ impact }) => impact === 'serious' || impact === 'critical').map(({ id }) => id)
}

describe('exporting notes with a template', () => {
  let folio: FolioSession
  let page: Page
  const saveDir = mkdtempSync(join(tmpdir(), 'folio-export-templates-'))
  const dialog = () => page.getByRole('dialog', { name: 'Vos données' })
  const preview = () => page.getByTestId('export-preview')

  beforeAll(async () => {
    folio = await launchFolio({ saveDir, windowSize: { width: 1280, height: 900 } })
    page = folio.page
    await page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(saveDir, { recursive: true, force: true })
  })

  it('highlights a passage of the seed article with a note and a tag', async () => {
    await selectText(page, MAO)
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Le voyage à Moscou : "l’alliance" #1.')
    const tagBox = editor.getByRole('combobox', { name: 'Ajouter une étiquette' })
    await tagBox.fill('guerre froide')
    await tagBox.press('Enter')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => page.locator('.annotation-card', { hasText: 'Le voyage à Moscou' }).count()).toBe(1)
  })

  it('previews the Obsidian template, then saves the file it previewed', async () => {
    await page.getByRole('button', { name: 'Données' }).click()
    await dialog()
      .getByRole('radio', { name: /^Ce document/ })
      .check()
    await dialog()
      .getByRole('radio', { name: /^Markdown/ })
      .check()
    // The plain template first, as Folio has always written it; then Obsidian's, its properties on top.
    await expect.poll(() => preview().textContent()).toMatch(new RegExp(`^# ${TITLE}`))
    await dialog()
      .getByRole('radio', { name: /^Obsidian/ })
      .check()
    await expect.poll(() => preview().textContent()).toMatch(/^---\ntitle: "Traité sino-soviétique/)
    const shown = (await preview().textContent()) ?? ''
    expect(shown).toContain('#guerre-froide')
    expect(shown).toMatch(/> — \(.*paragr\.\s\d+\) \[↗\]\(folio:\/\/open\//)
    await dialog().screenshot({ path: join(repoRoot, 'docs/screenshots/export-templates.png') })
    expect(await seriousProblems(page, '.data-dialog')).toEqual([])
    // The preview scrolls from the keyboard: it takes the focus.
    await preview().focus()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('PRE')

    await dialog().getByRole('button', { name: 'Exporter…' }).click()
    const message = dialog().getByTestId('data-message')
    await expect.poll(() => message.textContent()).toMatch(/^Exporté dans « .+\.md »/)
    const fileName = /« (.+) »/.exec((await message.textContent()) ?? '')?.[1] ?? ''
    const note = readFileSync(join(saveDir, fileName), 'utf8')
    console.info(`--- ${fileName}\n${note}`)
    expect(note.startsWith(shown.slice(0, 200))).toBe(true)

    const [, properties = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(note) ?? []
    expect(properties).toContain(`title: "${TITLE}"`)
    expect(properties).toMatch(/\nsource: ".+"/)
    expect(properties).toMatch(/\nfolio: "folio:\/\/open\/[0-9a-f]{32}\/[^"]+"/)
    expect(properties).toContain('\ntags:\n  - "guerre-froide"')
    expect(properties).toMatch(/\nexported: \d{4}-\d{2}-\d{2}$/)

    expect(body.startsWith(`# ${TITLE}\n`)).toBe(true)
    expect(body).toContain(`> ${MAO}`)
    // The passage is in the article's introduction: no section, its paragraph only.
    // French typography: no-break spaces inside « » and in "s. d." (\s takes them).
    expect(body).toMatch(/> — \(«\sTraité sino-soviétique.*\s», s\.\sd\., paragr\.\s\d+\) \[↗\]/)
    expect(body).toContain('Le voyage à Moscou : "l’alliance" #1.')
    expect(body).toContain('\n\n#guerre-froide')
    // The link back is one Folio opens: this document, this annotation, this quote.
    const parsed = parsePassageLink(linkAfterQuote(body))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.link.quote?.exact).toBe(MAO)
  })

  it('saves one note per document into a new folder', async () => {
    await dialog().getByRole('radio', { name: 'Tout Folio' }).check()
    await dialog()
      .getByRole('radio', { name: /^Un fichier par document/ })
      .check()
    await expect.poll(() => preview().textContent()).toMatch(/^---\ntitle: "Traité sino-soviétique/)
    await dialog().getByRole('button', { name: 'Exporter…' }).click()
    const message = dialog().getByTestId('data-message')
    await expect.poll(() => message.textContent()).toMatch(/^Exporté dans le dossier « folio-notes-.+ » \(1 fichier\)/)
    const folder = /« (.+) »/.exec((await message.textContent()) ?? '')?.[1] ?? ''
    expect(readdirSync(join(saveDir, folder))).toEqual([`${TITLE}.md`])
    const note = readFileSync(join(saveDir, folder, `${TITLE}.md`), 'utf8')
    expect(note).toContain(`title: "${TITLE}"`)
    expect(note).toContain(`> ${MAO}`)
    expect(linkAfterQuote(note)).toMatch(/^folio:\/\/open\//)
    await page.keyboard.press('Escape')
  })

  it('exports the annotations ticked in the annotations view, with the template chosen there', async () => {
    await page.getByRole('button', { name: 'Annotations', exact: true }).click()
    const view = page.locator('.annotations-view')
    await view.getByRole('button', { name: /^Tout sélectionner/ }).click()
    await view.getByRole('button', { name: 'Exporter en Markdown…' }).click()
    const exporting = page.getByRole('dialog', { name: 'Exporter 1 annotation en Markdown' })
    await exporting.getByRole('radio', { name: /^Obsidian/ }).check()
    await expect.poll(() => exporting.getByTestId('export-preview').textContent()).toMatch(/^---\ntitle: "Notes Folio"/)
    expect(await seriousProblems(page, '.export-selection-dialog')).toEqual([])
    await exporting.getByRole('button', { name: 'Enregistrer…' }).click()
    await expect.poll(() => exporting.count()).toBe(0)
    const notice = page.getByText(/^Exporté dans « .+\.md »/)
    await notice.waitFor()
    const fileName = /« (.+) »/.exec((await notice.textContent()) ?? '')?.[1] ?? ''
    const note = readFileSync(join(saveDir, fileName), 'utf8')
    expect(note).toContain(`## ${TITLE}`)
    expect(note).toContain(`> ${MAO}`)
    expect(note).toMatch(/paragr\.\s\d+\) \[↗\]\(folio:\/\/open\//)
    expect(folio.externalRequests).toEqual([])
  })
})
