// Folio's Electron entry: wires the plain main-process modules (archive, IPC router, protocol,
// window security) to Electron. Everything with logic lives in those modules and is tested in Node.

import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron'
import { dialogMessages } from './i18n/dialog-messages'
import parseWorker from './library/parse-worker?modulePath'
import { ParseWorkerPool } from './library/parse-worker-pool'
import { APP_ORIGIN, APP_SCHEME } from './protocol/app-protocol'
import { createMainServices } from './services'
import { menuTemplate } from './desktop/menu-template'
import { SettingsStore } from './settings/settings-store'
import type { PaintedTheme } from '../shared/settings/settings'
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
const systemTheme = (): PaintedTheme => (nativeTheme.shouldUseDarkColors ? 'dark' : 'light')

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

function setupIpc(): void {
  const { router } = services
  for (const channel of router.channels) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      // Only Folio's own windows may call: a frame of another window or a webview is refused.
      if (!BrowserWindow.fromWebContents(event.sender)) throw new Error('Appel refusé : fenêtre inconnue.')
      return router.dispatch(channel, event.senderFrame?.url, args)
    })
  }
}

/** The page background of each theme (styles/base.css, themes.css): the window opens in it, no flash. */
const BACKGROUNDS = { light: '#faf8f3', dark: '#17181b', sepia: '#f4ecd8' } as const

async function createWindow(): Promise<void> {
  const { theme, zoom } = await settings.get()
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Folio',
    backgroundColor: BACKGROUNDS[theme === 'system' ? systemTheme() : theme],
    // The user's zoom from the first frame on; later changes come through followZoomSetting.
    webPreferences: { ...secureWebPreferences(join(__dirname, '../preload/index.js')), zoomFactor: zoom }
  })
  window.once('ready-to-show', () => window.show())
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
app.on('will-quit', () => void services.close())
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

void app.whenReady().then(() => {
  restrictPermissions(session.defaultSession, appOrigins)
  void settings.get().then(({ language }) => {
    const options = { platform: process.platform, language, dev: !app.isPackaged, send: () => undefined }
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)))
  })
  followZoomSetting(settings, () => BrowserWindow.getAllWindows().map((window) => window.webContents))
  setupAppProtocol()
  setupIpc()
  void createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow()
  })
})
