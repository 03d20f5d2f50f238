// Main's events reaching the page (the contract's FolioEvents, through the preload's `window.folio.on`): the
// application menu's actions, and passage links handed over by the system. A keyed action is pressed as its key
// (menu-keys.ts); the others run what the part of the app that owns them registered with useMenuAction.

import { useEffect, useRef } from 'react'
import type { MenuAction } from '../../../shared/desktop/menu-actions'
import { keyOfMenuAction } from './menu-keys'

const handlers = new Map<MenuAction, () => void>()

/** Runs `handler` when the menu sends `action`, while the caller is mounted (the latest one mounted wins). */
export function useMenuAction(action: MenuAction, handler: () => void): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    const run = () => latest.current()
    handlers.set(action, run)
    return () => {
      if (handlers.get(action) === run) handlers.delete(action)
    }
  }, [action])
}

const isMac = () => /Mac/.test(navigator.platform)

/** Runs menu action `action`; false when nothing in the app can run it now. */
export function runMenuAction(action: MenuAction): boolean {
  const handler = handlers.get(action)
  if (handler) {
    handler()
    return true
  }
  const key = keyOfMenuAction(action, isMac())
  if (!key) return false
  // Sent where a key typed by the user would go: the focused element, else the page.
  ;(document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', key))
  return true
}

export interface MainEventHandlers {
  /** A menu action nothing could run. */
  unhandled(action: MenuAction): void
  /** A folio:// link the system handed to Folio. */
  openPassageLink(url: string): void
}

/** Listens to main's events while mounted; without the preload (a page alone), there are none. */
export function useMainEvents(on: MainEventHandlers): void {
  const latest = useRef(on)
  useEffect(() => {
    latest.current = on
  })
  useEffect(() => {
    const events = typeof window !== 'undefined' ? window.folio : undefined
    if (!events || typeof events.on !== 'function') return
    const stops = [
      events.on('menuAction', (action) => {
        if (!runMenuAction(action)) latest.current.unhandled(action)
      }),
      events.on('openPassageLink', (url) => latest.current.openPassageLink(url))
    ]
    return () => {
      for (const stop of stops) stop()
    }
  }, [])
}
