// The boot step's work on main's first screen, once the first frame has shown the cached highlights
// (first-frame.ts): read the opening document's annotations, reading position and the user's settings,
// anchor and paint the highlights (the same code as the app), restore the position, and return what it read
// for the app to start from. Anything missing (no first screen, no database yet) just means less to show.

import { anchorAllAsync } from '../../../shared/anchoring/anchor'
import type { Anchor } from '../../../shared/anchoring/types'
import type { Settings } from '../../../shared/settings/settings'
import { paintHighlights } from '../annotations/dom/highlight-painter'
import { anchorsById, paintedSpans } from '../annotations/painted-spans'
import type { Annotation } from '../db/annotation'
import { settingsOf } from '../db/settings-of'
import { scrollToReadingState } from '../reader/reading-position'
import { openingScreen } from './first-frame'
import { cacheFirstScreen } from './first-screen-cache'
import { readOpeningState } from './read-opening-state'

/** What the boot step read and anchored for the opening document. */
export interface OpeningRead {
  documentId: string
  annotations: Annotation[]
  anchors: Map<string, Anchor | null>
  settings: Settings
}

/** Repaints the first screen from IndexedDB, which is the truth, and keeps what it painted in the cache. */
export async function paintFirstScreen(): Promise<OpeningRead | null> {
  const opening = openingScreen()
  if (!opening) return null
  const { entry, root, pane } = opening
  // Where the first frame put the reader (the cached position), to tell whether the reader scrolled since.
  const scrolledTo = pane.scrollTop
  const state = await readOpeningState(entry.id)
  performance.mark('folio:opening-state-read')
  if (!state) return null
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
  // Unless the reader scrolled meanwhile, the position saved in IndexedDB wins over the cached one.
  const reading = state.readingState && pane.scrollTop === scrolledTo ? state.readingState : undefined
  if (reading) scrollToReadingState(pane, root, reading)
  cacheFirstScreen(entry.id, document, { spans, reading: reading ?? state.readingState ?? null })
  performance.mark('folio:first-screen-painted')
  return { documentId: entry.id, annotations: state.annotations, anchors, settings: settingsOf(state.settingRows) }
}
