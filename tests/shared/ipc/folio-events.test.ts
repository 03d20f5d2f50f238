import { describe, expect, it, vi } from 'vitest'
import { eventChannels, type EventChannel, type FolioEvent } from '../../../src/shared/ipc/contract'
import { formatPassageLink } from '../../../src/shared/links/passage-link'
import {
  createFolioEvents,
  MAX_EVENT_FILES,
  MAX_WAITING_EVENTS,
  sendFolioEvent
} from '../../../src/shared/ipc/folio-events'

/** A transport double: what the page subscribed to, and a way to deliver what main sent. */
function transport() {
  const listeners = new Map<EventChannel, Set<(...args: unknown[]) => void>>()
  const subscribe = vi.fn((channel: EventChannel, listener: (...args: unknown[]) => void) => {
    const set = listeners.get(channel) ?? new Set()
    set.add(listener)
    listeners.set(channel, set)
  })
  const deliver = (channel: EventChannel, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((listener) => listener(...args))
  return { subscribe, deliver, listeners }
}

describe('the events main sends to the page', () => {
  it('reach the listener of their event with their arguments alone', () => {
    const { subscribe, deliver } = transport()
    const events = createFolioEvents(subscribe)
    const actions = vi.fn()
    const links = vi.fn()
    const files = vi.fn()
    events.on('menuAction', actions)
    events.on('openPassageLink', links)
    events.on('addFiles', files)
    deliver(eventChannels.menuAction, 'print')
    deliver(eventChannels.openPassageLink, 'folio://passage/a-1?start=3')
    deliver(eventChannels.addFiles, ['/docs/a.md', 'C:\\Users\\ana\\b.pdf'])
    expect(actions.mock.calls).toEqual([['print']])
    expect(links.mock.calls).toEqual([['folio://passage/a-1?start=3']])
    expect(files.mock.calls).toEqual([[['/docs/a.md', 'C:\\Users\\ana\\b.pdf']]])
  })

  it('let through the passage links Folio itself writes, spaces, accents, CJK and quotes included', () => {
    const { subscribe, deliver } = transport()
    const links = vi.fn()
    createFolioEvents(subscribe).on('openPassageLink', links)
    const link = formatPassageLink({
      archiveId: null,
      documentId: 'd-1',
      quote: { type: 'TextQuoteSelector', exact: 'l’été « 漢字 » (1914) & "x" 100 %', prefix: 'où ', suffix: ' fin' },
      position: { start: 10, end: 40 }
    })
    deliver(eventChannels.openPassageLink, link)
    expect(links).toHaveBeenCalledExactlyOnceWith(link)
  })

  it('stop reaching a listener once it unsubscribed', () => {
    const { subscribe, deliver } = transport()
    const listener = vi.fn()
    const off = createFolioEvents(subscribe).on('menuAction', listener)
    off()
    deliver(eventChannels.menuAction, 'print')
    expect(listener).not.toHaveBeenCalled()
  })

  it('wait for the page’s first listener when they come while it is still starting, then reach it once', () => {
    const { subscribe, deliver } = transport()
    const events = createFolioEvents(subscribe)
    deliver(eventChannels.openPassageLink, 'folio://passage/early')
    deliver(eventChannels.addFiles, ['/docs/early.md'])
    const links = vi.fn()
    events.on('openPassageLink', links)
    expect(links.mock.calls).toEqual([['folio://passage/early']])
    const second = vi.fn()
    events.on('openPassageLink', second)
    expect(second).not.toHaveBeenCalled()
    const files = vi.fn()
    events.on('addFiles', files)
    expect(files.mock.calls).toEqual([[['/docs/early.md']]])
  })

  it('keep only the latest few for a page that never listens', () => {
    const { subscribe, deliver } = transport()
    const events = createFolioEvents(subscribe)
    for (let index = 0; index < MAX_WAITING_EVENTS + 10; index++) deliver(eventChannels.menuAction, 'find')
    const listener = vi.fn()
    events.on('menuAction', listener)
    expect(listener).toHaveBeenCalledTimes(MAX_WAITING_EVENTS)
  })

  it.each([
    ['menuAction', ['toggleDevTools']],
    ['menuAction', ['print', 'extra']],
    ['menuAction', [{ sender: {} }, 'print']],
    ['menuAction', []],
    ['openPassageLink', ['javascript:alert(1)']],
    ['openPassageLink', ['http://folio.example/']],
    ['openPassageLink', [`folio://${'a'.repeat(5000)}`]],
    ['openPassageLink', ['folio://a\u0000b']],
    ['openPassageLink', [42]],
    ['addFiles', [[]]],
    ['addFiles', ['/docs/a.md']],
    ['addFiles', [['/docs/a\u0000.md']]],
    ['addFiles', [[42]]],
    ['addFiles', [Array.from({ length: MAX_EVENT_FILES + 1 }, () => '/docs/a.md')]]
  ] as const)('never reach a listener when malformed: %s %j', (event, args) => {
    const { subscribe, deliver } = transport()
    const listener = vi.fn()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    createFolioEvents(subscribe).on(event, listener)
    deliver(eventChannels[event], ...args)
    expect(listener).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledOnce()
    warn.mockRestore()
  })

  it('refuse to listen to an event that is not in the contract, or without a function', () => {
    const { subscribe } = transport()
    const events = createFolioEvents(subscribe)
    expect(() => events.on('ipc:raw' as FolioEvent, vi.fn())).toThrow(/inconnu/)
    expect(() => events.on('__proto__' as FolioEvent, vi.fn())).toThrow(/inconnu/)
    expect(() => events.on('menuAction', 'alert' as never)).toThrow(/fonction/)
    // Only the contract's channels, once each, whatever the page asks.
    expect(subscribe.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(eventChannels).sort())
  })

  it('are sent by main on their channel, and a malformed one is not sent at all', () => {
    const target = { send: vi.fn() }
    sendFolioEvent(target, 'addFiles', ['/docs/a.md'])
    expect(target.send).toHaveBeenCalledExactlyOnceWith('events:add-files', ['/docs/a.md'])
    expect(() => sendFolioEvent(target, 'openPassageLink', 'https://example.com')).toThrow(/mal formé/)
    expect(target.send).toHaveBeenCalledOnce()
  })
})
