// Paints highlights with the CSS Custom Highlight API: one named highlight per colour, built from
// DOM Ranges. No element is inserted into the text, so React's DOM and the block texts stay untouched.
// Each document has its own registry: a saved page's highlights are painted in its frame's.

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

type HighlightWindow = Window & typeof globalThis

/** The window of `doc` (the app's, or a saved page's frame) when it has the Highlight API. */
function highlightWindow(doc: Document = window.document): HighlightWindow | null {
  const view = doc.defaultView as HighlightWindow | null
  return view && typeof view.CSS !== 'undefined' && 'highlights' in view.CSS ? view : null
}

/** A highlight of `ranges` made in their document's own window, for that window's registry. */
function highlightOf(view: HighlightWindow, ranges: Range[], priority: number): Highlight {
  const highlight = new view.Highlight(...ranges)
  highlight.priority = priority
  return highlight
}

/** Paints `spans` over the reader `root`, replacing what was painted before. Returns the ranges by id. */
export function paintHighlights(
  spans: readonly PaintedSpan[],
  root: Element,
  doc: AnchorableDocument
): Map<string, Range> {
  const view = highlightWindow(root.ownerDocument)
  const ranges = new Map<string, Range>()
  const byColor = new Map<HighlightColor, Range[]>(HIGHLIGHT_COLORS.map((color) => [color, []]))
  for (const span of spans) {
    const range = offsetsToRange(span.start, span.end, root, doc)
    if (!range) continue
    ranges.set(span.id, range)
    byColor.get(span.color)?.push(range)
  }
  // Shorter (inner) passages are painted above longer ones when they overlap.
  if (view)
    for (const [color, list] of byColor) view.CSS.highlights.set(highlightName(color), highlightOf(view, list, 1))
  return ranges
}

/** Marks one range as the selected annotation (an outline), or clears the mark. */
export function markSelected(range: Range | null, doc: Document = window.document): void {
  const view = highlightWindow(range?.startContainer.ownerDocument ?? doc)
  if (!view) return
  if (range) view.CSS.highlights.set(SELECTED, highlightOf(view, [range], 3))
  else view.CSS.highlights.delete(SELECTED)
}

/** Flashes a range briefly, to show where a jump landed. */
export function flashRange(range: Range, durationMs = 1200): void {
  const view = highlightWindow(range.startContainer.ownerDocument ?? undefined)
  if (!view) return
  const highlights = view.CSS.highlights
  const highlight = highlightOf(view, [range], 2)
  highlights.set(FLASH, highlight)
  window.setTimeout(() => {
    if (highlights.get(FLASH) === highlight) highlights.delete(FLASH)
  }, durationMs)
}

/** Removes every Folio highlight of `doc` (when the reader unmounts). */
export function clearHighlights(doc: Document = window.document): void {
  const highlights = highlightWindow(doc)?.CSS.highlights
  if (!highlights) return
  for (const color of HIGHLIGHT_COLORS) highlights.delete(highlightName(color))
  highlights.delete(FLASH)
  highlights.delete(SELECTED)
}
