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

/** Denies every permission request and check (camera, notifications, geolocation…): Folio needs none. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
