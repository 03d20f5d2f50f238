// What the app starts from: one value, built by the boot step (first-screen/boot.ts) from what main put in
// the page and what it read of the user's data before the app loaded, served to the app by one context.
// Features read it through the hooks below; none of them knows how the first screen works.

import { createContext, startTransition, useContext, useEffect, useLayoutEffect, useState } from 'react'
import type { Anchor } from '../../../shared/anchoring/types'
import type { ArchiveDocumentEntry, ArchiveOpenResult } from '../../../shared/archive/archive-types'
import type { Settings } from '../../../shared/settings/settings'
import type { Annotation } from '../db/annotation'

/** The opening document's annotations, read and anchored before the app loaded. */
export interface OpeningAnnotations {
  annotations: Annotation[]
  anchors: Map<string, Anchor | null>
}

export interface Startup {
  /** The archive's info main put in the page; null when it did not (then the app asks main). */
  readonly archive: ArchiveOpenResult | null
  /** The document main's first screen shows, which the app opens first; null when there is none. */
  readonly opening: ArchiveDocumentEntry | null
  /** The user's settings as read before the app loaded; null when the database could not be read yet. */
  readonly settings: Settings | null
  /** The database on disk is at the current schema: no migration (and no safety backup) is due. */
  readonly databaseCurrent: boolean
  /** The opening document's annotations and anchors, until the app has taken over; null for any other document. */
  openingAnnotations(documentId: string): OpeningAnnotations | null
  /** Gives way to the app: the first screen goes, the app's reader keeps its scroll position. Idempotent. */
  handOver(): void
  /** True once, for the document whose scroll position came from the first screen. */
  tookOverScroll(documentId: string): boolean
  /** Settles once the app has taken over (at once when there was no first screen). */
  readonly handedOver: Promise<void>
}

/** Starting with nothing read ahead (no first screen: the dev server, tests). */
export const BARE_STARTUP: Startup = {
  archive: null,
  opening: null,
  settings: null,
  databaseCurrent: false,
  openingAnnotations: () => null,
  handOver: () => undefined,
  tookOverScroll: () => false,
  handedOver: Promise.resolve()
}

export const StartupContext = createContext<Startup>(BARE_STARTUP)

/** What the app starts from. */
export const useStartup = (): Startup => useContext(StartupContext)

/** Takes over from the first screen in the first layout where `ready` holds (at once by default). */
export function useHandOver(ready = true): void {
  const { handOver } = useStartup()
  useLayoutEffect(() => {
    if (ready) handOver()
  }, [ready, handOver])
}

/**
 * False until the app has taken over and painted its first frame, then true (rendered as a transition, which
 * a click or a key interrupts): what the first click does not need (the library, the side panel) waits for it.
 */
export function useAfterHandOver(): boolean {
  const { handedOver } = useStartup()
  const [after, setAfter] = useState(false)
  useEffect(() => {
    let live = true
    void handedOver.then(() =>
      requestAnimationFrame(() => {
        if (live) startTransition(() => setAfter(true))
      })
    )
    return () => {
      live = false
    }
  }, [handedOver])
  return after
}
