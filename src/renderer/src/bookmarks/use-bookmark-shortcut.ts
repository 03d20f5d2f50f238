// The bookmark shortcut. Ctrl+D (⌘D on macOS) bookmarks the card that has focus — a reference or
// link card — or else the position in view; Ctrl+Shift+D bookmarks the open document.

import { useEffect, useRef } from 'react'

export interface BookmarkShortcutActions {
  position(): void
  document(): void
}

/** True in text fields, where Ctrl+D belongs to editing (forward delete on macOS). */
function isEditable(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  return (
    element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(element.type))
  )
}

/** Whether the key event is the bookmark shortcut (Ctrl or ⌘ + D, no Alt). */
export function isBookmarkShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'd'
}

/** Listens for the shortcut on the whole window while mounted. */
export function useBookmarkShortcut(actions: BookmarkShortcutActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isBookmarkShortcut(event) || event.repeat) return
      const active = document.activeElement
      if (isEditable(active)) return
      event.preventDefault()
      if (event.shiftKey) return latest.current.document()
      const toggle = active?.closest('[data-bookmark-card]')?.querySelector('[data-bookmark-toggle]')
      if (toggle instanceof HTMLButtonElement) return toggle.click()
      latest.current.position()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
