// Scrolls the reader to an anchored passage and flashes it — used by the notes panel, search
// results and bookmarks. Works on the reader currently shown for the document: an article's, or a copy's pages
// (a PDF draws only the pages near the view: a passage on a page not drawn yet is scrolled to by its page).

import type { Anchor } from '../../../shared/anchoring/types'
import { blockElementId } from '../../../shared/archive/block-element-id'
import { blockOffsets, type ArticleDocument } from '../../../shared/archive/document'
import { reveal } from '../layout/reveal'
import { flashRange } from './dom/highlight-painter'
import { offsetsToRange } from './dom/text-position'

/**
 * The reader's element that holds `documentId`'s text: an article (`.reader`), a PDF's pages, or the body of a saved
 * page's frame (`.saved-page-root`, whose frame holds the page).
 */
export function readerRootOf(documentId: string): Element | null {
  const id = CSS.escape(documentId)
  const found = window.document.querySelector(
    `.reader[data-document-id="${id}"], .copy-pages[data-document-id="${id}"], .saved-page-root[data-document-id="${id}"]`
  )
  if (!found?.classList.contains('saved-page-root')) return found
  return found.querySelector('iframe')?.contentDocument?.querySelector('body[data-block-id]') ?? null
}

/** The block `offset` of the document text falls in. */
function blockAt(document: ArticleDocument, offset: number): string | null {
  let found: string | null = null
  for (const [id, start] of blockOffsets(document)) if (start <= offset) found = id
  return found
}

/** Scrolls to `anchor` in the shown reader of `document` and flashes it; false when it is not shown. */
export function revealPassage(document: ArticleDocument, anchor: Pick<Anchor, 'start' | 'end'>): boolean {
  const root = readerRootOf(document.id)
  if (!root) return false
  const range = offsetsToRange(anchor.start, anchor.end, root, document)
  if (!range) {
    const block = blockAt(document, anchor.start)
    return block !== null && reveal(blockElementId(block))
  }
  // The element where the passage starts (in a saved page, whose one block is the whole body, not the block).
  const start = range.startContainer
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  flashRange(range)
  return true
}
