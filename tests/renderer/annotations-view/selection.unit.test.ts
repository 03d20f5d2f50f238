// Ticking annotations in the annotations view: a click ticks one, a shift-click a range of the shown rows (ticking or
// unticking as its start is), "select all" every shown row.

import { describe, expect, it } from 'vitest'
import { EMPTY_SELECTION, extendTo, selectAll, toggle } from '../../../src/renderer/src/annotations-view/selection'

const shown = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }))
const ids = (selection: { ids: ReadonlySet<string> }) => [...selection.ids].sort()

describe('ticking annotations', () => {
  it('ticks and unticks one with a click', () => {
    const once = toggle(EMPTY_SELECTION, 'b')
    expect(ids(once)).toEqual(['b'])
    expect(ids(toggle(once, 'b'))).toEqual([])
  })

  it('ticks the range from the last click to a shift-click, either way', () => {
    expect(ids(extendTo(toggle(EMPTY_SELECTION, 'b'), shown, 'd'))).toEqual(['b', 'c', 'd'])
    expect(ids(extendTo(toggle(EMPTY_SELECTION, 'e'), shown, 'c'))).toEqual(['c', 'd', 'e'])
  })

  it('unticks the range when its start was just unticked', () => {
    const all = selectAll(EMPTY_SELECTION, shown)
    expect(ids(extendTo(toggle(all, 'a'), shown, 'c'))).toEqual(['d', 'e'])
  })

  it('toggles only the row shift-clicked when the range has no start among the shown rows', () => {
    expect(ids(extendTo(EMPTY_SELECTION, shown, 'c'))).toEqual(['c'])
    expect(ids(extendTo(toggle(EMPTY_SELECTION, 'hidden'), shown, 'c'))).toEqual(['c', 'hidden'])
  })

  it('selects all shown rows, keeping those ticked before', () => {
    expect(ids(selectAll(toggle(EMPTY_SELECTION, 'z'), shown.slice(0, 2)))).toEqual(['a', 'b', 'z'])
  })
})
