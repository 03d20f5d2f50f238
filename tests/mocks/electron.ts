// The one Electron mock: Node cannot load the real module here (no binary), and unit tests
// must not depend on it. Each test reaches these fakes through `vi.mocked(...)`.
import { vi } from 'vitest'

export const app = {
  isPackaged: false,
  getPath: vi.fn(() => '/tmp/folio-test-user-data'),
  getAppPath: vi.fn(() => process.cwd()),
  whenReady: vi.fn(() => Promise.resolve()),
  on: vi.fn(),
  quit: vi.fn(),
  // The desktop shell (main/desktop): one instance, folio:// links, recent documents.
  requestSingleInstanceLock: vi.fn(() => true),
  setAsDefaultProtocolClient: vi.fn(() => true),
  addRecentDocument: vi.fn()
}

export const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() }
export const shell = { openExternal: vi.fn(() => Promise.resolve()) }
export const dialog = {
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
  showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: undefined })),
  showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })),
  showMessageBoxSync: vi.fn(() => 0)
}
export const session = { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } }
export const contextBridge = { exposeInMainWorld: vi.fn() }
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() }
/** A window double: records its options; `fromWebContents` finds only windows made by the app. */
export class BrowserWindow {
  static windows: BrowserWindow[] = []
  static fromWebContents = vi.fn(
    (contents: unknown) => BrowserWindow.windows.find((w) => w.webContents === contents) ?? null
  )
  static getFocusedWindow = vi.fn(() => BrowserWindow.windows[0] ?? null)
  static getAllWindows = vi.fn(() => BrowserWindow.windows)
  readonly webContents = {
    id: BrowserWindow.windows.length + 1,
    zoom: 1,
    on: vi.fn(),
    getZoomFactor: vi.fn(function (this: { zoom: number }) {
      return this.zoom
    }),
    setZoomFactor: vi.fn(function (this: { zoom: number }, factor: number) {
      this.zoom = factor
    }),
    once: vi.fn(),
    send: vi.fn()
  }
  readonly on = vi.fn()
  readonly once = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly maximize = vi.fn()
  readonly setFullScreen = vi.fn()
  readonly isMinimized = vi.fn(() => false)
  readonly isMaximized = vi.fn(() => false)
  readonly isFullScreen = vi.fn(() => false)
  readonly getNormalBounds = vi.fn(() => ({ x: 0, y: 0, width: 1280, height: 860 }))
  readonly show = vi.fn()
  readonly loadURL = vi.fn(() => Promise.resolve())
  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.windows.push(this)
  }
}
export const protocol = { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() }
export const net = { fetch: vi.fn() }
export const nativeTheme = { shouldUseDarkColors: false }
/** One 1920×1080 display (its work area without a 40-pixel task bar). */
const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 }
}
export const screen = { getAllDisplays: vi.fn(() => [display]), getPrimaryDisplay: vi.fn(() => display) }
export const Menu = { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown[]) => ({ template })) }

export default {
  app,
  ipcMain,
  shell,
  dialog,
  session,
  contextBridge,
  ipcRenderer,
  BrowserWindow,
  protocol,
  net,
  nativeTheme,
  screen,
  Menu
}
