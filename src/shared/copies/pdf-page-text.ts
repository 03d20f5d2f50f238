// A PDF page's text as Folio anchors, searches and highlights it, from pdf.js's TextContent items (no pdf.js here).
// Rule: pageText = each text item's `str` in order, plus '\n' after each item with `hasEOL`; marked-content
// items (no `str`) add nothing. pdf.js's TextLayer draws one <span> per item (none for an empty `str`) and a
// <br> after each `hasEOL` item; the reader puts a '\n' text node after each <br>, so the text layer's DOM text
// equals pageText exactly, as long as both are made from the same getTextContent call ({@link PAGE_TEXT_OPTIONS})
// and the page has under 100,000 items (pdf.js's TextLayer stops drawing there).

/** A TextContent text item, as far as the page text needs it. */
export interface PdfTextItem {
  str: string
  hasEOL: boolean
}

/** A TextContent marked-content item (beginMarkedContent…): it carries no text. */
export interface PdfMarkedContentItem {
  type: string
}

/** Any TextContent item: only text items add to the page text. */
export type PageTextItem = PdfTextItem | PdfMarkedContentItem

/** The options both the extraction and the text layer pass to pdf.js's getTextContent/streamTextContent. */
export const PAGE_TEXT_OPTIONS = { includeMarkedContent: false, disableNormalization: false } as const

function isTextItem(item: PageTextItem): item is PdfTextItem {
  return typeof (item as { str?: unknown }).str === 'string'
}

/** The page's text by the rule above. */
export function pageText(items: readonly PageTextItem[]): string {
  const parts: string[] = []
  for (const item of items) {
    if (!isTextItem(item)) continue
    parts.push(item.str)
    if (item.hasEOL) parts.push('\n')
  }
  return parts.join('')
}

const PAGE_BLOCK_ID = /^page-([1-9][0-9]*)$/

/** The id of page `page`'s block (1-based): "page-4". */
export function pageBlockId(page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`No page ${page}: pages count from 1`)
  return `page-${page}`
}

/** The page (1-based) a block id names, or null for an id that is not a page's ("p-1a2b…", "page-0"). */
export function pageOfBlockId(id: string): number | null {
  const match = PAGE_BLOCK_ID.exec(id)
  if (!match?.[1]) return null
  const page = Number(match[1])
  return Number.isSafeInteger(page) ? page : null
}
