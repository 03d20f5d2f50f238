// The renderer's one door to the main process: the API the preload exposed as `window.folio`.
// Components never touch `window.folio` themselves; they use this module (or hooks built on it).

import type { FolioApi, FolioPageApi } from '../../../shared/ipc/contract'

/** The Folio API, or null when the page runs without the preload (then the app shows why). */
export function getFolioApi(): FolioApi | null {
  return typeof window !== 'undefined' && window.folio ? window.folio : null
}

/** The API with main's events (`on`), or null without the preload. */
export function getFolioPageApi(): FolioPageApi | null {
  return typeof window !== 'undefined' && window.folio && typeof window.folio.on === 'function' ? window.folio : null
}
