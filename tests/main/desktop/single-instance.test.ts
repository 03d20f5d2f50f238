import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { LaunchRequest } from '../../../src/main/desktop/launch-args'
import {
  bringToFront,
  claimSingleInstance,
  registerLinkScheme,
  rememberRecentDocuments,
  type InstanceApp
} from '../../../src/main/desktop/single-instance'

type Listener = (...args: unknown[]) => void

/** An `app` double: the lock given or not, and its events fired by the test. */
function fakeApp(locked: boolean) {
  const listeners = new Map<string, Listener>()
  const app = {
    requestSingleInstanceLock: vi.fn(() => locked),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener))
  }
  const fire = (event: string, ...args: unknown[]) => listeners.get(event)?.(...args)
  return { app: app as typeof app & InstanceApp, fire, listeners }
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: vi.fn(() => minimized), restore: vi.fn(), show: vi.fn(), focus: vi.fn() }
}

/** Every path "exists" as a regular file, but for those under /missing. */
const stat = (path: string) =>
  path.startsWith('/missing')
    ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))
    : Promise.resolve({ isFile: () => true, isDirectory: () => false })

/** Claims the lock and collects what later launches ask for. */
function claimed(options: { minimized?: boolean; defaultApp?: boolean } = {}) {
  const { app, fire, listeners } = fakeApp(true)
  const window = fakeWindow(options.minimized ?? false)
  const requests: LaunchRequest[] = []
  const onRequest = vi.fn((request: LaunchRequest) => void requests.push(request))
  const result = claimSingleInstance(app, {
    defaultApp: options.defaultApp ?? false,
    window: () => window,
    onRequest,
    stat
  })
  return { app, fire, listeners, window, requests, onRequest, result }
}

describe('one Folio at a time', () => {
  it('quits a second launch that did not get the lock, and listens to nothing', () => {
    const { app, listeners } = fakeApp(false)
    const onRequest = vi.fn()
    expect(claimSingleInstance(app, { defaultApp: false, window: () => null, onRequest })).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
    expect(listeners.size).toBe(0)
  })

  it('brings the window back from the task bar and hands it a second launch’s file and link', async () => {
    const { app, fire, window, requests, onRequest, result } = claimed({ minimized: true })
    expect(result).toBe(true)
    expect(app.quit).not.toHaveBeenCalled()
    fire(
      'second-instance',
      {},
      ['C:\\Folio\\Folio.exe', '--original-process-start-time=1', 'notes.md', 'folio://passage/x'],
      '/home/ana'
    )
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(onRequest).toHaveBeenCalledOnce())
    expect(requests[0]).toEqual({ files: [join('/home/ana', 'notes.md')], links: ['folio://passage/x'], refused: [] })
  })

  it('skips the app’s path of a development launch', async () => {
    const { fire, requests, onRequest } = claimed({ defaultApp: true })
    fire('second-instance', {}, ['/usr/lib/electron', '/work/folio', '/docs/a.md'], '/')
    await vi.waitFor(() => expect(onRequest).toHaveBeenCalledOnce())
    expect(requests[0]?.files).toEqual(['/docs/a.md'])
  })

  it('hands on the refusals of hostile arguments, never a file or a link of them', async () => {
    const { fire, requests, onRequest } = claimed()
    fire('second-instance', {}, ['folio', 'javascript:alert(1)', '/missing/a.md', `folio://${'x'.repeat(5000)}`], '/')
    await vi.waitFor(() => expect(onRequest).toHaveBeenCalledOnce())
    expect(requests[0]).toMatchObject({ files: [], links: [] })
    expect(requests[0]?.refused.map((refusal) => refusal.reason)).toEqual(['unknown-scheme', 'not-found', 'too-long'])
  })

  it('takes macOS’s open-url and open-file the same way, instead of the system’s own handling', async () => {
    const { fire, window, requests, onRequest } = claimed()
    const urlEvent = { preventDefault: vi.fn() }
    const fileEvent = { preventDefault: vi.fn() }
    fire('open-url', urlEvent, 'folio://passage/y')
    fire('open-file', fileEvent, '/Users/ana/Thèse.pdf')
    fire('open-url', { preventDefault: vi.fn() }, 'http://evil.example')
    await vi.waitFor(() => expect(onRequest).toHaveBeenCalledTimes(3))
    expect(urlEvent.preventDefault).toHaveBeenCalled()
    expect(fileEvent.preventDefault).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalledTimes(3)
    const all = requests.reduce((sum, request) => ({
      files: [...sum.files, ...request.files],
      links: [...sum.links, ...request.links],
      refused: [...sum.refused, ...request.refused]
    }))
    expect(all.files).toEqual(['/Users/ana/Thèse.pdf'])
    expect(all.links).toEqual(['folio://passage/y'])
    expect(all.refused.map((refusal) => refusal.reason)).toEqual(['unknown-scheme'])
  })

  it('does not restore a window that was not minimised, and copes with none yet', () => {
    const window = fakeWindow(false)
    bringToFront(window)
    expect(window.restore).not.toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
    expect(() => bringToFront(null)).not.toThrow()
  })
})

describe('the system’s side', () => {
  const systemApp = () => ({ setAsDefaultProtocolClient: vi.fn(() => true), addRecentDocument: vi.fn() })

  it('registers folio:// for the packaged app as is', () => {
    const app = systemApp()
    registerLinkScheme(app, { defaultApp: false, execPath: 'C:\\Folio\\Folio.exe', argv: ['C:\\Folio\\Folio.exe'] })
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('folio')
  })

  it('registers Electron with the app’s path in development, so the link does not start bare Electron', () => {
    const app = systemApp()
    registerLinkScheme(app, { defaultApp: true, execPath: '/usr/lib/electron', argv: ['/usr/lib/electron', '.'] })
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('folio', '/usr/lib/electron', [resolve('.')])
  })

  it('lists the files added among the system’s recent documents', () => {
    const app = systemApp()
    rememberRecentDocuments(app, ['/docs/a.md', '/docs/b.pdf'])
    expect(app.addRecentDocument.mock.calls).toEqual([['/docs/a.md'], ['/docs/b.pdf']])
  })
})
