// Electron's security checklist applied to Folio's window: locked-down webPreferences, and the
// handlers that deny navigation, new windows and permission requests.

import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'
import { isAppUrl } from '../ipc/ipc-router'

/** webPreferences for the app window: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
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

/** The only permission Folio uses: writing plain text to the clipboard ("Copier la citation"). */
const ALLOWED_PERMISSION = 'clipboard-sanitized-write'

/**
 * Denies every permission request and check (camera, notifications, geolocation, clipboard reading…)
 * except writing to the clipboard, and that only for the app's own pages.
 */
export function restrictPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  appOrigins: readonly string[]
): void {
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permission === ALLOWED_PERMISSION && isAppUrl(contents.getURL(), appOrigins))
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === ALLOWED_PERMISSION && isAppUrl(requestingOrigin, appOrigins))
}
