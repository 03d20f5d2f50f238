// The main process' IPC handlers, built from plain dependencies (the archive folder, the opener),
// so the E2E binds exactly these into Chromium and unit tests call them without Electron.

import { loadArchive } from '../archive/load-archive'
import { openTextFile, saveTextFile, type FileDialogs } from '../files/text-files'
import { openExternalLink, type ExternalOpener } from '../links/open-external'
import type { Handlers } from './ipc-router'

export interface HandlerDeps {
  archiveDir: string
  opener: ExternalOpener
  dialogs: FileDialogs
}

/** One handler per method of the shared contract. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    loadArchive: () => loadArchive(deps.archiveDir),
    openExternal: (url) => openExternalLink(url, deps.opener),
    saveFile: (request) => saveTextFile(request, deps.dialogs),
    openTextFile: (request) => openTextFile(request, deps.dialogs)
  }
}
