// Starts Folio for an end-to-end test: Debian's Chromium loads the BUILT renderer (out/renderer),
// the BUILT preload runs in the page, and its IPC calls reach the REAL main-process handlers.
// Only Electron's transport is replaced: `ipcRenderer.invoke` becomes a Playwright binding.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import { APP_ORIGIN } from '../../../src/main/protocol/app-protocol'
import { ParseWorkerPool } from '../../../src/main/library/parse-worker-pool'
import { LaunchGrants } from '../../../src/main/desktop/launch-grants'
import { createMainServices } from '../../../src/main/services'
import { SettingsStore } from '../../../src/main/settings/settings-store'
import { followZoomSetting, type Zoomable } from '../../../src/main/window/window-zoom'
import { permissionAllowed } from '../../../src/main/window/window-security'
import { chromiumArgs, chromiumPath } from '../../setup/chromium.mjs'
import { repoRoot, shippedArchiveDir } from '../../fixtures/archive-files'
import { builtParseWorker } from './built-parse-worker'
import { sendFolioEvent } from '../../../src/shared/ipc/folio-events'

/** The origin the built renderer is served from in the tests (Chromium cannot load folio:// itself). */
export const E2E_ORIGIN = 'http://folio.localhost'
const rendererDir = join(repoRoot, 'out/renderer')
const preloadFile = join(repoRoot, 'out/preload/index.js')

export interface FolioSession {
  browser: Browser
  context: BrowserContext
  page: Page
  /** Every request that tried to leave the app (it was blocked). */
  externalRequests: string[]
  /** Console errors and uncaught page errors. */
  pageErrors: string[]
  /** URLs the app asked main to open in the system browser. */
  opened: string[]
  /** Paths the save dialog handed out. */
  saved: string[]
  /** The paths main handed the page as a launch's files (grant them with desktop/launch-delivery.ts, as main does). */
  launchGrants: LaunchGrants
  /** Opens another page on the same profile (a second window). */
  newPage(): Promise<Page>
  /** Gives the window (every page) this size in screen pixels, as dragging its edges would; the zoom still applies. */
  resizeWindow(size: WindowSize): Promise<void>
  /** A PNG of the window as it is now, zoom included (Playwright's own screenshot would put back its viewport). */
  screenshot(path: string, page?: Page): Promise<void>
  close(): Promise<void>
}

/** A window's size in screen pixels (what `BrowserWindow` is given), before the zoom. */
export interface WindowSize {
  width: number
  height: number
}

export interface LaunchOptions {
  /** The window's size; 1280×720 by default. */
  windowSize?: WindowSize
  archiveDir?: string
  /** What the user answers when asked to open a link in the browser. */
  confirmExternal?: boolean
  /** A persistent profile folder, to keep IndexedDB across browser restarts. */
  userDataDir?: string
  /** Where the save dialog "chooses" to write (a folder); files keep their suggested names. */
  saveDir?: string
  /** The file the open dialog "chooses", or null to cancel. */
  openPath?: () => string | null
  /** The folder the "open an archive" dialog chooses, or null to cancel. */
  openFolder?: () => string | null
  /** Where main remembers the archives opened (`<userData>/archives.json`); beside the settings by default. */
  archivesFile?: string
  /** Where safety backups go (main's `<userData>/backups`); a new temporary folder when not given. */
  backupDir?: string
  /** The user's library folder; a fresh temporary one by default. */
  libraryDir?: string
  /** Scripts run in every page before the app's own (the benchmark's start-up probe). */
  initScripts?: string[]
  /** The operating system's theme as main sees it (Electron's nativeTheme); light by default. */
  systemTheme?: 'light' | 'dark'
  /** Return before the app has taken over from main's first screen (the start-up tests). */
  keepFirstScreen?: boolean
  /** Runs on each page before it navigates to the app (a profiler to start, say). */
  beforeNavigation?: (page: Page) => Promise<void>
  /** Holds the app's own code back until this settles, to look at main's first screen alone. */
  holdApp?: Promise<void>
  /** Holds every file the page asks for (scripts, anything) until this settles: only the page itself shows. */
  holdFiles?: Promise<void>
}

type EmittingPage = { __folioEmit(channel: string, ...args: unknown[]): void }

