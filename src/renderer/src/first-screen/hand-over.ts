// From main's first screen to the app. The boot step paints the user's highlights on the first screen and
// builds the app's start-up value from what it read (startup/startup.ts); the app renders out of sight
// (styles/first-screen.css) and takes over in one frame: same layout, same scroll position, highlights painted.

import type { Startup } from '../startup/startup'
import { carryOver, leftOn } from './carry-over'
import { firstScreen, openingScreen } from './first-frame'
import type { OpeningRead } from './paint-first-screen'
import { embeddedArchive, embeddedOpening } from './embedded-archive'

/**
 * Removes the first screen, which shows the app underneath; the app's reader pane gets the first screen's
 * scroll position, and what the user began there (a selection, a click: carry-over.ts). Returns the document
 * whose position was taken over, if any.
 */
function removeFirstScreen(): string | null {
  const screen = firstScreen()
  if (!screen) return null
  const from = screen.querySelector<HTMLElement>('.reader-pane')
  const to = document.querySelector<HTMLElement>('#root .reader-pane')
  const documentId = screen.querySelector<HTMLElement>('.reader[data-document-id]')?.dataset.documentId ?? null
  const reader = documentId
    ? to?.querySelector<HTMLElement>(`.reader[data-document-id="${CSS.escape(documentId)}"]`)
    : null
  // A selection or a click the user made on the first screen, read before it goes.
  const opening = openingScreen()
  const left = opening ? leftOn(opening, screen) : null
  let scrolled: string | null = null
  if (from && to && reader) {
    to.scrollTop = from.scrollTop
    scrolled = documentId
  }
  screen.remove()
  if (opening && left && to && reader) carryOver(left, opening.entry.document, reader, to)
  return scrolled
}

/** The app's start-up value: what main embedded in the page and what the boot step read (`read`, if anything). */
export function startupFrom(read: OpeningRead | null): Startup {
  let handed = false
  let scrolledDocument: string | null = null
  let settle: () => void = () => undefined
  const handedOver = new Promise<void>((resolve) => (settle = resolve))
  return {
    handedOver,
    archive: embeddedArchive(),
    opening: embeddedOpening(),
    settings: read?.settings ?? null,
    databaseCurrent: read !== null,
    openingAnnotations: (documentId) =>
      !handed && read?.documentId === documentId ? { annotations: read.annotations, anchors: read.anchors } : null,
    handOver() {
      if (handed) return
      handed = true
      scrolledDocument = removeFirstScreen()
      performance.mark('folio:handed-over')
      settle()
    },
    tookOverScroll(documentId) {
      if (scrolledDocument !== documentId) return false
      scrolledDocument = null
      return true
    }
  }
}
