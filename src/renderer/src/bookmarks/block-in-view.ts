// The reader's DOM as bookmarks see it: which heading or paragraph is at the top of the visible
// area (the "position in view"), and a mark on the blocks that have a position bookmark.

import { blockElementId, blockElementSelector, blockIdOfElementId } from '../../../shared/archive/block-element-id'
import { blockAtTop } from '../reader/top-block'

/** Headings, paragraphs, bullets and the title: the blocks a reader can jump to. */
const BLOCK_SELECTOR = blockElementSelector('.reader')
/** Attribute set on the element of a bookmarked block; styles/bookmarks.css draws the mark. */
export const BOOKMARKED_ATTRIBUTE = 'data-bookmarked'

/**
 * The id of the first block not yet scrolled past in `pane` (the reader's scroll container), ignoring
 * the top `topInset` pixels (a sticky bar). Null when the pane shows no block.
 */
export function blockInView(pane: HTMLElement, topInset = 0): string | null {
  const top = pane.getBoundingClientRect().top + topInset
  // A block counts as in view once at least a line of it (~1rem) is below the top edge.
  const found = blockAtTop(pane.querySelectorAll<HTMLElement>(BLOCK_SELECTOR), { top, minVisiblePx: 16 })
  return found ? blockIdOfElementId(found.element.id) : null
}

/** Marks the elements of the given blocks as bookmarked; returns a function that removes the marks. */
export function markBookmarkedBlocks(pane: HTMLElement, blockIds: readonly string[]): () => void {
  const marked: HTMLElement[] = []
  for (const blockId of blockIds) {
    const element = pane.ownerDocument.getElementById(blockElementId(blockId))
    if (!element || !pane.contains(element)) continue
    element.setAttribute(BOOKMARKED_ATTRIBUTE, '')
    marked.push(element)
  }
  return () => {
    for (const element of marked) element.removeAttribute(BOOKMARKED_ATTRIBUTE)
  }
}
