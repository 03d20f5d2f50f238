// A search hit's words marked in a copy's reader (search/hit-words.ts): painted in the document that holds the text
// (a saved page's frame has its own), and scrolled to once per hit opened. The copy may be open already: the mark
// follows each new hit without the frame or the pages being loaded again.

import { useEffect, useRef, type RefObject } from 'react'
import type { AnchorableDocument } from '../../../shared/anchoring/types'
import { offsetsToRange } from '../annotations/dom/text-position'
import { hitWordRanges, holdHitWords, useHitWords } from '../search/hit-words'

/** The name of the hit's words in the Highlight registry (styles/search.css; lent to a saved page's frame). */
export const HIT_WORDS = 'folio-search-hit'

type HighlightWindow = Window & typeof globalThis

/** Paints `ranges` in their document's own registry; returns what removes them. */
function paint(doc: Document, ranges: Range[]): () => void {
  const view = doc.defaultView as HighlightWindow | null
  if (!view || typeof view.CSS === 'undefined' || !('highlights' in view.CSS)) return () => undefined
  const highlight = new view.Highlight(...ranges)
  highlight.priority = 5
  view.CSS.highlights.set(HIT_WORDS, highlight)
  return () => {
    if (view.CSS.highlights.get(HIT_WORDS) === highlight) view.CSS.highlights.delete(HIT_WORDS)
  }
}

/**
 * The jump to the hit's block (navigation's goToBlock) scrolls two frames later, smoothly: the scroll to the words
 * comes after it, so that it is the one that stays.
 */
const afterJump = (action: () => void) =>
  requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(action)))

/**
 * Marks the words of the last hit opened in copy `documentId`: `rootRef` holds its blocks (`data-block-id`), `document`
 * their text; `shown` changes when the blocks in the DOM do (a frame loaded, PDF pages drawn).
 */
export function useHitWordMarks(
  documentId: string,
  rootRef: RefObject<HTMLElement | null>,
  document: AnchorableDocument,
  shown: unknown
): void {
  const request = useHitWords(documentId)
  const scrolled = useRef<number | null>(null)

  useEffect(() => {
    const root = rootRef.current
    const block = request && document.blocks.find((candidate) => candidate.id === request.blockId)
    if (!request || !root || !block) return
    const alone = { blocks: [block] }
    const ranges = hitWordRanges(request.snippet, block.text)
      .map((range) => offsetsToRange(range.start, range.end, root, alone))
      .filter((range): range is Range => range !== null)
    const first = ranges[0]
    if (!first) return
    const clear = paint(root.ownerDocument, ranges)
    if (scrolled.current !== request.serial) {
      scrolled.current = request.serial
      afterJump(() => first.startContainer.parentElement?.scrollIntoView({ block: 'center' }))
    }
    return clear
  }, [request, rootRef, document, shown])

  useEffect(() => holdHitWords(documentId), [documentId])
}
