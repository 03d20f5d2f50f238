// Selects a phrase of the reader with the mouse, as a person would: press at its first character,
// drag to its last, release. The phrase may span several blocks (give its start and end).

import type { Page } from 'playwright-core'

/** Where the phrase is searched (the text's element), and the element that scrolls it. */
export interface TextPlace {
  root: string
  pane: string
  /**
   * The frame the text is in (a saved page's), in whose document `root` and `pane` are looked up — from the app's
   * page, as the frame runs no script (and so nothing can be evaluated in it).
   */
  frame?: string
}

/** An article in the reader. */
const ARTICLE: TextPlace = { root: '.reader', pane: '.reader-pane' }

/** Screen points at the start of `from` and at the end of `to` (both searched in the text of `place`). */
async function phrasePoints(page: Page, from: string, to: string, place: TextPlace) {
  return page.evaluate(
    ({ from, to, place }) => {
      const frame = place.frame ? document.querySelector<HTMLIFrameElement>(place.frame) : null
      const doc = frame ? frame.contentDocument : document
      if (!doc) throw new Error(`no document in ${place.frame}`)
      const root = doc.querySelector(place.root)
      if (!root) throw new Error(`no ${place.root}`)
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const find = (phrase: string, fromEnd: boolean) => {
        for (const node of nodes) {
          const at = node.data.indexOf(phrase)
          if (at < 0) continue
          const range = doc.createRange()
          const offset = fromEnd ? at + phrase.length : at
          range.setStart(node, fromEnd ? offset - 1 : offset)
          range.setEnd(node, fromEnd ? offset : offset + 1)
          return range
        }
        throw new Error(`phrase not found: ${phrase}`)
      }
      const start = find(from, false)
      const end = find(to, true)
      // Bring the start of the phrase near the top of the reader, so that its end is on screen too.
      const pane = doc.querySelector(place.pane)
      if (pane) pane.scrollTop += start.getBoundingClientRect().top - pane.getBoundingClientRect().top - 80
      const a = start.getBoundingClientRect()
      const b = end.getBoundingClientRect()
      // A frame's points are in its own viewport: the mouse moves in the page's.
      const origin = frame?.getBoundingClientRect() ?? { left: 0, top: 0 }
      const [x, y] = [origin.left, origin.top]
      // A right-to-left letter (Hebrew, Arabic) starts at its right edge and ends at its left one, as a reader
      // presses and releases.
      const rtl = (range: Range) => /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u.test(range.toString())
      const x1 = rtl(start) ? a.right - 1 : a.left + 1
      const x2 = rtl(end) ? b.left + 1 : b.right - 1
      return { x1: x + x1, y1: y + a.top + a.height / 2, x2: x + x2, y2: y + b.top + b.height / 2 }
    },
    { from, to, place }
  )
}

/** Drags the mouse over the text from the start of `from` to the end of `to` (default: `from` itself). */
export async function selectText(page: Page, from: string, to: string = from, place = ARTICLE): Promise<void> {
  const { x1, y1, x2, y2 } = await phrasePoints(page, from, to, place)
  if (place.frame) {
    // In a frame that runs no script (a saved page), Chromium never answers a mouse move made while the button is
    // down: there, a click at the start and a Shift+click at the end, which select the same.
    await page.mouse.click(x1, y1)
    await page.keyboard.down('Shift')
    await page.mouse.click(x2, y2)
    await page.keyboard.up('Shift')
    return
  }
  await page.mouse.move(x1, y1)
  await page.mouse.down()
  await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 4 })
  await page.mouse.move(x2, y2, { steps: 4 })
  await page.mouse.up()
}
