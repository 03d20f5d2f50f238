// A page's links, from pdf.js's annotations: only Link annotations, to an http(s) URL or to a page of the document;
// no form, no script, nothing else of the annotation layer. Placed in fractions of the page, so zoom needs no redo.

import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist'

export interface PdfLink {
  /** Left, top, width, height as fractions (0..1) of the page. */
  box: [number, number, number, number]
  target: { kind: 'url'; url: string } | { kind: 'page'; page: number }
}

/** The page (1-based) a destination (a name or an explicit array) points at, or null. */
export async function destinationPage(pdf: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest
    if (!Array.isArray(explicit) || explicit.length === 0) return null
    const ref: unknown = explicit[0]
    if (typeof ref === 'number') return ref + 1
    if (ref && typeof ref === 'object' && 'num' in ref && 'gen' in ref)
      return (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1
    return null
  } catch {
    return null
  }
}

const webUrl = (url: unknown): url is string => typeof url === 'string' && /^https?:\/\//i.test(url)

/** The links of `page`, in fractions of its size. */
export async function pageLinks(pdf: PDFDocumentProxy, page: PDFPageProxy): Promise<PdfLink[]> {
  const viewport = page.getViewport({ scale: 1 })
  const annotations = (await page.getAnnotations({ intent: 'display' })) as {
    subtype?: string
    rect?: number[]
    url?: unknown
    dest?: unknown
  }[]
  const links: PdfLink[] = []
  for (const annotation of annotations) {
    if (annotation.subtype !== 'Link' || !annotation.rect || annotation.rect.length !== 4) continue
    let target: PdfLink['target'] | null = null
    if (webUrl(annotation.url)) target = { kind: 'url', url: annotation.url }
    else if (annotation.dest) {
      const to = await destinationPage(pdf, annotation.dest)
      if (to !== null) target = { kind: 'page', page: to }
    }
    if (!target) continue
    const [ax, ay, bx, by] = annotation.rect as [number, number, number, number]
    const [x1, y1] = viewport.convertToViewportPoint(ax, ay) as [number, number]
    const [x2, y2] = viewport.convertToViewportPoint(bx, by) as [number, number]
    const box: PdfLink['box'] = [
      Math.min(x1, x2) / viewport.width,
      Math.min(y1, y2) / viewport.height,
      Math.abs(x2 - x1) / viewport.width,
      Math.abs(y2 - y1) / viewport.height
    ]
    links.push({ box, target })
  }
  return links
}
