// Folio's Electron entry: wires the plain main-process modules (archive, IPC router, protocol,
// window security, the desktop shell: menu, one instance, window state, launch arguments) to Electron. Everything with logic lives in those modules and is tested in Node.

import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  safeStorage,
  screen,
  session,
  shell
} from 'electron'
import { dialogMessages } from './i18n/dialog-messages'
import parseWorker from './library/parse-worker?modulePath'
import { ParseWorkerPool } from './library/parse-worker-pool'
import { APP_ORIGIN, APP_SCHEME } from './protocol/app-protocol'
import { createMainServices } from './services'
import { parseLaunchArgs } from './desktop/launch-args'
import { LaunchDelivery } from './desktop/launch-delivery'
import { LaunchGrants } from './desktop/launch-grants'
import { menuTemplate } from './desktop/menu-template'
import type { PdfPrintOptions } from './desktop/save-pdf'
import { claimSingleInstance, registerLinkScheme, rememberRecentDocuments } from './desktop/single-instance'
import { MIN_SIZE, restoredWindowState } from './desktop/window-state'
import { WindowStateStore } from './desktop/window-state-store'
import { SettingsStore } from './settings/settings-store'
import type { TokenProtection } from './sync/connection-file'
import type { MenuAction } from '../shared/desktop/menu-actions'
import { sendFolioEvent } from '../shared/ipc/folio-events'
import type { Language, PaintedTheme } from '../shared/settings/settings'
import { guardWebContents, restrictPermissions, secureWebPreferences } from './window/window-security'
import { askBeforeUnload } from './window/unload-guard'
import { followZoomSetting } from './window/window-zoom'

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
])

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const appOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
const rendererDir = join(__dirname, '../renderer')

function archiveDir(): string {
  if (process.env.FOLIO_ARCHIVE_DIR) return process.env.FOLIO_ARCHIVE_DIR
  return app.isPackaged ? join(process.resourcesPath, 'archive') : join(app.getAppPath(), 'resources', 'archive')
}

const settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'))
const windowStates = new WindowStateStore(join(app.getPath('userData'), 'window-state.json'))
/** True in development (`electron .`): argv[1] is the app's path. */
const defaultApp = process.defaultApp === true
let mainWindow: BrowserWindow | null = null
// What launches ask for (files, folio:// links) waits for the page, then goes to it as events; the files handed
// are the only paths the page may then ask main to add (addLaunchedFiles).
const launchGrants = new LaunchGrants()
const launches = new LaunchDelivery(launchGrants, (paths) => rememberRecentDocuments(app, paths))
// A second Folio hands its arguments to this one and quits (it makes no window, see the end of this file).
const primary = claimSingleInstance(app, {
  defaultApp,
  window: () => mainWindow,
  onRequest: (request) => launches.deliver(request)
})
const systemTheme = (): PaintedTheme => (nativeTheme.shouldUseDarkColors ? 'dark' : 'light')

/**
 * The sync token at rest, encrypted by the platform's keychain (safeStorage) when there is one. safeStorage answers
 * only once the app is ready (the engine reads the saved connection as soon as it is made), hence the wait. Without
 * a keychain the token is stored as it is, in a file only this user reads.
 */
const tokenProtection: TokenProtection = {
  encrypt: async (token) => {
    await app.whenReady()
    return safeStorage.isEncryptionAvailable()
      ? `safe:${safeStorage.encryptString(token).toString('base64')}`
      : `plain:${token}`
  },
  decrypt: async (stored) => {
    if (stored.startsWith('plain:')) return stored.slice('plain:'.length)
    if (!stored.startsWith('safe:')) throw new Error('Jeton enregistré illisible.')
    await app.whenReady()
    return safeStorage.decryptString(Buffer.from(stored.slice('safe:'.length), 'base64'))
  }
}

// Made at once: the archive and the settings load in parallel with Electron's own start-up.
const services = createMainServices({
  archiveDir: archiveDir(),
  rendererDir,
  appOrigins,
  systemTheme,
  settings,
  // The user's documents parse in worker threads, off the event loop every window depends on.
  parseDocument: new ParseWorkerPool(parseWorker).parse,
  libraryDir: join(app.getPath('userData'), 'library'),
  archivesFile: join(app.getPath('userData'), 'archives.json'),
  backupDir: join(app.getPath('userData'), 'backups'),
  dropDir: join(app.getPath('userData'), 'dropped'),
  launchGrants,
  syncDir: join(app.getPath('userData'), 'sync'),
  tokenProtection,
  opener: {
    async confirm(url) {
      const owner = BrowserWindow.getFocusedWindow()
      const words = dialogMessages[(await settings.get()).language].openLink
      const options = {
        type: 'question' as const,
        buttons: [words.cancel, words.open],
        defaultId: 0,
        cancelId: 0,
        message: words.message,
        detail: url
      }
      const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options)
      return response === 1
    },
    open: (url) => shell.openExternal(url)
  },
  dialogs: {
    async chooseSavePath(suggestedName, filters) {
      const owner = BrowserWindow.getFocusedWindow()
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters }
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath(filters) {
      const owner = BrowserWindow.getFocusedWindow()
      const options = { properties: ['openFile' as const], filters }
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseFolder() {
      const owner = BrowserWindow.getFocusedWindow()
      const options = { properties: ['openDirectory' as const] }
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
})

function setupAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { status, body, headers } = await services.serve(request.url)
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { status, headers })
  })
}

