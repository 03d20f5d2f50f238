// One Folio at a time: a second launch hands its arguments (files to add, folio:// links) to the first,
// whose window comes to the front, and quits. macOS sends the same requests as `open-url` and `open-file`
// events instead; they go the same way. Also the system's side: Folio as the handler of folio:// links,
// and the files added in the system's recent documents.

import { resolve } from 'node:path'
import { LINK_SCHEME, parseLaunchArgs, type FileInfo, type LaunchRequest } from './launch-args'

/** The parts of Electron's `app` the hand-over uses. */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean
  quit(): void
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown
}

/** The parts of the window brought to the front. */
export interface FocusableWindow {
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
}

export interface HandOverOptions {
  /** True in development (`electron .`): argv[1] is the app's path, not the user's. */
  defaultApp: boolean
  /** The app's window, if there is one yet. */
  window(): FocusableWindow | null
  /** What a later launch (or macOS) asks for, parsed and checked. */
  onRequest(request: LaunchRequest): void
  /** The file system's stat, for tests. */
  stat?: (path: string) => Promise<FileInfo>
}

/** Brings `window` to the front, out of the dock or the task bar if it was minimised. */
export function bringToFront(window: FocusableWindow | null): void {
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/**
 * Takes the single-instance lock. Without it (another Folio runs, and now has this launch's arguments), quits
 * and returns false: the caller must then make no window. With it, listens for later launches and macOS's requests.
 */
export function claimSingleInstance(app: InstanceApp, options: HandOverOptions): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  const hand = (argv: readonly string[], cwd: string, defaultApp: boolean) => {
    bringToFront(options.window())
    void parseLaunchArgs(argv, { cwd, defaultApp, stat: options.stat }).then(options.onRequest, (error: unknown) =>
      console.warn('Arguments du lancement illisibles', error)
    )
  }
  app.on('second-instance', (_event, argv, workingDirectory) => hand(argv, workingDirectory, options.defaultApp))
  // macOS: one link or one file each time, no program name before it (a placeholder stands for it).
  app.on('open-url', (event, url) => {
    event.preventDefault()
    hand(['folio', url], process.cwd(), false)
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    hand(['folio', path], process.cwd(), false)
  })
  return true
}

/** The parts of `app` that talk to the system's lists. */
export interface SystemApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean
  addRecentDocument(path: string): void
}

/**
 * Makes Folio the system's handler of folio:// links. In development Electron is the program and the app's
 * path its first argument: the system must launch both (else Windows would start bare Electron).
 */
export function registerLinkScheme(
  app: SystemApp,
  launch: { defaultApp: boolean; execPath: string; argv: readonly string[] }
): boolean {
  const appPath = launch.argv[1]
  if (launch.defaultApp && appPath)
    return app.setAsDefaultProtocolClient(LINK_SCHEME, launch.execPath, [resolve(appPath)])
  return app.setAsDefaultProtocolClient(LINK_SCHEME)
}

/** Puts the files added into the system's recent documents (the dock's and the task bar's jump list). */
export function rememberRecentDocuments(app: SystemApp, paths: readonly string[]): void {
  for (const path of paths) app.addRecentDocument(path)
}
