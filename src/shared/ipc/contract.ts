// The one IPC contract between the renderer and the main process: channel names and the typed API
// the preload exposes as `window.folio`. Main validates every argument (src/main/ipc/arg-schemas.ts).

import type { ArchiveLoadResult } from '../archive/archive-types'

export type OpenExternalResult =
  | { ok: true }
  | { ok: false; reason: 'invalid-url' | 'declined' | 'failed'; message: string }

/** The API the renderer sees. Named functions only: no raw IPC, no events, no Node. */
export interface FolioApi {
  loadArchive(): Promise<ArchiveLoadResult>
  openExternal(url: string): Promise<OpenExternalResult>
}

export type FolioMethod = keyof FolioApi

/** Channel of each API method. */
export const ipcChannels = {
  loadArchive: 'archive:load',
  openExternal: 'links:open-external'
} as const satisfies Record<FolioMethod, string>

export type IpcChannel = (typeof ipcChannels)[FolioMethod]

/** Sends one call over a transport (Electron's `ipcRenderer.invoke`, or a test binding). */
export type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>

/** Builds the API object from a transport; the preload exposes exactly this object. */
export function createFolioApi(invoke: Invoke): FolioApi {
  const api = {} as Record<FolioMethod, (...args: unknown[]) => Promise<unknown>>
  for (const method of Object.keys(ipcChannels) as FolioMethod[]) {
    const channel = ipcChannels[method]
    api[method] = (...args: unknown[]) => invoke(channel, ...args)
  }
  return api as unknown as FolioApi
}