/** Remote changes and the sync's state go to every window (each page applies them to its own database). */
function setupSyncEvents(): void {
  const windows = () => BrowserWindow.getAllWindows().map((window) => window.webContents)
  services.sync.onChanges((changes) => {
    for (const contents of windows()) sendFolioEvent(contents, 'syncChanges', changes)
  })
  services.sync.onState((state) => {
    for (const contents of windows()) sendFolioEvent(contents, 'syncState', state)
  })
  services.groups.onGroupsChanged(() => {
    for (const contents of windows()) sendFolioEvent(contents, 'groupsChanged')
  })
  services.groups.onAnnotationsChanged((documentIds) => {
    for (const contents of windows()) sendFolioEvent(contents, 'groupAnnotationsChanged', documentIds)
  })
}

function setupIpc(): void {
  const { router } = services
  for (const channel of router.channels) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      // Only Folio's own windows may call: a frame of another window or a webview is refused.
      if (!BrowserWindow.fromWebContents(event.sender)) throw new Error('Appel refusé : fenêtre inconnue.')
      // The calling window prints itself (savePdf): the page it shows, with its print stylesheet.
      const sender = { printToPdf: (options: PdfPrintOptions) => event.sender.printToPDF(options) }
      return router.dispatch(channel, event.senderFrame?.url, args, sender)
    })
  }
}

/** The page background of each theme (styles/base.css, themes.css): the window opens in it, no flash. */
const BACKGROUNDS = { light: '#faf8f3', dark: '#17181b', sepia: '#f4ecd8' } as const

/** The application menu in `language`; its items send their action to the focused window. */
function setMenu(language: Language): void {
  const send = (action: MenuAction) => {
    const window = BrowserWindow.getFocusedWindow() ?? mainWindow
    if (window) sendFolioEvent(window.webContents, 'menuAction', action)
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ platform: process.platform, language, dev: !app.isPackaged, send }))
  )
}

/** The menu now, and again in the other language when the user changes it. */
async function setupMenu(): Promise<void> {
  let shown = (await settings.get()).language
  setMenu(shown)
  settings.onChange(({ language }) => {
    if (language === shown) return
    shown = language
    setMenu(language)
  })
}

async function createWindow(): Promise<void> {
  const [{ theme, zoom }, saved] = await Promise.all([settings.get(), windowStates.load()])
  // Where the user left it, back on a display that is there now.
  const state = restoredWindowState(saved, {
    workAreas: screen.getAllDisplays().map((display) => display.workArea),
    primary: screen.getPrimaryDisplay().workArea
  })
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Folio',
    backgroundColor: BACKGROUNDS[theme === 'system' ? systemTheme() : theme],
    // The user's zoom from the first frame on; later changes come through followZoomSetting.
    webPreferences: { ...secureWebPreferences(join(__dirname, '../preload/index.js')), zoomFactor: zoom }
  })
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    if (state.fullScreen) window.setFullScreen(true)
    window.show()
  })
  windowStates.track(window)
  mainWindow = window
  // Launch requests go to the page once it has loaded (its preload then keeps them for the app's listeners).
  window.webContents.on('did-start-loading', () => launches.setTarget(null))
  window.webContents.on('did-finish-load', () => launches.setTarget(window.webContents))
  window.once('closed', () => {
    if (mainWindow !== window) return
    mainWindow = null
    launches.setTarget(null)
  })
  // A page holding an unsaved draft asks before it is closed or reloaded; Electron itself would say nothing.
  const forget = askBeforeUnload(window.webContents, settings, (words) => {
    const buttons = [words.stay, words.leave]
    const options = {
      type: 'question' as const,
      buttons,
      defaultId: 0,
      cancelId: 0,
      message: words.message,
      detail: words.detail
    }
    return dialog.showMessageBoxSync(window, options) === 1
  })
  window.once('closed', forget)
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appOrigins))
// The sync's log is on disk after every push; quitting still waits (briefly) for its connection and files to close.
let closed = false
app.on('will-quit', (event) => {
  if (closed) return
  event.preventDefault()
  const bound = new Promise((resolve) => setTimeout(resolve, 3_000))
  void Promise.race([services.close(), bound]).finally(() => {
    closed = true
    app.quit()
  })
})
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

function start(): void {
  restrictPermissions(session.defaultSession, appOrigins)
  void setupMenu()
  registerLinkScheme(app, { defaultApp, execPath: process.execPath, argv: process.argv })
  followZoomSetting(settings, () => BrowserWindow.getAllWindows().map((window) => window.webContents))
  setupAppProtocol()
  setupIpc()
  setupSyncEvents()
  void createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow()
  })
}

if (primary) {
  // This launch's own arguments: a file or a folio:// link Folio was opened with.
  void parseLaunchArgs(process.argv, { cwd: process.cwd(), defaultApp }).then((request) => launches.deliver(request))
  void app.whenReady().then(start)
}
