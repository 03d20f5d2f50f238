// A PDF copy of the seed's second link (Yang Kuisong's article) as the copies' E2E tests read it: its link card, a
// page's text once drawn, the wait for the whole text, and a selection on its pages made as a person would.

import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { selectText, type TextPlace } from './select-text'

/** Where a PDF copy's text is, and what scrolls it. */
export const PDF_PAGES: TextPlace = { root: '.copy-pages', pane: '.copy-pages .pdf-scroller' }

/** The card of the seed's second link, which the tests give a copy. */
export const yangCard = (page: Page) => page.locator('.link-card', { hasText: 'Yang Kuisong' })

/** The text of page `n` as its text layer holds it, once drawn. */
export async function pageText(page: Page, n: number): Promise<string> {
  const layer = page.locator(`.copy-pages [data-block-id="page-${n}"]`)
  await expect.poll(async () => ((await layer.count()) ? ((await layer.textContent()) ?? '') : '')).not.toBe('')
  return (await layer.textContent()) ?? ''
}

/** The reader has the copy's text (every page extracted): the document's blocks exist, a selection can be noted. */
export const textKnown = (page: Page) =>
  expect.poll(() => page.locator('.copy-reader-progress').count(), { timeout: 20_000 }).toBe(0)

/**
 * Selects the PDF's text from the start of `from` to the end of `to` with the mouse, and checks that the selection
 * (white space folded) is `expected`. The view may still move as pages are laid out: the words are selected again
 * until the selection is theirs.
 */
export async function selectOnPages(page: Page, from: string, to: string, expected: string): Promise<void> {
  const selected = () => page.evaluate(() => window.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '')
  for (let attempt = 0; attempt < 5 && (await selected()) !== expected; attempt++) {
    if (attempt > 0) await page.waitForTimeout(300)
    await selectText(page, from, to, PDF_PAGES)
  }
  expect(await selected()).toBe(expected)
}
