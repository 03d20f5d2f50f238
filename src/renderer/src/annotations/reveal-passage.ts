// Scrolls the reader to an anchored passage and flashes it — used by the notes panel, search
// results and bookmarks. Works on the reader currently shown for the document.

import type { Anchor } from '../../../shared/anchoring/types'
import type { ArticleDocument } from '../../../shared/archive/document'
import { flashRange } from './dom/highlight-painter'
import { offsetsToRange } from './dom/text-position'

/** Scrolls to `anchor` in the shown reader of `document` and flashes it; false when it is not shown. */
export function revealPassage(document: ArticleDocument, anchor: Pick<Anchor, 'start' | 'end'>): boolean {
  const root = window.document.querySelector(`.reader[data-document-id="${CSS.escape(document.id)}"]`)
  if (!root) return false
  const range = offsetsToRange(anchor.start, anchor.end, root, document)
  if (!range) return false
  const block = (
    range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement
  )?.closest('[data-block-id]')
  block?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  flashRange(range)
  return true
}
