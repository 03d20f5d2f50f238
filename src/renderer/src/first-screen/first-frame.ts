// The first frame's own work: paint the user's highlights on main's first screen and scroll to where the
// reader was, from the localStorage cache, synchronously. Main puts this into the page as an inline
// script right after the first screen (first-frame-script.ts), so the first frame has both without
// waiting for any file; the boot script then confirms them from IndexedDB (paint-first-screen.ts).

import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { FIRST_SCREEN_ID } from '../../../shared/first-screen/first-screen-ids'
import { paintHighlights } from '../annotations/dom/highlight-painter'
import { scrollToReadingState } from '../reader/reading-position'
import { noteClicks } from './early-click'
import { embeddedOpening } from './embedded-archive'
import { readFirstScreenCache } from './first-screen-cache'

/** The first screen's element, while it is there. */
export const firstScreen = (): HTMLElement | null => document.getElementById(FIRST_SCREEN_ID)

export interface OpeningScreen {
  /** The document main's first screen shows (the one open when the user left, else the archive's first). */
  entry: ArchiveDocumentEntry
  /** Its reader element and the scrolling pane around it. */
  root: HTMLElement
  pane: HTMLElement
}

/** What main's first screen shows; null when there is no first screen (or it shows something else). */
export function openingScreen(): OpeningScreen | null {
  const screen = firstScreen()
  const root = screen?.querySelector<HTMLElement>('.reader')
  const pane = screen?.querySelector<HTMLElement>('.reader-pane')
  const id = root?.dataset.documentId
  if (!root || !pane || !id) return null
  const entry = embeddedOpening()
  return entry?.id === id ? { entry, root, pane } : null
}

/**
 * Paints the cached highlights and restores the cached reading position on the first screen, if any; from then
 * on notes the user's clicks on it, for the app (early-click.ts).
 */
export function paintFirstFrame(): void {
  const opening = openingScreen()
  if (!opening) return
  const { entry, root, pane } = opening
  const screen = firstScreen()
  if (screen) noteClicks(opening, screen)
  const cached = readFirstScreenCache(entry.id, entry.document)
  if (cached.spans) paintHighlights(cached.spans, root, entry.document)
  if (cached.reading) scrollToReadingState(pane, root, cached.reading)
  performance.mark('folio:cache-painted')
}
