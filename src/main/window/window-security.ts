// Electron's security checklist applied to Folio's window: locked-down webPreferences, and the
// handlers that deny navigation, new windows and every permission the app does not use.

import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'
import { isAppUrl } from '../ipc/ipc-router'

/** webPreferences for the app window: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(
  preloadPath: string
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Keeps the page inside the app: navigation to another origin is prevented, every new window
 * is denied (links go through the openExternal IPC, which asks the user first).
 */
export function guardWebContents(contents: GuardedContents, appOrigins: readonly string[]): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigins)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appOrigins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * The permissions Folio's pages use: writing plain text to the clipboard ("Copier la citation"), and
 * persistent storage — `navigator.storage.persist()` asks Electron through these handlers ('persistent-storage'
 * for the request, the check for `persisted()`); denied, Chromium may evict IndexedDB, the user's notes, when
 * the disk runs low, and the header says "Stockage non garanti".
 */
const APP_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage'])

/** Whether a page at `url` gets `permission`: only Folio's own pages, and only {@link APP_PERMISSIONS}. */
export function permissionAllowed(permission: string, url: string, appOrigins: readonly string[]): boolean {
  return APP_PERMISSIONS.has(permission) && isAppUrl(url, appOrigins)
}

/**
 * Denies every permission request and check (camera, notifications, geolocation, clipboard reading…)
 * except those Folio uses, and those only for the app's own pages (see {@link permissionAllowed}).
 */
export function restrictPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  appOrigins: readonly string[]
): void {
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permissionAllowed(permission, contents.getURL(), appOrigins))
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin, appOrigins)
  )
}
