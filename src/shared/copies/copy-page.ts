// The page of a copy an annotation is on: a PDF copy's blocks are its pages (copy-document.ts), so the block an
// annotation starts in names its page. Exports write it (Markdown "Page : 4", W3C's FragmentSelector "page=4").

import { COPY_ID } from './copy-types'
import { pageOfBlockId } from './pdf-page-text'

/** The page (1-based) of a passage starting in `blockId` of `documentId`, or null for an article. */
export function pageOfPassage(documentId: string, blockId: string | null): number | null {
  return blockId !== null && COPY_ID.test(documentId) ? pageOfBlockId(blockId) : null
}

/** W3C's selector of a PDF page (RFC 3778's fragment, as Hypothesis and Zotero write it). */
export function pageFragmentSelector(page: number) {
  return { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: `page=${page}` } as const
}
