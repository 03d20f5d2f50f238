// The small toolbar over a selection in the reader: highlight in one of the colours, or highlight
// and write a note. Keyboard: Ctrl+Shift+H highlights, Ctrl+Shift+N highlights and opens the note.

import { useEffect, useState, type RefObject } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { useAnnotations } from './annotations-context'
import { useNotice } from '../layout/notice'

interface Position {
  top: number
  left: number
}

/** Where to put the toolbar: above the selection, in the coordinates of the scrolling surface. */
function toolbarPosition(surface: HTMLElement): Position | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const rect = selection.getRangeAt(0).getBoundingClientRect()
  const box = surface.getBoundingClientRect()
  return { top: rect.top - box.top - 44, left: Math.max(0, rect.left - box.left + rect.width / 2 - 150) }
}

export function SelectionToolbar({ surfaceRef }: { surfaceRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation()
  const { selection, highlightSelection, setActiveId, lastColor } = useAnnotations()
  const { showPanelTab } = useNavigation()
  const notice = useNotice()
  const [position, setPosition] = useState<Position | null>(null)
  // While the mouse button is down the user is still selecting: the toolbar waits, so that it never
  // appears under the pointer in the middle of a drag.
  const [pointerDown, setPointerDown] = useState(false)

  useEffect(() => {
    const down = (event: PointerEvent) => {
      const target = event.target as Element | null
      if (!target?.closest('.selection-toolbar')) setPointerDown(true)
    }
    const up = () => setPointerDown(false)
    window.addEventListener('pointerdown', down, true)
    window.addEventListener('pointerup', up, true)
    return () => {
      window.removeEventListener('pointerdown', down, true)
      window.removeEventListener('pointerup', up, true)
    }
  }, [])

  useEffect(() => {
    const surface = surfaceRef.current
    setPosition(selection && surface && !pointerDown ? toolbarPosition(surface) : null)
  }, [selection, surfaceRef, pointerDown])

  const create = async (color: HighlightColor, withNote: boolean) => {
    try {
      const annotation = await highlightSelection(color)
      if (annotation && withNote) {
        setActiveId(annotation.id)
        showPanelTab('notes')
      }
    } catch (error) {
      notice.fail(error)
    }
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey) return
      const key = event.key.toLowerCase()
      if (key !== 'h' && key !== 'n') return
      if (!selection) return
      event.preventDefault()
      void create(lastColor, key === 'n')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  if (!selection || !position) return null
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotations.toolbar')}
      style={{ top: position.top, left: position.left }}
      // Keep the selection alive while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={t('annotations.highlightIn', { color: t(`annotations.colors.${color}`) })}
          title={t('annotations.highlightIn', { color: t(`annotations.colors.${color}`) })}
          onClick={() => void create(color, false)}
        />
      ))}
      <button type="button" className="toolbar-note" onClick={() => void create(lastColor, true)}>
        {t('annotations.addNote')}
      </button>
    </div>
  )
}
