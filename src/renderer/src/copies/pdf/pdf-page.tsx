// One page of the PDF reader: a placeholder of the page's size that draws its canvas (at the screen's pixel ratio)
// and its text layer when near the view, drops the canvas when far, and the text layer when farther still.
// The text layer is the page's block (data-block-id="page-n"): its text is exactly pageText(items).

import { memo, useEffect, useRef, useState, type CSSProperties } from 'react'
import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist'
import { blockElementId } from '../../../../shared/archive/block-element-id'
import { pageBlockId } from '../../../../shared/copies/pdf-page-text'
import type { FrameQueue } from './frame-queue'
import { pageLinks, type PdfLink } from './pdf-links'

export interface PdfPageProps {
  pdf: PDFDocumentProxy
  page: number
  /** The page's size at scale 1 (CSS pixels), as known so far. */
  size: { width: number; height: number }
  scale: number
  /** Near the view: its canvas is drawn. */
  draw: boolean
  /** Near enough to keep its text layer and links. */
  keep: boolean
  queue: FrameQueue
  onSize(page: number, width: number, height: number): void
  onShown(page: number, shown: boolean): void
  onOpenLink?(url: string): void
  onGoTo(page: number): void
  elementRef(page: number, element: HTMLDivElement | null): void
}

const PAGE_DRAWN = 'folio:pdf-page-drawn'

/** After pdf.js's text layer: a '\n' after each <br> (an item that ends a line), so the DOM text is pageText. */
function newlinesAfterBreaks(layer: HTMLElement): void {
  for (const br of layer.querySelectorAll('br')) br.after(document.createTextNode('\n'))
}

function PdfPageView(props: PdfPageProps) {
  const { pdf, page, size, scale, draw, keep, queue, onSize, onShown, onOpenLink, onGoTo, elementRef } = props
  const canvasBox = useRef<HTMLDivElement>(null)
  const layer = useRef<HTMLDivElement>(null)
  const [links, setLinks] = useState<PdfLink[]>([])
  const [layerShown, setLayerShown] = useState(false)

  useEffect(() => {
    const box = canvasBox.current
    if (!box) return
    if (!draw) {
      box.replaceChildren()
      return
    }
    const abort = new AbortController()
    let task: RenderTask | null = null
    void (async () => {
      if (!(await queue.turn(abort.signal))) return
      const proxy = await pdf.getPage(page)
      if (abort.signal.aborted) return
      const unit = proxy.getViewport({ scale: 1 })
      onSize(page, unit.width, unit.height)
      const viewport = proxy.getViewport({ scale })
      const ratio = window.devicePixelRatio || 1
      const canvas = document.createElement('canvas')
      canvas.width = Math.floor(viewport.width * ratio)
      canvas.height = Math.floor(viewport.height * ratio)
      task = proxy.render({
        canvas,
        canvasContext: canvas.getContext('2d')!,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0]
      })
      await task.promise
      if (abort.signal.aborted) return
      box.replaceChildren(canvas)
      // For the benchmark (bench/suite/pdf-figures.ts): the first page drawn since the marks were cleared.
      if (!performance.getEntriesByName(PAGE_DRAWN).length) performance.mark(PAGE_DRAWN)
    })().catch(() => undefined)
    return () => {
      abort.abort()
      task?.cancel()
    }
  }, [pdf, page, scale, draw, queue, onSize])

  useEffect(() => {
    const element = layer.current
    if (!element || !keep || layerShown) return
    const abort = new AbortController()
    let textLayer: TextLayer | null = null
    void (async () => {
      if (!(await queue.turn(abort.signal))) return
      const proxy = await pdf.getPage(page)
      const content = await proxy.getTextContent()
      if (abort.signal.aborted) return
      element.replaceChildren()
      textLayer = new TextLayer({
        textContentSource: content,
        container: element,
        viewport: proxy.getViewport({ scale: 1 })
      })
      await textLayer.render()
      if (abort.signal.aborted) return
      newlinesAfterBreaks(element)
      setLayerShown(true)
      setLinks(await pageLinks(pdf, proxy))
    })().catch(() => undefined)
    return () => {
      abort.abort()
      textLayer?.cancel()
    }
  }, [pdf, page, keep, layerShown, queue])

  useEffect(() => {
    if (keep || !layerShown) return
    layer.current?.replaceChildren()
    setLayerShown(false)
    setLinks([])
  }, [keep, layerShown])

  useEffect(() => {
    onShown(page, layerShown)
  }, [page, layerShown, onShown])
  useEffect(() => () => onShown(page, false), [page, onShown])

  const style = {
    width: `${size.width * scale}px`,
    height: `${size.height * scale}px`,
    '--total-scale-factor': String(scale),
    '--scale-round-x': '1px',
    '--scale-round-y': '1px'
  } as CSSProperties
  return (
    <div
      className="pdf-page"
      id={blockElementId(pageBlockId(page))}
      data-page={page}
      style={style}
      ref={(element) => elementRef(page, element)}
    >
      <div className="pdf-canvas" ref={canvasBox} />
      <div className="textLayer" data-block-id={pageBlockId(page)} ref={layer} />
      {links.map((link, index) => {
        const [left, top, width, height] = link.box
        const place = {
          left: `${left * 100}%`,
          top: `${top * 100}%`,
          width: `${width * 100}%`,
          height: `${height * 100}%`
        }
        const target = link.target
        return target.kind === 'url' ? (
          <a
            key={index}
            className="pdf-link"
            href={target.url}
            title={target.url}
            style={place}
            onClick={(event) => (event.preventDefault(), onOpenLink?.(target.url))}
          />
        ) : (
          <a
            key={index}
            className="pdf-link"
            href={`#page-${target.page}`}
            style={place}
            onClick={(event) => (event.preventDefault(), onGoTo(target.page))}
          />
        )
      })}
    </div>
  )
}

/** Re-rendered only when its own props change: scrolling a long PDF touches the few pages that come near or go. */
export const PdfPage = memo(PdfPageView)
