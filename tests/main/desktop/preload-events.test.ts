// The preload's `window.folio.on`: through Electron's ipcRenderer (mocked), checked, without Electron's event.
import { contextBridge, ipcRenderer } from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { eventChannels, ipcChannels, type FolioPageApi } from '../../../src/shared/ipc/contract'

let api: FolioPageApi
type Receive = (event: unknown, ...args: unknown[]) => void

beforeAll(async () => {
  await import('../../../src/preload/index')
  api = vi.mocked(contextBridge.exposeInMainWorld).mock.calls.find(([key]) => key === 'folio')?.[1] as FolioPageApi
})

/** The listener the preload gave ipcRenderer for `channel` (the last one). */
const received = (channel: string) =>
  vi
    .mocked(ipcRenderer.on)
    .mock.calls.filter(([name]) => name === channel)
    .at(-1)?.[1] as unknown as Receive

describe('the preload’s events', () => {
  it('exposes every call of the contract and `on`, nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(ipcChannels), 'on'].sort())
  })

  it('hands the page the arguments alone, never Electron’s event (its sender, its ports)', () => {
    const listener = vi.fn()
    api.on('menuAction', listener)
    received(eventChannels.menuAction)({ sender: { send: vi.fn() }, ports: [] }, 'savePdf')
    expect(listener).toHaveBeenCalledExactlyOnceWith('savePdf')
  })

  it('drops malformed arguments before the page sees them', () => {
    const listener = vi.fn()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    api.on('openPassageLink', listener)
    received(eventChannels.openPassageLink)({}, 'javascript:alert(1)')
    expect(listener).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('stops reaching a listener the page unsubscribed', () => {
    const listener = vi.fn()
    const off = api.on('addFiles', listener)
    off()
    received(eventChannels.addFiles)({}, ['/docs/a.md'])
    expect(listener).not.toHaveBeenCalled()
  })
})
