// Main's services, wired once from plain dependencies: the archive (opened at once, in the background), the
// IPC router over the handlers, and what the app's protocol answers (with the first screen). Electron's entry
// (index.ts) binds them to Electron; the E2E harness binds the very same objects into Chromium.

import { join } from 'node:path'
import type { PaintedTheme } from '../shared/settings/settings'
import type { ArchiveOpeners } from './archive/archive-access'
import { ArchiveRegistry } from './archive/archive-registry'
import { archiveShelf } from './archive/archive-shelf'
import { openArchiveSearch } from './archive/open-archive-search'
import { openCatalogue } from './archive/open-catalogue'
import { shippedArchiveOf } from './archive/shipped-archive'
import { createFirstScreen } from './first-screen/first-screen'
import { CopyStore } from './copies/copy-store'
import { createHandlers, type HandlerDeps } from './ipc/handlers'
import { createIpcRouter, type IpcRouter } from './ipc/ipc-router'
import type { DocumentParser } from './library/document-parser'
import { UserLibrary } from './library/user-library'
import { createAppServer, type AppResponse } from './protocol/app-server'
import type { TokenProtection } from './sync/connection-file'
import { createSyncEngine, type SyncEngineOptions } from './sync/sync-engine'
import { createGroupSync, type GroupSync } from './sync/groups/group-sync'
import type { SyncService } from './sync/sync-service'

export interface ServiceDeps extends Omit<
  HandlerDeps,
  'archives' | 'registry' | 'library' | 'copies' | 'sync' | 'groups'
> {
  /** Where the archives the user opened are remembered: `<userData>/archives.json`. */
  archivesFile: string
  /** The folder of the user's own library (under the app's user-data folder). */
  libraryDir: string
  /** The built renderer's folder. */
  rendererDir: string
  /** The origins whose pages may call over IPC. */
  appOrigins: readonly string[]
  /** The operating system's theme, for the "system" setting. */
  systemTheme(): PaintedTheme
  /** Parses the library's documents: in the app and the E2E harness, the parse workers' pool (parse-worker-pool.ts). */
  parseDocument: DocumentParser
  /** How the archive's catalogue and index are opened (default: from the files `npm run archive -- build` writes). */
  archiveOpeners?: ArchiveOpeners
  /** The sync engine's folder: `<userData>/sync` (the connection and the account's document, sync/sync-engine.ts). */
  syncDir: string
  /** How the sync token is kept at rest: the app's safeStorage when the platform has a keychain. */
  tokenProtection?: TokenProtection | null
  /** The sync's waits (tests shorten the reconnection delays); the engine's own defaults otherwise. */
  syncTimings?: Pick<SyncEngineOptions, 'retry' | 'connectTimeoutMs'>
}

/**
 * How long the first screen waits for the library document it opens on. A document still parsing then is
 * not waited for: the first screen shows the archive's first one, and the app opens the user's when it is read.
 */
export const FIRST_SCREEN_LIBRARY_WAIT_MS = 1500

/** `promise`'s value, or `fallback` if it is not there within `ms` (the promise goes on; its rejection is dropped). */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      () => {
        clearTimeout(timer)
        resolve(fallback)
      }
    )
  })
}

export interface MainServices {
  router: IpcRouter
  /** The sync engine: the app forwards its remote changes and its state to every window. */
  sync: SyncService
  /** Groups: the app forwards their changes (groups, members' annotations) to every window. */
  groups: GroupSync
  /** Answers a request of the app's protocol (a folio://app/… URL). */
  serve(requestUrl: string): Promise<AppResponse>
  /** Closes the archives' files and the sync (when the app quits). */
  close(): Promise<void>
}

export function createMainServices(deps: ServiceDeps): MainServices {
  const registry = new ArchiveRegistry(deps.archivesFile)
  const openers = deps.archiveOpeners ?? {
    openCatalogue,
    openSearch: (catalogue) => openArchiveSearch(catalogue.root)
  }
  const archives = archiveShelf(deps.archiveDir, registry, openers)
  // Opened while the window is being made: the first page needs it.
  void archives.current.open()
  // One library for the IPC handlers and the first screen: its writes run one after another.
  const library = new UserLibrary(deps.libraryDir, deps.parseDocument)
  // Its copies (PDFs, saved pages) beside it, in `<libraryDir>/copies/`: one store for the handlers and the protocol.
  // The open archive's shipped copies are taken into it before its first list (copies/shipped-copies.ts).
  const copies = new CopyStore(deps.libraryDir, { shippedArchive: () => shippedArchiveOf(archives.current) })
  // Reconnects to the saved connection at once, in the background; the page reads its state when it asks.
  const sync = createSyncEngine({ ...deps.syncTimings, dir: deps.syncDir, protection: deps.tokenProtection ?? null })
  // Follows the engine's connection: the groups of the account it connects, in `<syncDir>/groups`.
  const groups = createGroupSync({ dir: join(deps.syncDir, 'groups'), sync })
  const router = createIpcRouter(
    createHandlers({ ...deps, archives, registry, library, copies, sync, groups }),
    deps.appOrigins
  )
  const firstScreen = createFirstScreen({
    archive: archives.current,
    // A slow document never holds the first screen: it parses in a worker, and is waited for only so long.
    libraryDocument: (id) => within(library.document(id), FIRST_SCREEN_LIBRARY_WAIT_MS, null),
    settings: () => deps.settings.get(),
    systemTheme: deps.systemTheme
  })
  return {
    router,
    sync,
    groups,
    serve: createAppServer(deps.rendererDir, firstScreen, copies),
    close: async () => {
      await groups.close()
      await Promise.all([archives.close(), sync.close()])
    }
  }
}
