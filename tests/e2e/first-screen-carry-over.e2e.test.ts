// What the user does on main's first screen before the app's code has loaded is not lost when the app takes over:
// a passage selected there is still selected in the app, whose toolbar highlights it; a click on a highlight there
// opens its note once the app is there. The app's chunk is held back (launchFolio's `holdApp`) to act on the first
// screen alone.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appTookOver, launchFolio } from './harness/folio-page'
import { painted } from './harness/painted'
import { selectText } from './harness/select-text'

const NOTED = "Mao s'est rendu en Union soviétique"
const NOTE = 'Le voyage de Mao, noté avant.'
const SELECTED = "Le traité sino-soviétique d'amitié"

/** The page's selection, white space folded. */
const selected = (page: Page) =>
  page.evaluate(() => window.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '')

/** Starts Folio on `profile` with the app held back until the returned `release` is called. */
async function heldFolio(profile: string) {
  let release: () => void = () => undefined
  const folio = await launchFolio({
    userDataDir: profile,
    keepFirstScreen: true,
    holdApp: new Promise<void>((resolve) => (release = resolve))
  })
  // The first screen alone, its highlight painted (from IndexedDB or the first frame's cache).
  await expect.poll(() => folio.page.locator('#first-screen .reader').count()).toBe(1)
  await expect.poll(async () => (await painted(folio.page))['folio-yellow'] ?? []).toContain(NOTED)
  expect(await folio.page.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0)
  return { folio, release }
}

describe('acting on the first screen before the app is there', () => {
  let profile: string

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'folio-carry-over-'))
    const earlier = await launchFolio({ userDataDir: profile })
    try {
      const { page } = earlier
      await selectText(page, NOTED)
      await page
        .getByRole('toolbar', { name: 'Annoter la sélection' })
        .getByRole('button', { name: 'Surligner et annoter' })
        .click()
      const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
      await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill(NOTE)
      await editor.getByRole('button', { name: 'Enregistrer' }).click()
      await page.waitForFunction(
        (quote) => [...(CSS.highlights.get('folio-yellow') ?? [])].some((range) => range.toString() === quote),
        NOTED
      )
      await page.waitForTimeout(500)
    } finally {
      await earlier.close()
    }
  })
  afterAll(() => rmSync(profile, { recursive: true, force: true }))

  it('keeps a passage selected on the first screen selected in the app, ready to highlight', async () => {
    const { folio, release } = await heldFolio(profile)
    try {
      const { page } = folio
      await selectText(page, SELECTED)
      expect(await selected(page)).toBe(SELECTED)
      release()
      await appTookOver(page)
      expect(await selected(page)).toBe(SELECTED)
      const toolbar = page.getByRole('toolbar', { name: 'Annoter la sélection' })
      await toolbar.getByRole('button', { name: 'Surligner en vert' }).click()
      await expect.poll(async () => (await painted(page))['folio-green'] ?? []).toContain(SELECTED)
      expect(folio.pageErrors).toEqual([])
    } finally {
      release()
      await folio.close()
    }
  })

  it('opens the note of a highlight clicked on the first screen once the app is there', async () => {
    const { folio, release } = await heldFolio(profile)
    try {
      const { page } = folio
      const point = await page.evaluate((quote) => {
        const range = [...CSS.highlights.get('folio-yellow')!].find((each) => (each as Range).toString() === quote)
        const box = (range as Range).getClientRects()[0]!
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      }, NOTED)
      await page.mouse.click(point.x, point.y)
      release()
      await appTookOver(page)
      const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
      await expect.poll(() => editor.getByRole('textbox', { name: 'Note (Markdown)' }).inputValue()).toBe(NOTE)
      expect(folio.pageErrors).toEqual([])
    } finally {
      release()
      await folio.close()
    }
  })
})
