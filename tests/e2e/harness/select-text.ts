// Selects a phrase of the reader with the mouse, as a person would: press at its first character,
// drag to its last, release. The phrase may span several blocks (give its start and end).

import type { Page } from 'playwright-core'

/** Where the phrase is searched (the text's element), and the element that scrolls it. */
export interface TextPlace {
  root: string
  pane: string
}

/** An article in the reader. */
const ARTICLE: TextPlace = { root: '.reader', pane: '.reader-pane' }

/** Screen points at the start of `from` and at the end of `to` (both searched in the text of `place`). */
async function phrasePoints(page: Page, from: string, to: string, place: TextPlace) {
  return page.evaluate(
    ({ from, to, place }) => {
      const root = document.querySelector(place.root)
      if (!root) throw new Error(`no ${place.root}`)
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const find = (phrase: string, fromEnd: boolean) => {
        for (const node of nodes) {
          const at = node.data.indexOf(phrase)
          if (at < 0) continue
          const range = document.createRange()
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
      const pane = document.querySelector(place.pane)
      if (pane) pane.scrollTop += start.getBoundingClientRect().top - pane.getBoundingClientRect().top - 80
      const a = start.getBoundingClientRect()
      const b = end.getBoundingClientRect()
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
    },
    { from, to, place }
  )
}

/** Drags the mouse over the text from the start of `from` to the end of `to` (default: `from` itself). */
export async function selectText(page: Page, from: string, to: string = from, place = ARTICLE): Promise<void> {
  const { x1, y1, x2, y2 } = await phrasePoints(page, from, to, place)
  await page.mouse.move(x1, y1)
  await page.mouse.down()
  await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 4 })
  await page.mouse.move(x2, y2, { steps: 4 })
  await page.mouse.up()
}
