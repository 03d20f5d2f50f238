// "Which block is at the top" in real Chromium: the reading position names the block the pane's top
// edge cuts through, with the fraction scrolled past, and goes back there; the bookmark bar names a
// block only once a line of it shows below its own sticky bar.

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { blockInView } from '../../../src/renderer/src/bookmarks/block-in-view'
import { scrollToReadingState, topBlock } from '../../../src/renderer/src/reader/reading-position'
import { blockElementId } from '../../../src/shared/archive/block-element-id'

let pane: HTMLDivElement
let reader: HTMLElement

/** A 200 px pane over four 100 px paragraphs, laid out as the reader draws them. */
beforeEach(() => {
  pane = document.createElement('div')
  pane.style.cssText = 'height: 200px; overflow: auto; position: relative'
  reader = document.createElement('article')
  reader.className = 'reader'
  for (const id of ['a', 'b', 'c', 'd']) {
    const paragraph = document.createElement('p')
    paragraph.id = blockElementId(id)
    paragraph.dataset.blockId = id
    paragraph.style.cssText = 'height: 100px; margin: 0'
    reader.append(paragraph)
  }
  pane.append(reader)
  document.body.append(pane)
})

afterEach(() => pane.remove())

describe('the reading position', () => {
  it('is the block the top edge cuts through, and how far into it', () => {
    pane.scrollTop = 150
    expect(topBlock(pane, reader)).toEqual({ blockId: 'b', fraction: 0.5 })
  })

  it('skips a block whose last pixel is at the top edge', () => {
    pane.scrollTop = 199.5
    expect(topBlock(pane, reader)?.blockId).toBe('c')
  })

  it('brings the saved block back to the top', () => {
    pane.scrollTop = 150
    const saved = topBlock(pane, reader)
    pane.scrollTop = 0
    expect(saved && scrollToReadingState(pane, reader, saved)).toBe(true)
    expect(pane.scrollTop).toBe(150)
  })
})

describe('the position in view (bookmark bar)', () => {
  it('is a block with at least a line below the top edge', () => {
    pane.scrollTop = 90
    expect(blockInView(pane)).toBe('b')
    pane.scrollTop = 80
    expect(blockInView(pane)).toBe('a')
  })

  it('does not count what the sticky bar covers', () => {
    pane.scrollTop = 50
    expect(blockInView(pane, 40)).toBe('b')
  })

  it('is nothing when every block is scrolled past', () => {
    reader.style.paddingBottom = '400px'
    pane.scrollTop = 450
    expect(blockInView(pane)).toBeNull()
    expect(topBlock(pane, reader)).toBeNull()
  })
})
