import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

/** Serious and critical axe violations, as "rule: target" lines (readable in a failure). */
async function seriousViolations(folio: FolioSession): Promise<string[]> {
  const results = await new AxeBuilder({ page: folio.page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
    )
}

describe('accessibility (axe-core) in Chromium', () => {
  let folio: FolioSession
  beforeAll(async () => {
    folio = await launchFolio()
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(() => folio.close())

  it('does report a real violation (the check is not vacuous)', async () => {
    await folio.page.evaluate(() => {
      const button = document.createElement('button')
      button.id = 'unlabelled'
      document.body.append(button)
    })
    expect((await seriousViolations(folio)).some((line) => line.startsWith('button-name: #unlabelled'))).toBe(true)
    await folio.page.evaluate(() => document.getElementById('unlabelled')?.remove())
  })

  it('finds no serious or critical violation in the reader and the cards', async () => {
    expect(await seriousViolations(folio)).toEqual([])
  })

  it('gives every landmark a name of its own, with the window wide or narrow and a drawer open', async () => {
    const { page } = folio
    const landmarkProblems = async () =>
      (
        await new AxeBuilder({ page })
          .withRules(['landmark-unique', 'landmark-no-duplicate-main', 'landmark-one-main', 'region'])
          .analyze()
      ).violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))
    expect(await landmarkProblems()).toEqual([])
    await page.setViewportSize({ width: 720, height: 600 })
    await page.getByRole('button', { name: 'Panneau' }).click()
    await page.getByRole('tab', { name: 'Fiches' }).waitFor()
    expect(await landmarkProblems()).toEqual([])
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.getByRole('button', { name: 'Panneau' }).waitFor({ state: 'hidden' })
  })

  it('finds none in the notes panel with an annotation open for editing', async () => {
    const { page } = folio
    await selectText(page, 'Deng Xiaoping')
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    await page.getByRole('form', { name: 'Modifier l’annotation' }).waitFor()
    expect(await seriousViolations(folio)).toEqual([])
    await page.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click()
    // The editor closes once the note is written: check the panel as it is then, not half-way.
    await page.getByRole('form').waitFor({ state: 'detached' })
    expect(await seriousViolations(folio)).toEqual([])
  })

  it('finds none in the search results', async () => {
    const { page } = folio
    await page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill('traité')
    await page.getByRole('region', { name: 'Résultats de la recherche' }).getByRole('button').first().waitFor()
    expect(await seriousViolations(folio)).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('finds none in the bookmarks view', async () => {
    await folio.page.getByRole('tab', { name: 'Signets' }).click()
    // The list is read from IndexedDB (aria-busy until then): check it loaded, not its loading state.
    await folio.page.locator('.bookmarks-empty, .bookmark-list').first().waitFor()
    expect(await seriousViolations(folio)).toEqual([])
  })

  it('finds none in the display settings, the find bar and the shortcuts help', async () => {
    const { page } = folio
    await page.getByRole('button', { name: 'Affichage' }).click()
    await page.locator('body').press('Control+f')
    expect(await seriousViolations(folio)).toEqual([])
    await page.keyboard.press('Escape')
    await page.locator('body').press('?')
    await page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor()
    expect(await seriousViolations(folio)).toEqual([])
  })

  it('finds none in the dark theme', async () => {
    const { page } = folio
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Affichage' }).click()
    await page.getByRole('combobox', { name: 'Thème' }).selectOption('dark')
    await page.getByRole('button', { name: 'Affichage' }).click()
    // The theme is a setting: written to IndexedDB, read back by the live query, then applied to <html>.
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    expect(await seriousViolations(folio)).toEqual([])
  })
})
