import { describe, expect, it } from 'vitest'
import type { MainSettings } from '../../../src/shared/settings/settings'
import { DEFAULT_SETTINGS, mainSettings } from '../../../src/shared/settings/settings'
import { applyZoom, followZoomSetting, type Zoomable } from '../../../src/main/window/window-zoom'

/** A window that records what it was zoomed to. */
function fakeWindow(zoom = 1): Zoomable & { set: number[] } {
  const set: number[] = []
  return {
    set,
    getZoomFactor: () => zoom,
    setZoomFactor: (factor) => {
      zoom = factor
      set.push(factor)
    }
  }
}

describe('the window zoom', () => {
  it('zooms every window to the setting, leaving alone those already there', () => {
    const atTwo = fakeWindow(2)
    const atOne = fakeWindow(1)
    applyZoom([atTwo, atOne], 2)
    expect(atTwo.set).toEqual([])
    expect(atOne.set).toEqual([2])
  })

  it('never zooms beyond 50–200 %, whatever it is asked', () => {
    const window = fakeWindow()
    applyZoom([window], 7)
    expect(window.set).toEqual([2])
  })

  it('follows each change of the settings on the windows open at that moment', () => {
    let listener: (settings: MainSettings) => void = () => undefined
    const source = { onChange: (next: (settings: MainSettings) => void) => ((listener = next), () => undefined) }
    const first = fakeWindow()
    const windows = [first]
    followZoomSetting(source, () => windows)
    listener({ ...mainSettings(DEFAULT_SETTINGS), zoom: 1.5 })
    const second = fakeWindow()
    windows.push(second)
    listener({ ...mainSettings(DEFAULT_SETTINGS), zoom: 0.75 })
    expect(first.set).toEqual([1.5, 0.75])
    expect(second.set).toEqual([0.75])
  })
})
