// From annotations and their anchors to what gets painted: shared by the app's highlight layer and the
// first screen's boot script, so both paint the same spans from the same data.

import type { Anchor } from '../../../shared/anchoring/types'
import type { Annotation } from '../db/annotation'
import type { PaintedSpan } from './dom/highlight-painter'

/** Each annotation's anchor by id, from `anchorAll`'s results in the same order (null: an orphan). */
export function anchorsById(
  annotations: readonly Annotation[],
  results: readonly (Anchor | null)[]
): Map<string, Anchor | null> {
  return new Map(annotations.map((annotation, index) => [annotation.id, results[index] ?? null]))
}

/** The spans to paint: every anchored annotation (orphans have no anchor and are listed in the notes panel). */
export function paintedSpans(
  annotations: readonly Annotation[],
  anchors: ReadonlyMap<string, Anchor | null>
): PaintedSpan[] {
  return annotations.flatMap((annotation) => {
    const anchor = anchors.get(annotation.id)
    return anchor ? [{ id: annotation.id, color: annotation.color, start: anchor.start, end: anchor.end }] : []
  })
}

/** True once every annotation has been anchored (or found to be an orphan). */
export const allAnchored = (annotations: readonly Annotation[], anchors: ReadonlyMap<string, Anchor | null>): boolean =>
  annotations.every((annotation) => anchors.has(annotation.id))
