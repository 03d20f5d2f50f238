// Reads a document's annotations live from IndexedDB and anchors them in its current text,
// in slices so that thousands of annotations never block the page. Orphans anchor to null.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import { anchorAllAsync } from '../../../shared/anchoring/anchor'
import { prepareDocument } from '../../../shared/anchoring/prepared-document'
import type { Anchor } from '../../../shared/anchoring/types'
import type { ArticleDocument } from '../../../shared/archive/document'
import type { Annotation } from '../db/annotation'
import { annotationsOfDocument } from '../db/annotations-store'
import { useStartup } from '../startup/startup'
import { anchorsById } from './painted-spans'

export interface DocumentAnnotations {
  /** Undefined while the first read is under way. */
  annotations: Annotation[] | undefined
  /** Anchor of each annotation by id: null for an orphan, absent while anchoring is under way. */
  anchors: Map<string, Anchor | null>
}

/** The document's annotations and where each one is in the text. */
export function useDocumentAnnotations(document: ArticleDocument): DocumentAnnotations {
  // The boot step already read and anchored them: start from there, so the app shows them at once.
  const { openingAnnotations } = useStartup()
  const [handed] = useState(() => openingAnnotations(document.id))
  const annotations = useLiveQuery(() => annotationsOfDocument(document.id), [document.id], handed?.annotations)
  const prepared = useMemo(() => prepareDocument(document), [document])
  const [anchors, setAnchors] = useState<Map<string, Anchor | null>>(() => handed?.anchors ?? new Map())

  useEffect(() => {
    if (!annotations) return
    const controller = new AbortController()
    anchorAllAsync(
      prepared,
      annotations.map((annotation) => annotation.target),
      { signal: controller.signal }
    ).then(
      (results) => setAnchors(anchorsById(annotations, results)),
      (error: unknown) => {
        if (!controller.signal.aborted) console.error('Anchoring failed', error)
      }
    )
    return () => controller.abort()
  }, [annotations, prepared])

  return { annotations, anchors }
}
