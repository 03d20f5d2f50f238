// The open document's annotations as shared state: the list, their anchors, the one being edited,
// the reader's current selection, and the actions (create, delete with undo, re-attach).

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
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
  /** Deletes, keeping the annotation for {@link undoDelete}. */
  remove(id: string): Promise<void>
  /** The last deleted annotation, while it can be restored. */
  lastDeleted: Annotation | null
  undoDelete(): Promise<void>
  dismissUndo(): void
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
  const [lastDeleted, setLastDeleted] = useState<Annotation | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  const selectionRef = useRef(selection)
  selectionRef.current = selection

  const highlightSelection = useCallback(
    async (color: HighlightColor) => {
      const current = selectionRef.current
      if (!current) return null
      const annotation = await createAnnotation({ documentId: document.id, target: describeRange(document, current.start, current.end), color })
      setLastColor(color)
      setSelection(null)
      window.getSelection()?.removeAllRanges()
      return annotation
    },
    [document]
  )

  const restore = useCallback(
    async (annotation: Annotation) => {
      try {
        await restoreAnnotation(annotation)
        setLastDeleted(null)
        notice.show(t('annotations.restored'))
      } catch (error) {
        notice.show(error instanceof Error ? error.message : String(error), 'error')
      }
    },
    [notice, t]
  )

  const remove = useCallback(
    async (id: string) => {
      const deleted = await deleteAnnotation(id)
      setActiveId((active) => (active === id ? null : active))
      if (!deleted) return
      setLastDeleted(deleted)
      notice.show(t('annotations.deleted'), 'info', { label: t('annotations.undo'), run: () => void restore(deleted) })
    },
    [notice, restore, t]
  )

  const undoDelete = useCallback(async () => {
    if (lastDeleted) await restore(lastDeleted)
  }, [lastDeleted, restore])

  // Ctrl+Z undoes the last deletion, unless the user is typing (then the field's own undo applies).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z' || !lastDeleted) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      void undoDelete()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [lastDeleted, undoDelete])

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
      lastDeleted,
      undoDelete,
      dismissUndo: () => {
        setLastDeleted(null)
        notice.dismiss()
      },
      reattach,
      lastColor
    }),
    [document, annotations, anchors, activeId, selection, highlightSelection, remove, lastDeleted, undoDelete, reattach, lastColor, notice]
  )
  return <AnnotationsContext.Provider value={value}>{children}</AnnotationsContext.Provider>
}

/** The open document's annotation state; only valid under {@link AnnotationsProvider}. */
export function useAnnotations(): AnnotationsState {
  const state = useContext(AnnotationsContext)
  if (!state) throw new Error('useAnnotations outside AnnotationsProvider')
  return state
}
