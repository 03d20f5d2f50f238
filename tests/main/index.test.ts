import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { app, dialog, ipcMain, Menu, protocol, session } from 'electron'
import { BrowserWindow } from '../mocks/electron'
import { ipcChannels } from '../../src/shared/ipc/contract'

type IpcListener = (
  event: { sender: unknown; senderFrame: { url: string } | null },
  ...args: unknown[]
) => Promise<unknown>

describe('the Electron entry point', () => {
  // Main's copy of the user's settings from an earlier session: English, dark, at 150 %.
  const userData = app.getPath('userData')
  beforeAll(async () => {
    mkdirSync(userData, { recursive: true })
    writeFileSync(
      join(userData, 'settings.json'),
      JSON.stringify({ theme: 'dark', fontSize: 18, lineWidth: 68, language: 'en', zoom: 1.5 })
    )
    await import('../../src/main/index')
    await vi.waitFor(() => expect(BrowserWindow.windows).toHaveLength(1))
  })

  it('creates one hidden, sandboxed, isolated window shown on ready-to-show', () => {
    const [window] = BrowserWindow.windows
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true }
    })
    expect(window?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function))
    expect(window?.loadURL).toHaveBeenCalledWith('folio://app/index.html')
  })

  afterAll(() => rmSync(userData, { recursive: true, force: true }))

  it('opens the window in the background of the user’s theme, so a dark reader sees no white flash', () => {
    expect(BrowserWindow.windows[0]?.options).toMatchObject({ backgroundColor: '#17181b' })
  })

  it('opens the window at the zoom kept, and zooms it as soon as the renderer reports another', async () => {
    const [window] = BrowserWindow.windows
    expect(window?.options).toMatchObject({ webPreferences: { zoomFactor: 1.5 } })
    const registered = new Map(
      vi.mocked(ipcMain.handle).mock.calls.map(([channel, listener]) => [channel, listener as unknown as IpcListener])
    )
    const remember = registered.get(ipcChannels.rememberSettings)!
    const settings = { theme: 'dark', fontSize: 18, lineWidth: 68, language: 'en', openDocument: null, zoom: 2 }
    await remember({ sender: window!.webContents, senderFrame: { url: 'folio://app/index.html' } }, settings)
    expect(window?.webContents.setZoomFactor).toHaveBeenLastCalledWith(2)
  })

  it('asks, in the user’s language, before leaving a page that holds an unsaved draft', () => {
    const [window] = BrowserWindow.windows
    const listener = vi
      .mocked(window!.webContents.on)
      .mock.calls.find(([name]) => name === 'will-prevent-unload')?.[1] as
      ((event: { preventDefault(): void }) => void) | undefined
    expect(listener).toBeDefined()
    const leave = (answer: number) => {
      vi.mocked(dialog.showMessageBoxSync).mockReturnValueOnce(answer)
      const event = { preventDefault: vi.fn() }
      listener!(event)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(leave(0)).toBe(false)
    expect(vi.mocked(dialog.showMessageBoxSync).mock.lastCall).toEqual([
      window,
      expect.objectContaining({ message: 'A note is not saved.', buttons: ['Stay', 'Leave anyway'], cancelId: 0 })
    ])
    expect(leave(1)).toBe(true)
  })

  it('sets a menu whose zoom entries do not bypass the zoom setting', () => {
    const template = vi.mocked(Menu.buildFromTemplate).mock.calls[0]?.[0] as {
      role?: string
      submenu?: { role?: string }[]
    }[]
    const roles = template.flatMap((item) => [item.role, ...(item.submenu ?? []).map((entry) => entry.role)])
    expect(roles).toContain('toggleDevTools')
    expect(roles.filter((role) => role && /zoom|viewMenu/i.test(role))).toEqual([])
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
  })

  it('asks before opening a link in the user’s language', async () => {
    const registered = new Map(
      vi.mocked(ipcMain.handle).mock.calls.map(([channel, listener]) => [channel, listener as unknown as IpcListener])
    )
    const open = registered.get(ipcChannels.openExternal)!
    const ours = BrowserWindow.windows[0]!.webContents
    await expect(
      open({ sender: ours, senderFrame: { url: 'folio://app/index.html' } }, 'https://example.org/')
    ).resolves.toMatchObject({ ok: false, reason: 'declined' })
    expect(vi.mocked(dialog.showMessageBox).mock.calls.at(-1)?.at(-1)).toMatchObject({
      message: 'Open this link in your browser?',
      buttons: ['Cancel', 'Open in browser'],
      detail: 'https://example.org/'
    })
  })

  it('serves the renderer through the privileged folio:// scheme', () => {
    expect(vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({
        scheme: 'folio',
        privileges: expect.objectContaining({ standard: true, secure: true })
      })
    ])
    expect(protocol.handle).toHaveBeenCalledWith('folio', expect.any(Function))
  })

  it('denies permissions and guards every web contents', () => {
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function))
  })

  it('registers one handler per contract channel, refusing frames of unknown windows', async () => {
    const registered = new Map(
      vi.mocked(ipcMain.handle).mock.calls.map(([channel, listener]) => [channel, listener as unknown as IpcListener])
    )
    expect([...registered.keys()].sort()).toEqual(Object.values(ipcChannels).sort())
    const load = registered.get(ipcChannels.openArchive)!
    await expect(load({ sender: { id: 999 }, senderFrame: { url: 'folio://app/index.html' } })).rejects.toThrow(
      'fenêtre inconnue'
    )
    const ours = BrowserWindow.windows[0]!.webContents
    await expect(load({ sender: ours, senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(
      'n’est pas une page de Folio'
    )
    await expect(load({ sender: ours, senderFrame: { url: 'folio://app/index.html' } })).resolves.toMatchObject({
      ok: true
    })
  })
})
