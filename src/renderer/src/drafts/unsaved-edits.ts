// The editors that hold text not saved yet: while there is one, leaving the page (reload, closing the
// window) asks first — the browser's beforeunload prompt; in Electron, main's will-prevent-unload dialog.

/** Each open editor with unsaved text, with what writes its draft at once. */
const unsaved = new Map<symbol, () => void>()
let listening = false

function flushAll(): void {
  for (const flush of unsaved.values()) flush()
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (unsaved.size === 0) return
  // The last keystrokes may still be waiting for the debounce: start their write before anything else.
  flushAll()
  event.preventDefault()
  // Chromium (and so Electron) asks only when returnValue is set; its own words are shown, not ours.
  event.returnValue = ''
}

function listen(): void {
  if (listening) return
  listening = true
  window.addEventListener('beforeunload', onBeforeUnload)
  // A page hidden may be discarded without an unload: keep what was typed.
  window.addEventListener('pagehide', flushAll)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushAll())
}

/** Marks an editor as holding unsaved text; `flush` writes its draft now. Returns what marks it saved again. */
export function markUnsaved(flush: () => void): () => void {
  listen()
  const token = Symbol('unsaved edit')
  unsaved.set(token, flush)
  return () => unsaved.delete(token)
}

/** Whether some editor holds text not saved yet. */
export const hasUnsavedEdits = (): boolean => unsaved.size > 0
