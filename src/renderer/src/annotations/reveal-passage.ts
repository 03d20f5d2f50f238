// Scrolls the reader to an anchored passage and flashes it — used by the notes panel, search
// results and bookmarks. Works on the reader currently shown for the document: an article's, or a copy's pages
// (a PDF draws only the pages near the view: a passage on a page not drawn yet is scrolled to by its page).

import type { Anchor } from '../../../shared/anchoring/types'
import { blockElementId } from '../../../shared/archive/block-element-id'
import { blockOffsets, type ArticleDocument } from '../../../shared/archive/document'
import { reveal } from '../layout/reveal'
import { flashRange } from './dom/highlight-painter'
import { offsetsToRange } from './dom/text-position'

/** The reader's element that holds `documentId`'s text: an article (`.reader`) or a copy's pages. */
export const readerRootOf = (documentId: string): Element | null =>
  window.document.querySelector(
    `.reader[data-document-id="${CSS.escape(documentId)}"], .copy-pages[data-document-id="${CSS.escape(documentId)}"]`
  )

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
  const block = (
    range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement
  )?.closest('[data-block-id]')
  block?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  flashRange(range)
  return true
}
