// Folio's Electron entry: wires the plain main-process modules (archive, IPC router, protocol,
// window security) to Electron. Everything with logic lives in those modules and is tested in Node.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { createHandlers } from './ipc/handlers'
import { createIpcRouter } from './ipc/ipc-router'
import { APP_ORIGIN, APP_SCHEME, mimeType, resolveAppFile } from './protocol/app-protocol'
import { CONTENT_SECURITY_POLICY } from './window/content-security-policy'
import { guardWebContents, restrictPermissions, secureWebPreferences } from './window/window-security'

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

function setupAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY }
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}

function setupIpc(): void {
  const handlers = createHandlers({
    archiveDir: archiveDir(),
    libraryDir: join(app.getPath('userData'), 'library'),
    backupDir: join(app.getPath('userData'), 'backups'),
    opener: {
      async confirm(url) {
        const owner = BrowserWindow.getFocusedWindow()
        const options = {
          type: 'question' as const,
          buttons: ['Annuler', 'Ouvrir dans le navigateur'],
          defaultId: 0,
          cancelId: 0,
          message: 'Ouvrir ce lien dans votre navigateur ?',
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
      }
    }
  })
  const router = createIpcRouter(handlers, appOrigins)
  for (const channel of router.channels) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      // Only Folio's own windows may call: a frame of another window or a webview is refused.
      if (!BrowserWindow.fromWebContents(event.sender)) throw new Error('Appel refusé : fenêtre inconnue.')
      return router.dispatch(channel, event.senderFrame?.url, args)
    })
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Folio',
    backgroundColor: '#faf8f3',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appOrigins))
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

void app.whenReady().then(() => {
  restrictPermissions(session.defaultSession, appOrigins)
  setupAppProtocol()
  setupIpc()
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})
