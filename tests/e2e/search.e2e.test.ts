import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

describe('searching the library in Chromium', () => {
  let folio: FolioSession
  let chosen: string | null = null
  beforeAll(async () => {
    folio = await launchFolio({ openPath: () => chosen })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(() => folio.close())

  const box = () => folio.page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' })
  const results = () => folio.page.getByRole('region', { name: 'Résultats de la recherche' })
  /** The texts marked in the hits of one group ("Texte", "Notes"…). */
  const marked = (group: string) =>
    results()
      .locator('section', { has: folio.page.getByRole('heading', { name: new RegExp(`^${group} \\(`) }) })
      .locator('mark')
      .allTextContents()
  /**
   * Searches `query` from an empty box: the previous query's results go first, so that what is read next is
   * this query's (the same marks for two queries, or the same query typed again, would pass on stale results).
   */
  const search = async (query: string) => {
    await box().fill('')
    await results().waitFor({ state: 'detached' })
    await box().fill(query)
    await expect.poll(async () => (await results().count()) > 0 && (await results().innerText()).length > 0).toBe(true)
  }

  it('finds French text without accents, hyphens or capitals', async () => {
    await search('traite sino sovietique')
    await expect.poll(() => marked('Texte')).toContain('Traité')
    const texts = await marked('Texte')
    expect(texts).toEqual(expect.arrayContaining(['sino', 'soviétique']))
  })

  it('finds the Chinese title from two of its characters', async () => {
    await search('中苏')
    await expect.poll(() => marked('Texte')).toEqual(['中苏'])
  })

  it('finds pinyin with or without tone marks', async () => {
    await search('zhong-su')
    await expect.poll(() => marked('Texte')).toEqual(['Zhōng', 'Sū'])
    await search('Zhōng-Sū')
    await expect.poll(() => marked('Texte')).toEqual(['Zhōng', 'Sū'])
  })

  it('matches the word being typed as a prefix', async () => {
    await search('mandch')
    await expect.poll(() => marked('Texte')).toEqual(['Mandchourie'])
  })

  it('finds a word from a note the user wrote, and follows the index as the note changes', async () => {
    const { page } = folio
    await box().fill('')
    // The results close first: a drag that starts while they are still over the reader selects nothing.
    await results().waitFor({ state: 'detached' })
    await selectText(page, 'Deng Xiaoping')
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    await page.getByRole('form').getByRole('textbox', { name: 'Note (Markdown)' }).fill('Successeur pragmatique de Mao')
    await page.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click()
    await search('pragmatique')
    await expect.poll(() => marked('Notes')).toEqual(['pragmatique'])
    await page.getByRole('tab', { name: 'Notes' }).click()
    await page
      .locator('.annotation-card', { hasText: 'Deng Xiaoping' })
      .getByRole('button', { name: 'Modifier' })
      .click()
    await page.getByRole('form').getByRole('textbox').fill('Réformateur')
    await page.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click()
    await search('pragmatique')
    await expect.poll(() => results().innerText()).toContain('Aucun résultat')
    await search('reformateur')
    await expect.poll(() => marked('Notes')).toEqual(['Réformateur'])
    // Deleted, the note leaves the index; undone, it comes back.
    await page.getByRole('tab', { name: 'Notes' }).click()
    await page
      .locator('.annotation-card', { hasText: 'Deng Xiaoping' })
      .getByRole('button', { name: 'Supprimer' })
      .click()
    // Ctrl+Z below takes back what the notice offers once the deletion is written: wait for the offer.
    await expect.poll(() => page.locator('.notice-area').textContent()).toContain('Annotation supprimée.')
    await search('reformateur')
    await expect.poll(() => results().innerText()).toContain('Aucun résultat')
    await page.keyboard.press('Escape')
    await page.locator('.reader').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await search('reformateur')
    await expect.poll(() => marked('Notes')).toEqual(['Réformateur'])
  })

  it('finds words of documents the user added', async () => {
    for (const [i, file] of ['articles/valmorel.txt', 'library/notes-yalta.md'].entries()) {
      chosen = join(repoRoot, 'tests/fixtures', file)
      await folio.page.getByRole('button', { name: 'Ajouter un document…' }).click()
      await expect.poll(() => folio.page.locator('.document-row').count()).toBe(2 + i)
    }
    await search('bateliers')
    await expect.poll(() => marked('Texte')).toEqual(['bateliers'])
    await search('yalta')
    await expect.poll(() => marked('Texte')).toEqual(['Yalta'])
  })

  it('opens the document at the passage of a chosen result', async () => {
    const { page } = folio
    await search('bateliers')
    await results()
      .getByRole('button', { name: /bateliers/ })
      .first()
      .click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Accord de Valmorel sur la navigation fluviale')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Les bateliers du lac')
  })

  it('screenshots the results', async () => {
    await folio.page.setViewportSize({ width: 1440, height: 900 })
    await search('traité')
    await folio.page.screenshot({ path: join(repoRoot, 'docs/screenshots/search.png') })
    expect(folio.pageErrors).toEqual([])
    expect(folio.externalRequests).toEqual([])
  })
})
