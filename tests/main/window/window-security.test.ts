import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, guardWebContents, secureWebPreferences } from '../../../src/main/window/window-security'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/window/content-security-policy'

type Listener = (event: { preventDefault: () => void }, url?: string) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: (() => { action: string }) | undefined
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: () => { action: string }) => (openHandler = handler))
  }
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() }
    listeners.get(name)?.(event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  return { contents, fire, openWindow: () => openHandler?.() }
}

describe('the window security settings', () => {
  it('isolates, sandboxes and removes Node from the renderer', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('prevents navigation and redirects away from the app, and allows the app itself', () => {
    const { contents, fire } = fakeContents()
    guardWebContents(contents as never, ['folio://app'])
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(fire('will-navigate', 'folio://app/index.html')).toBe(false)
    expect(fire('will-attach-webview')).toBe(true)
  })

  it('denies every new window', () => {
    const { contents, openWindow } = fakeContents()
    guardWebContents(contents as never, ['folio://app'])
    expect(openWindow()).toEqual({ action: 'deny' })
  })

  it('denies every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session as never)
    const callback = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0]![0](null, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false)
  })

  it('allows no remote origin and no inline script in its Content-Security-Policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })
})
