// Where the reader is in a document, in terms that survive a change of font size or window width:
// the block at the top of the pane and how far into it. Used by the app and by the first screen.

import type { ReadingState } from '../db/reading'

/** The block at the top edge of the pane, and the fraction of it scrolled past. */
export function topBlock(pane: Element, root: Element): { blockId: string; fraction: number } | null {
  const top = pane.getBoundingClientRect().top
  for (const element of root.querySelectorAll<HTMLElement>('[data-block-id]')) {
    const rect = element.getBoundingClientRect()
    if (rect.bottom > top + 1) {
      return {
        blockId: element.dataset.blockId ?? '',
        fraction: rect.height ? Math.max(0, (top - rect.top) / rect.height) : 0
      }
    }
  }
  return null
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
