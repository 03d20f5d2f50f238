// Connects the reader's DOM to the annotations: paints anchored highlights, tracks the user's
// selection in document-text offsets, and opens the annotation under a click.

import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import { useNavigation } from '../layout/navigation'
import { useAnnotations } from './annotations-context'
import { clearHighlights, markSelected, paintHighlights } from './dom/highlight-painter'
import { paintedSpans } from './painted-spans'
import { blockOffsets } from '../../../shared/archive/document'
import { offsetAtPoint, rangeToOffsets } from './dom/text-position'

/**
 * `rootRef`: the element holding the text's blocks (`data-block-id`); `shown`: changes when the blocks in the DOM do
 * (a PDF's pages drawn as the user scrolls), to paint the highlights of those that just came.
 */
export function HighlightLayer({ rootRef, shown }: { rootRef: RefObject<HTMLElement | null>; shown?: unknown }) {
  const { document, annotations, anchors, activeId, setActiveId, setSelection } = useAnnotations()
  const { showPanelTab } = useNavigation()
  const starts = useMemo(() => blockOffsets(document), [document])
  const ranges = useRef(new Map<string, Range>())

  // Paint every anchored annotation; orphans have no anchor and are listed in the notes panel.
  // Before the browser paints: when the app takes over from the first screen, its highlights are there.
  useLayoutEffect(() => {
    const root = rootRef.current
    if (!root || !annotations) return
    const spans = paintedSpans(annotations, anchors)
    ranges.current = paintHighlights(spans, root, document)
  }, [annotations, anchors, document, rootRef, shown])

  useEffect(
    () => markSelected(activeId ? (ranges.current.get(activeId) ?? null) : null, rootRef.current?.ownerDocument),
    [activeId, anchors, rootRef, shown]
  )
  useEffect(() => clearHighlights, [])

  // Track the selection inside the reader, in document offsets (in the document that holds it: a saved page's
  // frame has its own selection).
  useEffect(() => {
    const doc = rootRef.current?.ownerDocument
    if (!doc) return
    const onSelectionChange = () => {
      const root = rootRef.current
      const selection = doc.getSelection()
      if (!root || !selection || selection.rangeCount === 0) return
      const range = selection.getRangeAt(0)
      if (!root.contains(range.commonAncestorContainer)) return
      setSelection(range.collapsed ? null : rangeToOffsets(range, root, starts))
    }
    doc.addEventListener('selectionchange', onSelectionChange)
    return () => doc.removeEventListener('selectionchange', onSelectionChange)
  }, [rootRef, setSelection, starts, shown])

  // A click (not a drag) on highlighted text opens the innermost annotation there.
  useEffect(() => {
    const root = rootRef.current
    if (!root || !annotations) return
    const onClick = (event: MouseEvent) => {
      if (!root.ownerDocument.getSelection()?.isCollapsed) return
      const offset = offsetAtPoint(event.clientX, event.clientY, root, starts)
      if (offset === null) return
      const hits = annotations
        .map((annotation) => ({ annotation, anchor: anchors.get(annotation.id) }))
        .filter(({ anchor }) => anchor && anchor.start <= offset && offset < anchor.end)
        .sort((a, b) => a.anchor!.end - a.anchor!.start - (b.anchor!.end - b.anchor!.start))
      const hit = hits[0]
      if (!hit) return
      setActiveId(hit.annotation.id)
      showPanelTab('notes')
    }
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  }, [annotations, anchors, rootRef, setActiveId, showPanelTab, starts, shown])

  return null
}
