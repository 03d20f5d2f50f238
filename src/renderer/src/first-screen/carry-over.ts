// What the user begins on main's first screen, before the app has taken over, is not lost at the hand-over: a
// selection made on the first screen is made again on the app's reader (whose toolbar then offers to highlight
// it), and a click on the first screen's text (a highlight, to open its note) is given to the app once it
// listens. Both readers draw the same document with the same layout and scroll position (hand-over.ts), so a
// selection carries over by its document offsets and a click by its place on the screen.

import type { ArticleDocument } from '../../../shared/archive/document'
import { blockOffsets } from '../../../shared/archive/document'
import { offsetsToRange, rangeToOffsets } from '../annotations/dom/text-position'
import type { OpeningScreen } from './first-frame'

/** A click on the first screen's text: where it was, and where the reader was scrolled then. */
interface EarlyClick {
  x: number
  y: number
  scrollTop: number
}

/** What the user left on the first screen for the app. */
export interface LeftOnFirstScreen {
  selection: { start: number; end: number } | null
  click: EarlyClick | null
}

/** The first screen's element keeps its last click here, from the first frame's script to the hand-over. */
const CLICK_KEY = 'lastClick'

/** Notes each click on the first screen's text (from its first frame: first-frame.ts). */
export function noteClicks({ root, pane }: Pick<OpeningScreen, 'root' | 'pane'>, screen: HTMLElement): void {
  root.addEventListener('click', (event) => {
    // A click that ends a drag (a selection) is no click on a highlight.
    if (!document.getSelection()?.isCollapsed) return
    const click: EarlyClick = { x: event.clientX, y: event.clientY, scrollTop: pane.scrollTop }
    screen.dataset[CLICK_KEY] = JSON.stringify(click)
  })
}

/** What the first screen (`opening`, in `screen`) holds of the user's actions, read before it goes. */
export function leftOn({ entry, root }: Pick<OpeningScreen, 'entry' | 'root'>, screen: HTMLElement): LeftOnFirstScreen {
  let click: EarlyClick | null = null
  try {
    const noted: unknown = JSON.parse(screen.dataset[CLICK_KEY] ?? 'null')
    if (noted && typeof noted === 'object') click = noted as EarlyClick
  } catch {
    click = null
  }
  return { selection: selectionIn(root, entry.document), click }
}

/** The document offsets of the selection in `root`, or null. */
function selectionIn(root: HTMLElement, document_: ArticleDocument): { start: number; end: number } | null {
  const selection = document.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!root.contains(range.commonAncestorContainer)) return null
  return rangeToOffsets(range, root, blockOffsets(document_))
}

/**
 * Gives the app's reader (`root`, showing `document_`, scrolled in `pane`) what the first screen held: the
 * selection at once, the click once the app listens (after its first frame), unless the reader scrolled since.
 */
export function carryOver(left: LeftOnFirstScreen, document_: ArticleDocument, root: HTMLElement, pane: HTMLElement) {
  const { selection, click } = left
  if (selection) {
    const range = offsetsToRange(selection.start, selection.end, root, document_)
    const current = document.getSelection()
    if (range && current) {
      current.removeAllRanges()
      current.addRange(range)
    }
    return
  }
  if (!click) return
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (Math.abs(pane.scrollTop - click.scrollTop) > 1) return
      const target = document.elementFromPoint(click.x, click.y)
      if (!target || !root.contains(target)) return
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: click.x, clientY: click.y }))
    })
  )
}
