// The small toolbar over a selection in the reader: highlight in one of the colours, highlight and write a note,
// or copy the passage's folio:// link without annotating it. Keyboard: Ctrl+Shift+H highlights, Ctrl+Shift+N
// highlights and opens the note.

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { describeRange } from '../../../shared/anchoring/describe'
import { useOpenArchive } from '../archive/open-archive-context'
import { copyText } from '../citations/copy-text'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { passageLinkClipboard } from '../links/copy-passage-link'
import { passageLinkOfTarget } from '../links/passage-link-of'
import { useAnnotations } from './annotations-context'
import { useNotice } from '../layout/notice'

interface Position {
  top: number
  /** The middle of the selection, which the toolbar is centred on. */
  center: number
  /** The surface's width: the toolbar stays inside it. */
  room: number
}

/** The toolbar's width before it is measured. */
const TOOLBAR_WIDTH = 300

/**
 * Where to put the toolbar: above the selection of `doc` (the app's, or a saved page's frame, whose coordinates
 * start at the frame's corner), in the coordinates of the scrolling surface.
 */
function toolbarPosition(surface: HTMLElement, doc: Document): Position | null {
  const selection = doc.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const rect = selection.getRangeAt(0).getBoundingClientRect()
  const frame =
    doc === surface.ownerDocument
      ? null
      : [...surface.querySelectorAll('iframe')].find((candidate) => candidate.contentDocument === doc)
  const origin = frame ? frame.getBoundingClientRect() : { top: 0, left: 0 }
  const box = surface.getBoundingClientRect()
  return {
    top: origin.top + rect.top - box.top - 44,
    center: origin.left + rect.left - box.left + rect.width / 2,
    room: surface.clientWidth
  }
}

/**
 * `surfaceRef`: the element the toolbar is placed in; `textRef`: the element holding the text, when it is in another
 * document than the surface (a saved page's frame), whose selection and keys the toolbar then follows.
 */
export function SelectionToolbar({
  surfaceRef,
  textRef
}: {
  surfaceRef: RefObject<HTMLElement | null>
  textRef?: RefObject<HTMLElement | null>
}) {
  const { t } = useTranslation()
  const { document, selection, highlightSelection, setActiveId, lastColor } = useAnnotations()
  const archive = useOpenArchive()
  const { showPanelTab } = useNavigation()
  const notice = useNotice()
  const [position, setPosition] = useState<Position | null>(null)
  // Measured once shown (its buttons' words differ by language), so that it is centred and never cut at the edge.
  const bar = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(TOOLBAR_WIDTH)
  const shown = position !== null
  useLayoutEffect(() => {
    if (shown && bar.current) setWidth(Math.ceil(bar.current.getBoundingClientRect().width))
  }, [shown])
  // While the mouse button is down the user is still selecting: the toolbar waits, so that it never
  // appears under the pointer in the middle of a drag.
  const [pointerDown, setPointerDown] = useState(false)

  // The document whose selection is followed: a saved page's frame gets its own pointer events.
  const textDocument = textRef?.current?.ownerDocument ?? null
  useEffect(() => {
    const down = (event: Event) => {
      const target = event.target as Element | null
      if (!target?.closest?.('.selection-toolbar')) setPointerDown(true)
    }
    const up = () => setPointerDown(false)
    const targets: EventTarget[] = textDocument && textDocument !== window.document ? [window, textDocument] : [window]
    for (const target of targets) {
      target.addEventListener('pointerdown', down, true)
      target.addEventListener('pointerup', up, true)
    }
    return () => {
      for (const target of targets) {
        target.removeEventListener('pointerdown', down, true)
        target.removeEventListener('pointerup', up, true)
      }
    }
  }, [textDocument])

  useEffect(() => {
    const surface = surfaceRef.current
    setPosition(selection && surface && !pointerDown ? toolbarPosition(surface, textDocument ?? window.document) : null)
  }, [selection, surfaceRef, textDocument, pointerDown])

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

  // The selection stays: the user may highlight the passage after copying its link.
  const copyLink = async () => {
    if (!archive || !selection) return
    try {
      const link = passageLinkOfTarget(archive.id, document.id, describeRange(document, selection.start, selection.end))
      const { text, html } = passageLinkClipboard(link, document.title)
      await copyText(text, html)
      notice.show(t('passageLink.copied'))
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
    // Keys typed in a saved page's frame reach its document, not the app's window.
    const targets = textDocument && textDocument !== window.document ? [window, textDocument] : [window]
    for (const target of targets) target.addEventListener('keydown', onKey as EventListener)
    return () => {
      for (const target of targets) target.removeEventListener('keydown', onKey as EventListener)
    }
  })

  if (!selection || !position) return null
  const left = Math.max(0, Math.min(position.center - width / 2, position.room - width))
  return (
    <div
      ref={bar}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotations.toolbar')}
      style={{ top: position.top, left }}
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
      {archive ? (
        <button
          type="button"
          className="toolbar-link"
          title={t('passageLink.copyHint')}
          onClick={() => void copyLink()}
        >
          {t('passageLink.copy')}
        </button>
      ) : null}
    </div>
  )
}
