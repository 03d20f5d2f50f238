// Starts Folio for an end-to-end test: Debian's Chromium loads the BUILT renderer (out/renderer),
// the BUILT preload runs in the page, and its IPC calls reach the REAL main-process handlers.
// Only Electron's transport is replaced: `ipcRenderer.invoke` becomes a Playwright binding.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { APP_ORIGIN } from '../../../src/main/protocol/app-protocol'
import { createMainServices } from '../../../src/main/services'
import { SettingsStore } from '../../../src/main/settings/settings-store'
import { chromiumArgs, chromiumPath } from '../../setup/chromium.mjs'
import { repoRoot, shippedArchiveDir } from '../../fixtures/archive-files'

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
  /** Opens another page on the same profile (a second window). */
  newPage(): Promise<Page>
  close(): Promise<void>
}

export interface LaunchOptions {
  archiveDir?: string
  /** What the user answers when asked to open a link in the browser. */
  confirmExternal?: boolean
  /** A persistent profile folder, to keep IndexedDB across browser restarts. */
  userDataDir?: string
  /** Where the save dialog "chooses" to write (a folder); files keep their suggested names. */
  saveDir?: string
  /** The file the open dialog "chooses", or null to cancel. */
  openPath?: () => string | null
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
  /** Holds the app's own code back until this settles, to look at main's first screen alone. */
  holdApp?: Promise<void>
  /** Holds every file the page asks for (scripts, anything) until this settles: only the page itself shows. */
  holdFiles?: Promise<void>
}

/** The app's chunk, which the boot script loads after painting the first screen (first-screen/boot.ts). */
const APP_CHUNK = /\/assets\/main-[\w-]+\.js$/
/** The page itself (index.html), which main answers with the first screen in it. */
const PAGE = /^[^?#]*\/(index\.html)?([?#].*)?$/

/** The built preload, run in the page with `require('electron')` answering the two objects it uses. */
function preloadScript(): string {
  if (!existsSync(preloadFile)) throw new Error('out/preload/index.js is missing: run `electron-vite build` first')
  return `(() => {
    const electron = {
      contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: Object.freeze(api) }) },
      ipcRenderer: { invoke: (channel, ...args) => window.__folioInvoke(channel, ...args) }
    };
    const require = (name) => { if (name === 'electron') return electron; throw new Error('preload may not require ' + name) };
    const module = { exports: {} };
    (function (require, module, exports) {\n${readFileSync(preloadFile, 'utf8')}\n})(require, module, module.exports);
  })();`
}

/** Waits until the app has taken over from main's first screen (first-screen/hand-over.ts). */
export async function appTookOver(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('first-screen'))
}

/** Reloads Folio, as a restart of the window does, and waits for the app to take over. */
export async function reloadFolio(page: Page): Promise<void> {
  await page.reload()
  await appTookOver(page)
}

/** Launches Chromium with Folio loaded and waits for the first paint of the app. */
export async function launchFolio(options: LaunchOptions = {}): Promise<FolioSession> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `electron-vite build` first')
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
  const settings = new SettingsStore(join(options.userDataDir ?? temporary('folio-user-data-'), 'folio-settings.json'))
  // Main's services, wired as src/main/index.ts wires them; only the dialogs and the opener are the test's.
  const { router, serve } = createMainServices({
    archiveDir: options.archiveDir ?? shippedArchiveDir,
    rendererDir,
    appOrigins: [E2E_ORIGIN],
    systemTheme: () => options.systemTheme ?? 'light',
    settings,
    libraryDir: options.libraryDir ?? temporary('folio-library-'),
    backupDir: options.backupDir ?? temporary('folio-backups-'),
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
      chooseOpenPath: async () => options.openPath?.() ?? null
    }
  })

  let browser: Browser | null = null
  let context: BrowserContext
  const launchOptions = { executablePath: chromiumPath, args: chromiumArgs, headless: true }
  if (options.userDataDir) {
    context = await chromium.launchPersistentContext(options.userDataDir, launchOptions)
  } else {
    browser = await chromium.launch(launchOptions)
    context = await browser.newContext()
  }
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
  await context.exposeBinding('__folioInvoke', (source, channel: string, ...args: unknown[]) =>
    router.dispatch(channel, source.frame.url(), args)
  )
  await context.addInitScript({ content: preloadScript() })
  for (const content of options.initScripts ?? []) await context.addInitScript({ content })

  const watch = (page: Page) => {
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()))
    page.on('pageerror', (error) => pageErrors.push(error.message))
  }
  const open = async (page: Page) => {
    watch(page)
    // With its files held, the page never fires its load event: return once it is on its way.
    await page.goto(`${E2E_ORIGIN}/index.html`, { waitUntil: options.holdFiles ? 'commit' : 'load' })
    if (!options.keepFirstScreen) await appTookOver(page)
    return page
  }
  const newPage = async () => open(await context.newPage())
  const page = await open(context.pages()[0] ?? (await context.newPage()))

  return {
    browser: browser ?? (context.browser() as Browser),
    context,
    page,
    externalRequests,
    pageErrors,
    opened,
    saved,
    newPage,
    close: async () => {
      await context.close()
      await browser?.close()
      for (const dir of temporaries) rmSync(dir, { recursive: true, force: true })
    }
  }
}
