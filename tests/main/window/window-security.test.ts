import { describe, expect, it, vi } from 'vitest'
import { guardWebContents, restrictPermissions, secureWebPreferences } from '../../../src/main/window/window-security'
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

  it('denies every permission but clipboard writing by the app itself', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    restrictPermissions(session as never, ['folio://app'])
    const request = (permission: string, url: string) => {
      const callback = vi.fn()
      session.setPermissionRequestHandler.mock.calls[0]![0]({ getURL: () => url }, permission, callback)
      return callback.mock.calls[0]![0] as boolean
    }
    expect(request('media', 'folio://app/index.html')).toBe(false)
    expect(request('notifications', 'folio://app/index.html')).toBe(false)
    expect(request('clipboard-read', 'folio://app/index.html')).toBe(false)
    expect(request('clipboard-sanitized-write', 'folio://app/index.html')).toBe(true)
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    const check = session.setPermissionCheckHandler.mock.calls[0]![0]
    expect(check(null, 'geolocation', 'folio://app')).toBe(false)
    expect(check(null, 'clipboard-sanitized-write', 'folio://app')).toBe(true)
  })

  it('grants persistent storage to the app’s own pages, so navigator.storage.persist() and persisted() say true', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    restrictPermissions(session as never, ['folio://app'])
    const request = (url: string) => {
      const callback = vi.fn()
      session.setPermissionRequestHandler.mock.calls[0]![0]({ getURL: () => url }, 'persistent-storage', callback)
      return callback.mock.calls[0]![0] as boolean
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0]
    // persist() is a request, persisted() a check: both must agree, or the chip shows at every start.
    expect(request('folio://app/index.html')).toBe(true)
    expect(check(null, 'persistent-storage', 'folio://app')).toBe(true)
    // Never to another origin, and the neighbouring storage permissions stay denied.
    expect(request('https://evil.example/')).toBe(false)
    expect(check(null, 'persistent-storage', 'https://evil.example')).toBe(false)
    expect(check(null, 'storage-access', 'folio://app')).toBe(false)
    expect(check(null, 'top-level-storage-access', 'folio://app')).toBe(false)
  })

  it('allows no remote origin and no inline script in its Content-Security-Policy (inline code only by hash, content-security-policy.test.ts)', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })
})
