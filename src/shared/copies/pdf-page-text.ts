// The text of one PDF page as the reader shows it, from pdf.js's text items (pure: no pdf.js import). The viewer's
// text layer draws a <br> for each item with hasEOL and inserts a '\n' text node after it, so the DOM text of a page
// equals pageText(items) exactly: offsets in one are offsets in the other.

/** What pageText reads of a pdf.js TextContent item; a marked-content item (no `str`) is ignored. */
export type PageTextItem = { str: string; hasEOL: boolean } | { type: string; id?: string }

/** A page's text: each item's str in order, with '\n' after an item that ends a line (hasEOL). */
export function pageText(items: readonly PageTextItem[]): string {
  let text = ''
  for (const item of items) {
    if (!('str' in item) || typeof item.str !== 'string') continue
    text += item.str
    if (item.hasEOL) text += '\n'
  }
  return text
}

/** The block id of page `n` (1-based) of a copy. */
export function pageBlockId(n: number): string {
  return `page-${n}`
}

const PAGE_BLOCK_ID = /^page-([1-9][0-9]*)$/

/** The page (1-based) a block id names, or null when it is not exactly "page-<positive integer>". */
export function pageOfBlockId(id: string): number | null {
  const match = PAGE_BLOCK_ID.exec(id)
  if (match === null) return null
  const page = Number(match[1])
  return Number.isSafeInteger(page) ? page : null
}
