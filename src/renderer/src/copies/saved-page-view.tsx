// A saved web page in the reader: the copy main made safe, in a frame that runs no script, under a bar saying how
// many remote resources main took out. The page's web links (data-folio-href) open through the confirmed opener.

import type { TFunction } from 'i18next'
import { useCallback, useEffect, useRef, useState } from 'react'
import { BLOCKED_HEADER, copyPath } from '../../../shared/copies/copy-url'
import { useTranslation } from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'

/** What main said of the page: a count of blocked resources, nothing (yet, or no header), or a failed answer. */
export type BlockedState = { kind: 'counted'; blocked: number | null } | { kind: 'failed'; status: number }

/** The count main put in BLOCKED_HEADER, or null when there is none or it is no count. */
export function blockedOfHeader(value: string | null): number | null {
  return value !== null && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : null
}

/** The bar's words: the count main blocked (when it said one above zero), the page read offline, or the failure. */
export function savedPageBarText(t: TFunction, state: BlockedState): string {
  if (state.kind === 'failed') return t('savedPage.failed', { status: state.status })
  return state.blocked ? t('savedPage.blocked', { count: state.blocked }) : t('savedPage.none')
}

/**
 * A click (or Enter) in the frame's document on a link main kept as data-folio-href: the frame does not move,
 * `open` gets the address. True when it was such a link.
 */
export function openSavedPageLink(event: Event, open: (url: string) => void): boolean {
  if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return false
  // The frame's nodes belong to another window: no instanceof Element across it.
  const target = event.target as (Node & Partial<Pick<Element, 'closest'>>) | null
  const element = target && typeof target.closest === 'function' ? target : (target?.parentElement ?? null)
  const link = element?.closest?.('[data-folio-href]')
  const url = link?.getAttribute('data-folio-href')
  if (!url) return false
  event.preventDefault()
  open(url)
  return true
}

const DRAG_EVENTS = ['dragenter', 'dragover', 'dragleave', 'drop'] as const

/** What main answered for the copy's GET (the frame loads the same path; only the header is read here). */
function useBlocked(copyId: string): BlockedState {
  const [state, setState] = useState<BlockedState>({ kind: 'counted', blocked: null })
  useEffect(() => {
    const controller = new AbortController()
    setState({ kind: 'counted', blocked: null })
    fetch(copyPath(copyId), { signal: controller.signal }).then(
      (response) => {
        void response.body?.cancel().catch(() => undefined)
        setState(
          response.ok
            ? { kind: 'counted', blocked: blockedOfHeader(response.headers.get(BLOCKED_HEADER)) }
            : { kind: 'failed', status: response.status }
        )
      },
      (error: unknown) => {
        if (!controller.signal.aborted) console.warn('The saved page’s count was not read', error)
      }
    )
    return () => controller.abort()
  }, [copyId])
  return state
}

export interface SavedPageViewProps {
  copyId: string
  title: string
  /** The frame's document once it has loaded (the reader paints highlights in it), null when it goes. */
  onFrameDocument?: (doc: Document | null) => void
}

export function SavedPageView({ copyId, title, onFrameDocument }: SavedPageViewProps) {
  const { t } = useTranslation()
  const state = useBlocked(copyId)
  const frame = useRef<HTMLIFrameElement>(null)
  const detach = useRef<(() => void) | null>(null)
  const reported = useRef(onFrameDocument)
  reported.current = onFrameDocument

  const onLoad = useCallback(() => {
    detach.current?.()
    detach.current = null
    const doc = frame.current?.contentDocument ?? null
    if (!doc || doc.location.href === 'about:blank') return
    const listener = (event: Event) =>
      void openSavedPageLink(
        event,
        (url) =>
          void getFolioApi()
            ?.openExternal(url)
            .catch(() => undefined)
      )
    // Files dragged from outside onto the page: the frame's document hears the drag, not the window's, so it is
    // passed on to the window (library/file-drop.tsx shows its zone, and takes the drop), never dropped in the frame.
    const forwardDrag = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return
      event.preventDefault()
      event.stopPropagation()
      const { clientX, clientY } = event
      frame.current?.dispatchEvent(
        new DragEvent(event.type, {
          bubbles: true,
          cancelable: true,
          dataTransfer: event.dataTransfer,
          clientX,
          clientY
        })
      )
    }
    doc.addEventListener('click', listener)
    doc.addEventListener('keydown', listener)
    for (const type of DRAG_EVENTS) doc.addEventListener(type, forwardDrag)
    detach.current = () => {
      doc.removeEventListener('click', listener)
      doc.removeEventListener('keydown', listener)
      for (const type of DRAG_EVENTS) doc.removeEventListener(type, forwardDrag)
    }
    reported.current?.(doc)
  }, [])

  useEffect(
    () => () => {
      detach.current?.()
      detach.current = null
      reported.current?.(null)
    },
    [copyId]
  )

  return (
    <div className="saved-page">
      <p className={`saved-page-bar is-${state.kind}`} role={state.kind === 'failed' ? 'alert' : 'status'}>
        {savedPageBarText(t, state)}
      </p>
      {/* Never allow-scripts: with allow-same-origin beside it, the page could lift its own sandbox. */}
      <iframe
        ref={frame}
        key={copyId}
        className="saved-page-frame"
        sandbox="allow-same-origin"
        src={copyPath(copyId)}
        title={title}
        onLoad={onLoad}
      />
    </div>
  )
}
