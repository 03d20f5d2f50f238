// The page-side type of what the preload exposes.
import type { FolioApi } from '../shared/ipc/contract'

declare global {
  interface Window {
    folio: FolioApi
  }
}

export {}
