// From main's first screen to the app. The boot script paints the user's highlights on the first screen
// and leaves what it read here; the app renders out of sight (styles/first-screen.css), starts from that
// data, and takes over in one frame: same layout, same scroll position, highlights already painted.

import { useLayoutEffect } from 'react'
import type { Anchor } from '../../../shared/anchoring/types'
import type { Annotation } from '../db/annotation'
import { firstScreen } from './first-frame'

/** What the boot script read and anchored for the opening document. */
export interface FirstScreenState {
  documentId: string
  annotations: Annotation[]
  anchors: Map<string, Anchor | null>
}

let handed: FirstScreenState | null = null
let scrolledDocument: string | null = null

/** Called by the boot script once the first screen shows the user's highlights. */
export function leaveForApp(state: FirstScreenState): void {
  handed = state
}

/** The first screen's annotations and anchors of `documentId`, until the app has taken over. */
export function firstScreenState(documentId: string): FirstScreenState | null {
  return handed?.documentId === documentId ? handed : null
}

/**
 * Removes the first screen, which shows the app underneath; the app's reader pane gets the first screen's
 * scroll position. Idempotent: every screen the app can open with calls it (reader, error screens).
 */
export function handOver(): void {
  const screen = firstScreen()
  if (!screen) return
  const from = screen.querySelector<HTMLElement>('.reader-pane')
  const to = document.querySelector<HTMLElement>('#root .reader-pane')
  const documentId = screen.querySelector<HTMLElement>('.reader[data-document-id]')?.dataset.documentId ?? null
  if (from && to && documentId && to.querySelector(`.reader[data-document-id="${CSS.escape(documentId)}"]`)) {
    to.scrollTop = from.scrollTop
    scrolledDocument = documentId
  }
  screen.remove()
  handed = null
}

/** True once, for the document whose scroll position came from the first screen. */
export function tookOverScroll(documentId: string): boolean {
  if (scrolledDocument !== documentId) return false
  scrolledDocument = null
  return true
}

/** Takes over from the first screen in the first layout where `ready` holds (at once by default). */
export function HandOver({ ready = true }: { ready?: boolean }): null {
  useLayoutEffect(() => {
    if (ready) handOver()
  }, [ready])
  return null
}
