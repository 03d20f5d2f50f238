// What the user begins on main's first screen, before the app has taken over, is not lost at the hand-over: a
// selection made on the first screen is made again on the app's reader (whose toolbar then offers to highlight
// it), and a click on the first screen's text (a highlight, to open its note) is given to the app once it
// listens. Both readers draw the same document with the same layout and scroll position (hand-over.ts), so a
// selection carries over by its document offsets and a click by its place on the screen.

import type { ArticleDocument } from '../../../shared/archive/document'
import { blockOffsets } from '../../../shared/archive/document'
import { offsetsToRange, rangeToOffsets } from '../annotations/dom/text-position'
import { notedClick, type EarlyClick } from './early-click'
import type { OpeningScreen } from './first-frame'

/** What the user left on the first screen for the app. */
export interface LeftOnFirstScreen {
  selection: { start: number; end: number } | null
  click: EarlyClick | null
}

/** What the first screen (`opening`, in `screen`) holds of the user's actions, read before it goes. */
export function leftOn({ entry, root }: Pick<OpeningScreen, 'entry' | 'root'>, screen: HTMLElement): LeftOnFirstScreen {
  return { selection: selectionIn(root, entry.document), click: notedClick(screen) }
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
