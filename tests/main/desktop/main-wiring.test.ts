// The desktop shell as src/main/index.ts wires it to Electron (mocked): one instance, the menu in the user's
// language sending its actions to the window, the window where it was left, launches handed to the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { app, ipcMain, Menu } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { BrowserWindow } from '../../mocks/electron'
import { ipcChannels } from '../../../src/shared/ipc/contract'

const userData = mkdtempSync(join(tmpdir(), 'folio-wiring-'))
type Listener = (...args: unknown[]) => void
const appListener = (event: string) =>
  vi.mocked(app.on).mock.calls.find(([name]) => name === event)?.[1] as unknown as Listener
const contentsListener = (window: BrowserWindow, event: string) =>
  window.webContents.on.mock.calls.find(([name]) => name === event)?.[1] as Listener

/** The last menu set, flattened. */
function menuItems(): MenuItemConstructorOptions[] {
  const template = vi.mocked(Menu.buildFromTemplate).mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[]
  const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])])
  return flat(template)
}

beforeAll(async () => {
  vi.mocked(app.getPath).mockReturnValue(userData)
  writeFileSync(
    join(userData, 'settings.json'),
    JSON.stringify({ theme: 'light', fontSize: 18, lineWidth: 68, language: 'en', zoom: 1 })
  )
  // Left on a second monitor, to the right of the one display the mock has, since unplugged.
  writeFileSync(
    join(userData, 'window-state.json'),
    JSON.stringify({ bounds: { x: 2500, y: 100, width: 1400, height: 900 }, maximized: true, fullScreen: false })
  )
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  await import('../../../src/main/index')
  await vi.waitFor(() => expect(BrowserWindow.windows).toHaveLength(1))
  await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalled())
})
afterAll(() => rmSync(userData, { recursive: true, force: true }))

describe('the desktop shell in the main process', () => {
  it('takes the single-instance lock and registers folio:// with the system', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce()
    expect(app.quit).not.toHaveBeenCalled()
    expect(vi.mocked(app.setAsDefaultProtocolClient).mock.calls[0]?.[0]).toBe('folio')
  })

  it('opens the window of an unplugged monitor on the display that is there, maximised again', () => {
    const [window] = BrowserWindow.windows
    expect(window?.options).toMatchObject({ x: 260, y: 70, width: 1400, height: 900, minWidth: 720, minHeight: 480 })
    const ready = window!.once.mock.calls.find(([name]) => name === 'ready-to-show')?.[1] as () => void
    ready()
    expect(window!.maximize).toHaveBeenCalled()
    expect(window!.show).toHaveBeenCalled()
  })

  it('sets the menu in the user’s language; an item sends its action to the window', () => {
    const items = menuItems()
    expect(items.map((item) => item.label)).toContain('File')
    items.find((item) => item.id === 'savePdf')?.click?.({} as never, undefined, {} as never)
    expect(BrowserWindow.windows[0]!.webContents.send).toHaveBeenCalledWith('events:menu-action', 'savePdf')
  })

  it('hands a second launch’s file to the page once it has loaded, and lists it in recent documents', async () => {
    const [window] = BrowserWindow.windows
    const file = join(userData, 'notes.md')
    writeFileSync(file, '# Notes')
    appListener('second-instance')({}, ['/opt/Folio/folio', file, 'folio://passage/x', 'http://evil.example'], userData)
    contentsListener(window!, 'did-finish-load')()
    await vi.waitFor(() => expect(window!.webContents.send).toHaveBeenCalledWith('events:add-files', [file]))
    expect(window!.webContents.send).toHaveBeenCalledWith('events:open-passage-link', 'folio://passage/x')
    expect(app.addRecentDocument).toHaveBeenCalledWith(file)
    expect(window!.focus).toHaveBeenCalled()
  })

  it('lets the page add the launch’s file it was handed, once, and no other path', async () => {
    const [window] = BrowserWindow.windows
    const add = vi
      .mocked(ipcMain.handle)
      .mock.calls.find(([channel]) => channel === ipcChannels.addLaunchedFiles)?.[1] as unknown as Listener
    const caller = { sender: window!.webContents, senderFrame: { url: 'folio://app/index.html' } }
    const file = join(userData, 'notes.md')
    const other = join(userData, 'settings.json.md')
    writeFileSync(other, '# Not handed')
    await expect(add(caller, [file, other])).resolves.toMatchObject([
      { ok: true, kind: 'document', already: false, title: 'Notes' },
      { ok: false, reason: 'not-granted' }
    ])
    await expect(add(caller, [file])).resolves.toMatchObject([{ ok: false, reason: 'not-granted' }])
  })

  it('rebuilds the menu in French when the user switches language', async () => {
    const [window] = BrowserWindow.windows
    const remember = vi
      .mocked(ipcMain.handle)
      .mock.calls.find(([channel]) => channel === ipcChannels.rememberSettings)?.[1] as unknown as Listener
    await remember(
      { sender: window!.webContents, senderFrame: { url: 'folio://app/index.html' } },
      { theme: 'light', fontSize: 18, lineWidth: 68, language: 'fr', openDocument: null, zoom: 1 }
    )
    expect(menuItems().map((item) => item.label)).toContain('Fichier')
  })
})
