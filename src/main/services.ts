// Main's services, wired once from plain dependencies: the archive (loaded at once, in the background), the
// IPC router over the handlers, and what the app's protocol answers (with the first screen). Electron's entry
// (index.ts) binds them to Electron; the E2E harness binds the very same objects into Chromium.

import type { PaintedTheme } from '../shared/settings/settings'
import { cachedArchive } from './archive/archive-cache'
import { createFirstScreen } from './first-screen/first-screen'
import { createHandlers, type HandlerDeps } from './ipc/handlers'
import { createIpcRouter, type IpcRouter } from './ipc/ipc-router'
import { UserLibrary } from './library/user-library'
import { createAppServer, type AppResponse } from './protocol/app-server'

export interface ServiceDeps extends Omit<HandlerDeps, 'archive' | 'library'> {
  /** The folder of the user's own library (under the app's user-data folder). */
  libraryDir: string
  /** The shipped archive's folder. */
  archiveDir: string
  /** The built renderer's folder. */
  rendererDir: string
  /** The origins whose pages may call over IPC. */
  appOrigins: readonly string[]
  /** The operating system's theme, for the "system" setting. */
  systemTheme(): PaintedTheme
}

export interface MainServices {
  router: IpcRouter
  /** Answers a request of the app's protocol (a folio://app/… URL). */
  serve(requestUrl: string): Promise<AppResponse>
}

export function createMainServices(deps: ServiceDeps): MainServices {
  const archive = cachedArchive(deps.archiveDir)
  // Loaded while the window is being made: the first page needs it.
  void archive()
  // One library for the IPC handlers and the first screen: its writes run one after another.
  const library = new UserLibrary(deps.libraryDir)
  const router = createIpcRouter(createHandlers({ ...deps, archive, library }), deps.appOrigins)
  const firstScreen = createFirstScreen({
    archive,
    libraryDocument: (id) => library.document(id),
    settings: () => deps.settings.get(),
    systemTheme: deps.systemTheme
  })
  return { router, serve: createAppServer(deps.rendererDir, firstScreen) }
}
