import { describe, expect, it } from 'vitest'
import { movedZoom, validZoom, ZOOM_RANGE, ZOOM_STEPS } from '../../../src/shared/settings/zoom'

describe('the zoom steps', () => {
  it('goes one step up and down from 100 %, and back to 100 % on reset', () => {
    expect(movedZoom(1, 'in')).toBe(1.1)
    expect(movedZoom(1, 'out')).toBe(0.9)
    expect(movedZoom(1.75, 'reset')).toBe(1)
  })

  it('walks every step from 50 % to 200 % and stops at both ends', () => {
    const up: number[] = [ZOOM_RANGE.min]
    while (up.at(-1) !== ZOOM_RANGE.max) up.push(movedZoom(up.at(-1) ?? 1, 'in'))
    expect(up).toEqual([...ZOOM_STEPS])
    expect(movedZoom(2, 'in')).toBe(2)
    expect(movedZoom(0.5, 'out')).toBe(0.5)
    expect([ZOOM_RANGE.min, ZOOM_RANGE.max]).toEqual([0.5, 2])
  })

  it('moves a zoom between two steps to the nearer step in the direction asked', () => {
    expect(movedZoom(1.2, 'in')).toBe(1.25)
    expect(movedZoom(1.2, 'out')).toBe(1.1)
  })

  it('keeps a stored zoom within 50–200 %, and 100 % for anything that is not a number', () => {
    expect(validZoom(1.5)).toBe(1.5)
    expect(validZoom(9)).toBe(2)
    expect(validZoom(0.1)).toBe(0.5)
    expect(validZoom('2')).toBe(1)
    expect(validZoom(Number.NaN)).toBe(1)
  })
})
