// Where the reader is in a document, in terms that survive a change of font size or window width:
// the block at the top of the pane and how far into it. Used by the app and by the first screen.

import type { ReadingState } from '../db/reading'
import { blockAtTop } from './top-block'

/** The block at the top edge of the pane, and the fraction of it scrolled past. */
export function topBlock(pane: Element, root: Element): { blockId: string; fraction: number } | null {
  const top = pane.getBoundingClientRect().top
  const found = blockAtTop(root.querySelectorAll<HTMLElement>('[data-block-id]'), { top, minVisiblePx: 1 })
  if (!found) return null
  const { element, box } = found
  return { blockId: element.dataset.blockId ?? '', fraction: Math.max(0, (top - box.top) / box.height) }
}

/** Scrolls `pane` so that the saved block is at its top again; false when the block is not there. */
export function scrollToReadingState(
  pane: HTMLElement,
  root: Element,
  state: Pick<ReadingState, 'blockId' | 'fraction'>
): boolean {
  const element = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(state.blockId)}"]`)
  if (!element) return false
  const offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop
  pane.scrollTop = offset + state.fraction * element.getBoundingClientRect().height
  return true
}
