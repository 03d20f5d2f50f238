// Paints highlights with the CSS Custom Highlight API: one named highlight per colour, built from
// DOM Ranges. No element is inserted into the text, so React's DOM and the block texts stay untouched.

import type { AnchorableDocument } from '../../../../shared/anchoring/types'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../db/annotation'
import { offsetsToRange } from './text-position'

export interface PaintedSpan {
  id: string
  color: HighlightColor
  start: number
  end: number
}

const FLASH = 'folio-flash'
const SELECTED = 'folio-selected'
export const highlightName = (color: HighlightColor): string => `folio-${color}`

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null
}

/** Paints `spans` over the reader `root`, replacing what was painted before. Returns the ranges by id. */
export function paintHighlights(
  spans: readonly PaintedSpan[],
  root: Element,
  doc: AnchorableDocument
): Map<string, Range> {
  const highlights = registry()
  const ranges = new Map<string, Range>()
  const byColor = new Map<HighlightColor, Range[]>(HIGHLIGHT_COLORS.map((color) => [color, []]))
  for (const span of spans) {
    const range = offsetsToRange(span.start, span.end, root, doc)
    if (!range) continue
    ranges.set(span.id, range)
    byColor.get(span.color)?.push(range)
  }
  if (highlights) {
    for (const [color, list] of byColor) {
      const highlight = new Highlight(...list)
      // Shorter (inner) passages are painted above longer ones when they overlap.
      highlight.priority = 1
      highlights.set(highlightName(color), highlight)
    }
  }
  return ranges
}

/** Marks one range as the selected annotation (an outline), or clears the mark. */
export function markSelected(range: Range | null): void {
  const highlights = registry()
  if (!highlights) return
  if (range) {
    const highlight = new Highlight(range)
    highlight.priority = 3
    highlights.set(SELECTED, highlight)
  } else highlights.delete(SELECTED)
}

/** Flashes a range briefly, to show where a jump landed. */
export function flashRange(range: Range, durationMs = 1200): void {
  const highlights = registry()
  if (!highlights) return
  const highlight = new Highlight(range)
  highlight.priority = 2
  highlights.set(FLASH, highlight)
  window.setTimeout(() => {
    if (highlights.get(FLASH) === highlight) highlights.delete(FLASH)
  }, durationMs)
}

/** Removes every Folio highlight (when the reader unmounts). */
export function clearHighlights(): void {
  const highlights = registry()
  if (!highlights) return
  for (const color of HIGHLIGHT_COLORS) highlights.delete(highlightName(color))
  highlights.delete(FLASH)
  highlights.delete(SELECTED)
}
