import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFolio, type FolioSession } from './harness/folio-page'

describe('find in the document (Ctrl+F)', () => {
  let folio: FolioSession
  beforeAll(async () => {
    folio = await launchFolio()
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(() => folio.close())

  const painted = () =>
    folio.page.evaluate(() => ({
      all: [...(CSS.highlights.get('folio-find') ?? [])].map((range) => range.toString()),
      current: [...(CSS.highlights.get('folio-find-current') ?? [])].map((range) => range.toString())
    }))

  it('highlights every match, ignoring case and accents, and counts them', async () => {
    const { page } = folio
    await page.locator('body').press('Control+f')
    const box = page.getByRole('searchbox', { name: 'Chercher dans le document' })
    await box.fill('SOVIETIQUES')
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 sur 6')
    // The count is rendered; the highlights are painted by an effect after it: poll them too.
    await expect
      .poll(async () => (await painted()).all)
      .toEqual(['soviétiques', 'Soviétiques', 'soviétiques', 'Soviétiques', 'Soviétiques', 'soviétiques'])
    await expect.poll(async () => (await painted()).current).toEqual(['soviétiques'])
  })

  it('moves to the next and previous match, wrapping around', async () => {
    const { page } = folio
    const box = page.getByRole('searchbox', { name: 'Chercher dans le document' })
    await box.press('Enter')
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('2 sur 6')
    await box.press('Shift+Enter')
    await box.press('Shift+Enter')
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('6 sur 6')
    await page.getByRole('button', { name: /Résultat suivant/ }).click()
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 sur 6')
  })

  it('finds Chinese characters and says when nothing matches', async () => {
    const { page } = folio
    const box = page.getByRole('searchbox', { name: 'Chercher dans le document' })
    await box.fill('中苏')
    await expect.poll(async () => (await painted()).all).toEqual(['中苏'])
    await box.fill('introuvable')
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('Aucun résultat')
  })

  it('closes on Escape and clears the highlights', async () => {
    const { page } = folio
    await page.getByRole('searchbox', { name: 'Chercher dans le document' }).press('Escape')
    await expect.poll(() => page.getByRole('search', { name: 'Chercher dans le document' }).count()).toBe(0)
    // The bar goes in the render; its effect's clean-up clears the highlights after it.
    await expect.poll(() => painted()).toEqual({ all: [], current: [] })
  })
})
