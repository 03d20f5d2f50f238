// A loaded PDF in the reader: the toolbar, the outline, the find field and the scroll area of page placeholders,
// sized from each page as known (page 1's size until then), drawn near the view only (IntersectionObserver).

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { FrameQueue } from './frame-queue'
import { PdfFind } from './pdf-find'
import { PdfOutline, usePdfOutline } from './pdf-outline'
import { PdfPage } from './pdf-page'
import { PdfToolbar } from './pdf-toolbar'
import { stepZoom, zoomScale, type PdfZoom } from './pdf-zoom'
import { usePageTexts } from './use-page-texts'
import { useScrollPosition, type PdfPosition } from './use-scroll-position'

/** Pages around the view whose canvas is drawn, and (farther) whose text layer is kept. */
const DRAW_AROUND = 1
const KEEP_AROUND = 8

export interface PdfReaderProps {
  pdf: PDFDocumentProxy
  firstSize: { width: number; height: number }
  initialPosition?: PdfPosition | null
  onPosition?(position: PdfPosition): void
  onPageText?(page: number, text: string, done: number, total: number): void
  /** The pages' text kept from an earlier opening: not extracted again. */
  knownTexts?: readonly string[] | null
  onPagesShown?(pages: ReadonlySet<number>): void
  rootRef?: Ref<HTMLElement>
  onOpenLink?(url: string): void
}

function assign<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value)
  else if (ref) (ref as { current: T | null }).current = value
}

export function PdfReader(props: PdfReaderProps) {
  const { pdf, firstSize, initialPosition, onPosition, onPageText, onPagesShown, rootRef, onOpenLink } = props
  const total = pdf.numPages
  const scroller = useRef<HTMLDivElement>(null)
  const pages = useRef<(HTMLDivElement | null)[]>([])
  const [root, setRoot] = useState<HTMLDivElement | null>(null)
  const [sizes, setSizes] = useState<ReadonlyMap<number, { width: number; height: number }>>(new Map())
  const [area, setArea] = useState({ width: 0, height: 0 })
  const [zoom, setZoom] = useState<PdfZoom>('fit-width')
  const [visible, setVisible] = useState<ReadonlySet<number>>(new Set([1]))
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set())
  const [finding, setFinding] = useState(false)
  const [outlineOpen, setOutlineOpen] = useState(true)
  const queue = useMemo(() => new FrameQueue(), [])
  const outline = usePdfOutline(pdf)
  const { texts } = usePageTexts(pdf, onPageText, { known: props.knownTexts ?? null, start: shown.size > 0 })
  const { page, last, goTo } = useScrollPosition(scroller, pages, onPosition)
  const scale = area.width ? zoomScale(zoom, firstSize, area) : 1

  const pagesRef = useCallback(
    (element: HTMLDivElement | null) => {
      setRoot(element)
      assign(rootRef, element)
    },
    [rootRef]
  )
  const elementRef = useCallback((n: number, element: HTMLDivElement | null) => {
    pages.current[n - 1] = element
  }, [])
  const onSize = useCallback((n: number, width: number, height: number) => {
    setSizes((known) => {
      const had = known.get(n)
      if (had && had.width === width && had.height === height) return known
      return new Map(known).set(n, { width, height })
    })
  }, [])
  const onShown = useCallback((n: number, isShown: boolean) => {
    setShown((now) => {
      if (now.has(n) === isShown) return now
      const next = new Set(now)
      if (isShown) next.add(n)
      else next.delete(n)
      return next
    })
  }, [])
  const goToPage = useCallback((n: number) => goTo({ page: n, offset: 0 }), [goTo])

  useEffect(() => onPagesShown?.(shown), [shown, onPagesShown])

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const observer = new ResizeObserver(() => setArea({ width: element.clientWidth, height: element.clientHeight }))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // The pages in view, by their placeholders.
  useEffect(() => {
    const element = scroller.current
    if (!element) return
    const observer = new IntersectionObserver(
      (entries) =>
        setVisible((now) => {
          const next = new Set(now)
          for (const entry of entries) {
            const n = Number((entry.target as HTMLElement).dataset.page)
            if (entry.isIntersecting) next.add(n)
            else next.delete(n)
          }
          return next
        }),
      { root: element }
    )
    for (const placeholder of pages.current) if (placeholder) observer.observe(placeholder)
    return () => observer.disconnect()
  }, [total])

  // The reading position once the first layout is there, and the same position after each zoom.
  const restored = useRef(false)
  useLayoutEffect(() => {
    if (!area.width) return
    if (!restored.current) {
      restored.current = true
      if (initialPosition) goTo(initialPosition)
    } else goTo(last.current)
  }, [scale, area.width > 0]) // eslint-disable-line react-hooks/exhaustive-deps

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    if (key === 'f') setFinding(true)
    else if (key === '=' || key === '+') setZoom(stepZoom(scale, 1))
    else if (key === '-') setZoom(stepZoom(scale, -1))
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  const low = visible.size ? Math.min(...visible) : 1
  const high = visible.size ? Math.max(...visible) : 1
  const numbers = useMemo(() => Array.from({ length: total }, (_, index) => index + 1), [total])
  return (
    <div className="pdf-view" onKeyDown={onKeyDown}>
      <PdfToolbar
        page={page}
        total={total}
        zoom={zoom}
        scale={scale}
        hasOutline={outline.length > 0}
        outlineOpen={outlineOpen}
        onGoTo={goToPage}
        onZoom={setZoom}
        onToggleOutline={() => setOutlineOpen((open) => !open)}
      />
      {finding && (
        <PdfFind
          texts={texts}
          total={total}
          root={root}
          shown={shown}
          onGoTo={goToPage}
          onClose={() => (setFinding(false), scroller.current?.focus())}
        />
      )}
      <div className="pdf-body">
        {outline.length > 0 && outlineOpen && <PdfOutline entries={outline} onGoTo={goToPage} />}
        <div className="pdf-scroller" ref={scroller} tabIndex={0}>
          <div className="pdf-pages" ref={pagesRef}>
            {numbers.map((n) => (
              <PdfPage
                key={n}
                pdf={pdf}
                page={n}
                size={sizes.get(n) ?? firstSize}
                scale={scale}
                draw={n >= low - DRAW_AROUND && n <= high + DRAW_AROUND}
                keep={n >= low - KEEP_AROUND && n <= high + KEEP_AROUND}
                queue={queue}
                onSize={onSize}
                onShown={onShown}
                onOpenLink={onOpenLink}
                onGoTo={goToPage}
                elementRef={elementRef}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  )
}
