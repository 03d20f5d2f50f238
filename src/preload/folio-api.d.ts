// The page-side type of what the preload exposes: the calls to main and `on` for its events.
import type { FolioPageApi } from '../shared/ipc/contract'

declare global {
  interface Window {
    folio: FolioPageApi
  }
}

export {}
