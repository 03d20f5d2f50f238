// The boot script's work on main's first screen: read the opening document's annotations and reading
// position, anchor and paint the highlights (the same code as the app), restore the position, and leave
// what it found for the app. Anything missing (no first screen, no database yet) just means less to show.

import { anchorAllAsync } from '../../../shared/anchoring/anchor'
import { paintHighlights } from '../annotations/dom/highlight-painter'
import { anchorsById, paintedSpans } from '../annotations/painted-spans'
import { scrollToReadingState } from '../reader/reading-position'
import { embeddedArchive } from './embedded-archive'
import { firstScreen, leaveForApp } from './hand-over'
import { cachePaintedSpans, cacheReadingPosition, readFirstScreenCache } from './first-screen-cache'
import { readOpeningState } from './read-opening-state'

/**
 * Paints at once what the cache says and scrolls to where the reader was (synchronously: the boot script
 * blocks the first frame, so that frame has both), then repaints from IndexedDB, which is the truth.
 */
export async function paintFirstScreen(): Promise<void> {
  const screen = firstScreen()
  const archive = embeddedArchive()
  const entry = archive?.ok ? archive.archive.documents[0] : undefined
  const root = screen?.querySelector<HTMLElement>('.reader')
  const pane = screen?.querySelector<HTMLElement>('.reader-pane')
  if (!entry || !root || !pane || root.dataset.documentId !== entry.id) return
  const cached = readFirstScreenCache(entry.id, entry.document)
  if (cached.spans) paintHighlights(cached.spans, root, entry.document)
  if (cached.reading) scrollToReadingState(pane, root, cached.reading)
  const scrolledTo = pane.scrollTop
  performance.mark('folio:cache-painted')
  const state = await readOpeningState(entry.id)
  performance.mark('folio:opening-state-read')
  if (!state) return
  const { document } = entry
  const anchors = anchorsById(state.annotations, await anchorAllAsync(document, state.annotations.map((annotation) => annotation.target)))
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
