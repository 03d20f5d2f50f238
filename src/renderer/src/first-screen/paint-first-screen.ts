// The boot script's work on main's first screen, once the first frame has shown the cached highlights
// (first-frame.ts): read the opening document's annotations and reading position, anchor and paint the
// highlights (the same code as the app), restore the position, and leave what it found for the app.
// Anything missing (no first screen, no database yet) just means less to show.

import { anchorAllAsync } from '../../../shared/anchoring/anchor'
import { paintHighlights } from '../annotations/dom/highlight-painter'
import { anchorsById, paintedSpans } from '../annotations/painted-spans'
import { scrollToReadingState } from '../reader/reading-position'
import { openingScreen } from './first-frame'
import { leaveForApp } from './hand-over'
import { cachePaintedSpans, cacheReadingPosition } from './first-screen-cache'
import { readOpeningState } from './read-opening-state'

/** Repaints the first screen from IndexedDB, which is the truth, and keeps what it painted in the cache. */
export async function paintFirstScreen(): Promise<void> {
  const opening = openingScreen()
  if (!opening) return
  const { entry, root, pane } = opening
  // Where the first frame put the reader (the cached position), to tell whether the reader scrolled since.
  const scrolledTo = pane.scrollTop
  const state = await readOpeningState(entry.id)
  performance.mark('folio:opening-state-read')
  if (!state) return
  const { document } = entry
  const anchors = anchorsById(
    state.annotations,
    await anchorAllAsync(
      document,
      state.annotations.map((annotation) => annotation.target)
    )
  )
  const spans = paintedSpans(state.annotations, anchors)
  performance.mark('folio:anchored')
  paintHighlights(spans, root, document)
  cachePaintedSpans(entry.id, document, spans)
  performance.mark('folio:first-screen-painted')
  // Unless the reader scrolled meanwhile, the position saved in IndexedDB wins over the cached one.
  if (state.readingState && pane.scrollTop === scrolledTo) {
    scrollToReadingState(pane, root, state.readingState)
    cacheReadingPosition(entry.id, document, state.readingState)
  }
  leaveForApp({ documentId: entry.id, annotations: state.annotations, anchors })
}
