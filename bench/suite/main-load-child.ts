// Child process of the main-load benchmark: loads the BUILT main process (out/main/index.js) in plain
// Node with a stand-in for `electron`, and prints as JSON how long the require and the ready handler took.
// Usage (bundled by bench/run.mjs): node main-load-child.cjs <out/main/index.js>

import Module from 'node:module'
import { tmpdir } from 'node:os'

const [mainFile] = process.argv.slice(2)
if (!mainFile) {
  console.error('usage: main-load-child <out/main/index.js>')
  process.exit(2)
}

/** Anything Electron: every property is another stand-in, every call returns one; never a thenable. */
function standIn(overrides: Record<string, unknown> = {}): unknown {
  const target = function () {} as unknown as object
  return new Proxy(target, {
    get: (_, key) =>
      typeof key === 'symbol' || key === 'then' ? undefined : key in overrides ? overrides[key] : standIn(),
    apply: () => standIn(),
    construct: () => standIn() as object
  })
}
const errors: string[] = []
const DISPLAY = { x: 0, y: 0, width: 1920, height: 1080 }
/** When main created its window: the end of its ready handler (which first reads the user's settings). */
let windowAt: number | null = null
const windows = standIn({ getAllWindows: () => [], getFocusedWindow: () => null }) as object
const electron = {
  app: standIn({
    isPackaged: false,
    getPath: () => tmpdir(),
    getAppPath: () => process.cwd(),
    whenReady: () => Promise.resolve()
  }),
  BrowserWindow: new Proxy(windows, {
    construct: () => {
      windowAt ??= performance.now()
      return standIn() as object
    }
  }),
  nativeTheme: standIn({ shouldUseDarkColors: false }),
  // One 1920×1080 display, for the window-state rules (main/desktop/window-state.ts).
  screen: standIn({
    getAllDisplays: () => [{ workArea: DISPLAY }],
    getPrimaryDisplay: () => ({ workArea: DISPLAY })
  }),
  Menu: standIn(),
  dialog: standIn(),
  ipcMain: standIn(),
  protocol: standIn(),
  session: standIn(),
  shell: standIn()
}
process.on('unhandledRejection', (error) => errors.push(String(error)))

type Load = (request: string, parent: unknown, isMain: boolean) => unknown
const loader = Module as unknown as { _load: Load }
const load = loader._load
loader._load = function (request, parent, isMain) {
  return request === 'electron' ? electron : load.call(this, request, parent, isMain)
}

const required = performance.now()
require(mainFile)
const loadMs = performance.now() - required
// Let `app.whenReady().then(…)` run: protocol, IPC handlers, settings read, window.
const deadline = performance.now() + 10_000
const waitForWindow = (): void => {
  if (windowAt === null && performance.now() < deadline && !errors.length) return void setTimeout(waitForWindow, 1)
  if (windowAt === null) errors.push('main never created its window')
  console.log(JSON.stringify({ loadMs, readyMs: (windowAt ?? Number.NaN) - required, errors }))
  process.exit(errors.length ? 1 : 0)
}
waitForWindow()
