// Which block is at the top of the reader: the first block element, in document order, not yet
// scrolled past. One rule for the saved reading position and for the bookmark bar's "position in view".

/** Where the top is and how much of a block must show below it for the block to count. */
export interface TopEdge {
  /** The top edge, in viewport pixels (the pane's top, plus any sticky bar over it). */
  top: number
  /**
   * How far below `top` a block's bottom must reach. The reading position takes 1 px: the block the
   * edge cuts through, whose fraction is saved and restored (1 px absorbs the rounding of a restored
   * scroll). The bookmark bar takes 16 px: a block is named only once a line of it (~1rem) shows.
   */
  minVisiblePx: number
}

/** The first of `elements` whose bottom is more than `minVisiblePx` below `top`, with its box;
 * elements with no height (nothing to show) are skipped. Null when all are scrolled past. */
export function blockAtTop(
  elements: Iterable<HTMLElement>,
  { top, minVisiblePx }: TopEdge
): { element: HTMLElement; box: DOMRect } | null {
  for (const element of elements) {
    const box = element.getBoundingClientRect()
    if (box.height === 0) continue
    if (box.bottom > top + minVisiblePx) return { element, box }
  }
  return null
}
