// The one subscriber that keeps the first-screen cache while the app runs: the open document's highlights,
// once every one of them is anchored, and its saved reading position, as IndexedDB has them. Cleared data
// (no notes, no position) is cached as such, so the next first frame never shows what is gone.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect } from 'react'
import { useAnnotations } from '../annotations/annotations-context'
import { allAnchored, paintedSpans } from '../annotations/painted-spans'
import { readReadingState } from '../db/reading-store'
import { cacheFirstScreen } from './first-screen-cache'

/** Keeps the cache for the open document (the one the next start opens on); rendered inside its annotations. */
export function KeepFirstScreenCache(): null {
  const { document, annotations, anchors } = useAnnotations()
  // null once read and absent: a position the user's data no longer has is forgotten.
  const reading = useLiveQuery(async () => (await readReadingState(document.id)) ?? null, [document.id])
  useEffect(() => {
    if (annotations && allAnchored(annotations, anchors))
      cacheFirstScreen(document.id, document, { spans: paintedSpans(annotations, anchors) })
  }, [document, annotations, anchors])
  useEffect(() => {
    if (reading !== undefined) cacheFirstScreen(document.id, document, { reading })
  }, [document, reading])
  return null
}
