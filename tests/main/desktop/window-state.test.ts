import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  restoredWindowState,
  type DisplayLayout,
  type Rectangle,
  type WindowState
} from '../../../src/main/desktop/window-state'
import { WindowStateStore, type TrackedWindow } from '../../../src/main/desktop/window-state-store'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 }
/** A second monitor to the right of the laptop. */
const external: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 }
const both: DisplayLayout = { workAreas: [laptop, external], primary: laptop }
const laptopOnly: DisplayLayout = { workAreas: [laptop], primary: laptop }

const state = (bounds: Rectangle, extra: Partial<WindowState> = {}): WindowState => ({
  bounds,
  maximized: false,
  fullScreen: false,
  ...extra
})

/** Whether `inner` lies whole inside `outer`. */
const inside = (inner: Rectangle, outer: Rectangle) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

describe('where the window opens again', () => {
  it('opens where it was left when that place is on a display', () => {
    const onExternal = state({ x: 2100, y: 100, width: 1400, height: 900 }, { maximized: true })
    expect(restoredWindowState(onExternal, both)).toEqual(onExternal)
  })

  it('comes back onto the primary display, whole and centred, when its monitor was unplugged', () => {
    const restored = restoredWindowState(state({ x: 2100, y: 100, width: 2400, height: 1300 }), laptopOnly)
    expect(inside(restored.bounds, laptop)).toBe(true)
    expect(restored.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 })
    const small = restoredWindowState(state({ x: 2100, y: 100, width: 1000, height: 600 }), laptopOnly)
    expect(small.bounds).toEqual({ x: 460, y: 220, width: 1000, height: 600 })
  })

  it('keeps its maximised and full-screen state when it moves to another display', () => {
    const restored = restoredWindowState(
      state({ x: 3000, y: 50, width: 900, height: 700 }, { fullScreen: true }),
      laptopOnly
    )
    expect(restored).toMatchObject({ fullScreen: true, maximized: false })
  })

  it('is pulled whole onto the display it mostly covers when it hung over an edge', () => {
    const restored = restoredWindowState(state({ x: 1500, y: 600, width: 1000, height: 700 }), laptopOnly)
    expect(inside(restored.bounds, laptop)).toBe(true)
    expect(restored.bounds).toEqual({ x: 920, y: 340, width: 1000, height: 700 })
    // Above the top of the screen, the title bar comes back into reach.
    expect(restoredWindowState(state({ x: 100, y: -300, width: 800, height: 600 }), laptopOnly).bounds.y).toBe(0)
  })

  it('never opens smaller than the window’s minimum of 720×480, even from a tiny saved size', () => {
    const restored = restoredWindowState(state({ x: 10, y: 10, width: 100, height: 50 }), laptopOnly)
    expect(restored.bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height })
  })

  it('is shrunk to a screen whose resolution was lowered', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1280, height: 720 }
    const restored = restoredWindowState(state({ x: 0, y: 0, width: 1900, height: 1000 }), {
      workAreas: [small],
      primary: small
    })
    expect(restored.bounds).toEqual(small)
  })

  it.each([
    ['nothing saved', null],
    ['not an object', 'big'],
    ['a field missing', { bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: false }],
    [
      'a width that is not a number',
      { bounds: { x: 0, y: 0, width: '900', height: 700 }, maximized: false, fullScreen: false }
    ],
    ['a negative width', { bounds: { x: 0, y: 0, width: -900, height: 700 }, maximized: false, fullScreen: false }],
    [
      'an absurd coordinate',
      { bounds: { x: 1e12, y: 0, width: 900, height: 700 }, maximized: false, fullScreen: false }
    ],
    [
      'NaN smuggled in',
      { bounds: { x: Number.NaN, y: 0, width: 900, height: 700 }, maximized: false, fullScreen: false }
    ]
  ])('opens at the default size, centred on the primary display, with %s', (_, saved) => {
    expect(restoredWindowState(saved, both)).toEqual({
      bounds: { x: 320, y: 90, ...DEFAULT_SIZE },
      maximized: false,
      fullScreen: false
    })
  })
})

/** A window double that lets the test fire its events. */
function fakeWindow(initial: WindowState) {
  let current = initial
  const listeners = new Map<string, (() => void)[]>()
  const window: TrackedWindow = {
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    getNormalBounds: () => current.bounds,
    isMaximized: () => current.maximized,
    isFullScreen: () => current.fullScreen
  }
  const fire = (event: string, next: WindowState = current) => {
    current = next
    for (const listener of listeners.get(event) ?? []) listener()
  }
  return { window, fire }
}

describe('the window state’s file', () => {
  const tempDir = tempDirsPerTest()
  afterEach(() => vi.useRealTimers())

  it('gives back what it saved, and null when there is nothing or it is not JSON', async () => {
    const file = join(tempDir('folio-window-'), 'window-state.json')
    const store = new WindowStateStore(file)
    expect(await store.load()).toBeNull()
    const saved = state({ x: 10, y: 20, width: 1000, height: 700 }, { maximized: true })
    await store.save(saved)
    expect(await new WindowStateStore(file).load()).toEqual(saved)
    writeFileSync(file, '{"bounds": ')
    expect(await store.load()).toBeNull()
  })

  it('writes once the user stops resizing (not at every step), and at once when the window closes', async () => {
    vi.useFakeTimers()
    const file = join(tempDir('folio-window-'), 'window-state.json')
    const store = new WindowStateStore(file)
    const save = vi.spyOn(store, 'save')
    const { window, fire } = fakeWindow(state({ x: 0, y: 0, width: 900, height: 600 }))
    store.track(window, 500)
    for (let width = 901; width <= 1000; width++) {
      fire('resize', state({ x: 0, y: 0, width, height: 600 }))
      vi.advanceTimersByTime(50)
    }
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(500)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenLastCalledWith(state({ x: 0, y: 0, width: 1000, height: 600 }))

    fire('move', state({ x: 40, y: 30, width: 1000, height: 600 }))
    fire('close')
    expect(save).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(1000)
    expect(save).toHaveBeenCalledTimes(2)
    vi.useRealTimers()
    await save.mock.results[1]?.value
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state({ x: 40, y: 30, width: 1000, height: 600 }))
  })
})
