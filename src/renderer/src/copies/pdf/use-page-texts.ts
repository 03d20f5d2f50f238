// Every page's text, extracted in order ahead of the reader (pdf.js's worker does the work; the page yields between
// pages): reported page by page with the progress, and kept for the find field. Extraction waits until the first page
// is drawn (it would compete with it), and does not happen at all when the text is already known (kept by main).

import { useEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { pageText, type PageTextItem } from '../../../../shared/copies/pdf-page-text'

export interface PageTexts {
  /** texts[n - 1] is page n's text, once extracted. */
  texts: readonly string[]
  done: number
}

export interface PageTextsOptions {
  /** The pages' text as kept from an earlier opening: used as it is when it has every page. */
  known?: readonly string[] | null
  /** False until extraction may start (the first page drawn). */
  start?: boolean
}

/** Extracts the text of each page of `pdf` once; `onPageText` hears each one. */
export function usePageTexts(
  pdf: PDFDocumentProxy | null,
  onPageText?: (page: number, text: string, done: number, total: number) => void,
  { known = null, start = true }: PageTextsOptions = {}
): PageTexts {
  const complete = pdf !== null && known !== null && known.length === pdf.numPages
  const [state, setState] = useState<PageTexts>({ texts: [], done: 0 })
  const listener = useRef(onPageText)
  useEffect(() => {
    listener.current = onPageText
  })
  useEffect(() => {
    if (!pdf || complete || !start) return
    let live = true
    const texts: string[] = []
    void (async () => {
      const total = pdf.numPages
      for (let n = 1; n <= total && live; n++) {
        const page = await pdf.getPage(n)
        const content = await page.getTextContent()
        if (!live) return
        const text = pageText(content.items as PageTextItem[])
        texts.push(text)
        listener.current?.(n, text, n, total)
        // Fewer renders of the view on a long PDF: the find field sees the text every 10 pages and at the end.
        if (n % 10 === 0 || n === total) setState({ texts: [...texts], done: n })
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    })().catch(() => undefined)
    return () => {
      live = false
    }
  }, [pdf, complete, start])
  return complete && known ? { texts: known, done: known.length } : state
}