/** The app's chunk, which the boot script loads after painting the first screen (first-screen/boot.ts). */
const APP_CHUNK = /\/assets\/main-[\w-]+\.js$/
/** The page itself (index.html), which main answers with the first screen in it. */
const PAGE = /^[^?#]*\/(index\.html)?([?#].*)?$/

/** The built preload, run in the page with `require('electron')` answering the two objects it uses. */
function preloadScript(): string {
  if (!existsSync(preloadFile)) throw new Error('out/preload/index.js is missing: run `electron-vite build` first')
  return `(() => {
    const listeners = new Map();
    const electron = {
      contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: Object.freeze(api) }) },
      ipcRenderer: {
        invoke: (channel, ...args) => window.__folioInvoke(channel, ...args),
        on: (channel, listener) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(listener) },
        removeListener: (channel, listener) => { listeners.get(channel)?.delete(listener) }
      }
    };
    // What main's webContents.send does in the app, an Electron event object first: the tests send main's
    // events through it (harness/folio-events.ts), and the preload checks them as in the app.
    Object.defineProperty(window, '__folioEmit', {
      value: (channel, ...args) => listeners.get(channel)?.forEach((listener) => listener({ sender: {} }, ...args))
    });
    const require = (name) => { if (name === 'electron') return electron; throw new Error('preload may not require ' + name) };
    const module = { exports: {} };
    (function (require, module, exports) {\n${readFileSync(preloadFile, 'utf8')}\n})(require, module, module.exports);
  })();`
}

/** Waits until the app has taken over from main's first screen (first-screen/hand-over.ts) and drawn all of itself. */
export async function appTookOver(page: Page): Promise<void> {
  // The library and the side panel come just after the hand-over (startup/startup.ts, useAfterHandOver).
  await page.waitForFunction(
    () =>
      !document.getElementById('first-screen') &&
      !document.querySelector('#root .library-sidebar:empty, #root .side-panel:empty')
  )
}

/** Reloads Folio, as a restart of the window does, and waits for the app to take over. */
export async function reloadFolio(page: Page): Promise<void> {
  await page.reload()
  await appTookOver(page)
}

/** Launches Chromium with Folio loaded and waits for the first paint of the app. */
export async function launchFolio(options: LaunchOptions = {}): Promise<FolioSession> {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('out/renderer is missing: run `electron-vite build` first')
  const opened: string[] = []
  const saved: string[] = []
  // Folders the harness made itself are removed on close; folders a test passed in are the test's.
  const temporaries: string[] = []
  const temporary = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    temporaries.push(dir)
    return dir
  }
  // Main's copy of the settings lives beside the profile, as `<userData>/settings.json` does in the app.
  const settingsDir = options.userDataDir ?? temporary('folio-user-data-')
  const settings = new SettingsStore(join(settingsDir, 'folio-settings.json'))
  // Main's services, wired as src/main/index.ts wires them (documents parsed by the built app's own worker);
  // only the dialogs and the opener are the test's.
  const parser = new ParseWorkerPool(builtParseWorker())
  const launchGrants = new LaunchGrants()
  const services = createMainServices({
    parseDocument: parser.parse,
    archiveDir: options.archiveDir ?? shippedArchiveDir,
    archivesFile: options.archivesFile ?? join(settingsDir, 'archives.json'),
    rendererDir,
    appOrigins: [E2E_ORIGIN],
    systemTheme: () => options.systemTheme ?? 'light',
    settings,
    libraryDir: options.libraryDir ?? temporary('folio-library-'),
    backupDir: options.backupDir ?? temporary('folio-backups-'),
    dropDir: join(settingsDir, 'dropped'),
    launchGrants,
    // The sync engine's folder beside the profile's settings: a device's connection and document survive its restarts.
    syncDir: join(settingsDir, 'sync'),
    opener: {
      confirm: async () => options.confirmExternal ?? false,
      open: async (url) => void opened.push(url)
    },
    dialogs: {
      chooseSavePath: async (suggestedName) => {
        if (!options.saveDir) return null
        const path = join(options.saveDir, suggestedName)
        saved.push(path)
        return path
      },
      chooseOpenPath: async () => options.openPath?.() ?? null,
      chooseFolder: async () => options.openFolder?.() ?? null
    }
  })
  const { router, serve } = services

  let browser: Browser | null = null
  let context: BrowserContext
  let windowSize = options.windowSize ?? { width: 1280, height: 720 }
  const launchOptions = { executablePath: chromiumPath, args: chromiumArgs, headless: true }
  if (options.userDataDir) {
    context = await chromium.launchPersistentContext(options.userDataDir, { ...launchOptions, viewport: windowSize })
  } else {
    browser = await chromium.launch(launchOptions)
    context = await browser.newContext({ viewport: windowSize })
  }

  // Main zooms a window with webContents.setZoomFactor, which Chromium alone cannot be asked to do. What a
  // zoom does to the page is emulated instead: a 1280-pixel window at 200 % lays the page out 640 CSS
  // pixels wide and draws it at 2 screen pixels per CSS pixel. Main's own code (window/window-zoom.ts)
  // decides when, as in the app; new pages open at the zoom kept, as a new BrowserWindow does.
  const windows = new Map<Page, Zoomable & { settled: Promise<unknown>; cdp: Promise<CDPSession> }>()
  const emulate = async (cdp: Promise<CDPSession>, factor: number) =>
    (await cdp).send('Emulation.setDeviceMetricsOverride', {
      width: Math.round(windowSize.width / factor),
      height: Math.round(windowSize.height / factor),
      deviceScaleFactor: factor,
      mobile: false
    })
  const zoomWindow = async (page: Page, factor: number) => {
    const cdp = context.newCDPSession(page)
    let zoom = factor
    const window = {
      cdp,
      settled: emulate(cdp, factor),
      getZoomFactor: () => zoom,
      setZoomFactor(next: number) {
        zoom = next
        window.settled = window.settled.then(() => emulate(cdp, next))
      }
    }
    windows.set(page, window)
    page.on('close', () => windows.delete(page))
    await window.settled
  }
  followZoomSetting(settings, () => windows.values())
  context.setDefaultTimeout(10_000)

  const externalRequests: string[] = []
  const pageErrors: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(`${E2E_ORIGIN}/`)) {
      externalRequests.push(url)
      return route.abort('blockedbyclient')
    }
    if (options.holdApp && APP_CHUNK.test(url)) await options.holdApp
    if (options.holdFiles && !PAGE.test(url)) await options.holdFiles
    // What the folio:// protocol answers in the Electron app: same resolver, first screen and CSP header.
    const { status, body, headers } = await serve(url.replace(E2E_ORIGIN, APP_ORIGIN))
    return route.fulfill({ status, body: typeof body === 'string' ? body : Buffer.from(body), headers })
  })
  // The calling page prints itself as main's webContents.printToPDF does in the app (savePdf).
  await context.exposeBinding('__folioInvoke', (source, channel: string, ...args: unknown[]) =>
    router.dispatch(channel, source.frame.url(), args, { printToPdf: (options) => source.page.pdf(options) })
  )
  await context.addInitScript({ content: preloadScript() })
  for (const content of options.initScripts ?? []) await context.addInitScript({ content })

  // What main's permission handler (window-security.ts) grants the app's pages, Chromium is told too: plain
  // Chromium answers navigator.storage.persist() with false (no engagement, no bookmark), Electron asks the handler.
  // Playwright cannot grant persistent storage; the DevTools protocol can, for this context and origin.
  const answerPermissionsAsMain = async (page: Page) => {
    if (!permissionAllowed('persistent-storage', `${E2E_ORIGIN}/index.html`, [E2E_ORIGIN])) return
    const cdp = await context.newCDPSession(page)
    const { targetInfo } = await cdp.send('Target.getTargetInfo')
    await cdp.send('Browser.grantPermissions', {
      permissions: ['durableStorage'],
      origin: E2E_ORIGIN,
      browserContextId: targetInfo.browserContextId
    })
    // Kept attached: Chromium drops a session's permission overrides when it detaches.
  }
  const watch = (page: Page) => {
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()))
    page.on('pageerror', (error) => pageErrors.push(error.message))
  }
  const open = async (page: Page) => {
    watch(page)
    await zoomWindow(page, (await settings.get()).zoom)
    await answerPermissionsAsMain(page)
    await options.beforeNavigation?.(page)
    // With its files held, the page never fires its load event: return once it is on its way.
    await page.goto(`${E2E_ORIGIN}/index.html`, { waitUntil: options.holdFiles ? 'commit' : 'load' })
    // A page that never takes over says why: its errors go with the timeout.
    if (!options.keepFirstScreen)
      await appTookOver(page).catch((error: unknown) => {
        throw new Error(`${String(error)}\nPage errors: ${pageErrors.join('\n') || 'none'}`)
      })
    return page
  }
  const newPage = async () => open(await context.newPage())
  const page = await open(context.pages()[0] ?? (await context.newPage()))
  // The sync's and the groups' events go to every page, as src/main/index.ts sends them to every window (checked
  // the same way).
  const everyPage = () =>
    context.pages().map((shown) => ({
      send: (channel: string, ...args: unknown[]) =>
        void shown
          .evaluate(([name, sent]) => (window as unknown as EmittingPage).__folioEmit(name, ...sent), [
            channel,
            args
          ] as const)
          .catch(() => undefined)
    }))
  services.sync.onChanges((changes) => everyPage().forEach((target) => sendFolioEvent(target, 'syncChanges', changes)))
  services.sync.onState((state) => everyPage().forEach((target) => sendFolioEvent(target, 'syncState', state)))
  services.groups.onGroupsChanged(() => everyPage().forEach((target) => sendFolioEvent(target, 'groupsChanged')))
  services.groups.onAnnotationsChanged((documentIds) =>
    everyPage().forEach((target) => sendFolioEvent(target, 'groupAnnotationsChanged', documentIds))
  )

  return {
    browser: browser ?? (context.browser() as Browser),
    context,
    page,
    externalRequests,
    pageErrors,
    opened,
    saved,
    launchGrants,
    newPage,
    resizeWindow: async (size) => {
      windowSize = size
      for (const window of windows.values()) window.setZoomFactor(window.getZoomFactor())
      await Promise.all([...windows.values()].map((window) => window.settled))
    },
    screenshot: async (path, shown = page) => {
      const window = windows.get(shown)
      if (!window) throw new Error('screenshot: no such window')
      await window.settled
      const { data } = await (await window.cdp).send('Page.captureScreenshot', { format: 'png' })
      writeFileSync(path, Buffer.from(data, 'base64'))
    },
    close: async () => {
      await parser.close()
      await services.close()
      await context.close()
      await browser?.close()
      for (const dir of temporaries) rmSync(dir, { recursive: true, force: true })
    }
  }
}
