// The open document's annotations as shared state: the list, their anchors, the one being edited,
// the reader's current selection, and the actions (create, delete with undo, re-attach).

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { describeRange } from '../../../shared/anchoring/describe'
import type { Anchor } from '../../../shared/anchoring/types'
import type { ArticleDocument } from '../../../shared/archive/document'
import type { Annotation, HighlightColor } from '../db/annotation'
import { createAnnotation, deleteAnnotation, restoreAnnotation, updateAnnotation } from '../db/annotations-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { useDocumentAnnotations } from './use-document-annotations'

export interface TextSelection {
  start: number
  end: number
}

export interface AnnotationsState {
  document: ArticleDocument
  annotations: Annotation[] | undefined
  anchors: Map<string, Anchor | null>
  /** The annotation open in the notes panel (being viewed or edited). */
  activeId: string | null
  setActiveId(id: string | null): void
  /** The reader's current non-empty selection, in document-text offsets. */
  selection: TextSelection | null
  setSelection(selection: TextSelection | null): void
  /** Highlights the current selection; resolves to the new annotation. */
  highlightSelection(color: HighlightColor): Promise<Annotation | null>
  /** Deletes, offering to undo it (the notice's "Annuler", Ctrl+Z: layout/notice.tsx). */
  remove(id: string): Promise<void>
  /** Moves an orphan (or any annotation) to the current selection. */
  reattach(id: string): Promise<void>
  /** Last colour used, the default of the keyboard shortcut. */
  lastColor: HighlightColor
}

const AnnotationsContext = createContext<AnnotationsState | null>(null)

export function AnnotationsProvider({ document, children }: { document: ArticleDocument; children: ReactNode }) {
  const { t } = useTranslation()
  const notice = useNotice()
  const { annotations, anchors } = useDocumentAnnotations(document)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [selection, setSelection] = useState<TextSelection | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  const selectionRef = useRef(selection)
  selectionRef.current = selection

  const highlightSelection = useCallback(
    async (color: HighlightColor) => {
      const current = selectionRef.current
      if (!current) return null
      // The toolbar and the selection go at once, not when the write is done: a slow disk must neither
      // leave the toolbar under the next click nor wipe a selection the user has made meanwhile.
      setSelection(null)
      window.getSelection()?.removeAllRanges()
      const annotation = await createAnnotation({
        documentId: document.id,
        target: describeRange(document, current.start, current.end),
        color
      })
      setLastColor(color)
      return annotation
    },
    [document]
  )

  const remove = useCallback(
    async (id: string) => {
      const deleted = await deleteAnnotation(id)
      setActiveId((active) => (active === id ? null : active))
      if (deleted)
        notice.offerUndo({
          message: t('annotations.deleted'),
          undo: () => restoreAnnotation(deleted),
          undone: t('annotations.restored')
        })
    },
    [notice, t]
  )

  const reattach = useCallback(
    async (id: string) => {
      const current = selectionRef.current
      if (!current) return
      await updateAnnotation(id, { target: describeRange(document, current.start, current.end) })
      setSelection(null)
      window.getSelection()?.removeAllRanges()
    },
    [document]
  )

  const value = useMemo<AnnotationsState>(
    () => ({
      document,
      annotations,
      anchors,
      activeId,
      setActiveId,
      selection,
      setSelection,
      highlightSelection,
      remove,
      reattach,
      lastColor
    }),
    [document, annotations, anchors, activeId, selection, highlightSelection, remove, reattach, lastColor]
  )
  return <AnnotationsContext.Provider value={value}>{children}</AnnotationsContext.Provider>
}

/** The open document's annotation state; only valid under {@link AnnotationsProvider}. */
export function useAnnotations(): AnnotationsState {
  const state = useContext(AnnotationsContext)
  if (!state) throw new Error('useAnnotations outside AnnotationsProvider')
  return state
}
