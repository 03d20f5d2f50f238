// Where the reader is in a PDF's scroll area: the page under the top of the view and how far down it (0..1), the
// page to show in the toolbar, and going to a page or a position. Pages are the area's [data-page] elements.

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

export interface PdfPosition {
  page: number
  offset: number
}

/** The page elements, in order; pages[n - 1] is page n's. */
export type PageElements = RefObject<(HTMLDivElement | null)[]>

function topOf(scroller: HTMLElement, element: HTMLElement): number {
  return scroller.scrollTop + element.getBoundingClientRect().top - scroller.getBoundingClientRect().top
}

/** The position at `y` (scroll coordinates): a binary search over the pages, which are laid out in order. */
function positionAt(scroller: HTMLElement, pages: (HTMLDivElement | null)[], y: number): PdfPosition {
  let low = 0
  let high = pages.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    const element = pages[middle]
    if (element && topOf(scroller, element) <= y) low = middle
    else high = middle - 1
  }
  const element = pages[low]
  if (!element) return { page: 1, offset: 0 }
  const offset = (y - topOf(scroller, element)) / Math.max(1, element.offsetHeight)
  return { page: low + 1, offset: Math.min(1, Math.max(0, offset)) }
}

export function useScrollPosition(
  scroller: RefObject<HTMLElement | null>,
  pages: PageElements,
  onPosition?: (position: PdfPosition) => void
) {
  const [page, setPage] = useState(1)
  const last = useRef<PdfPosition>({ page: 1, offset: 0 })
  const report = useRef(onPosition)
  useEffect(() => {
    report.current = onPosition
  })

  const measure = useCallback(() => {
    const area = scroller.current
    if (!area) return
    last.current = positionAt(area, pages.current, area.scrollTop)
    setPage(positionAt(area, pages.current, area.scrollTop + area.clientHeight / 3).page)
  }, [scroller, pages])

  useEffect(() => {
    const area = scroller.current
    if (!area) return
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), measure()))
      clearTimeout(timer)
      timer = setTimeout(() => report.current?.(last.current), 300)
    }
    area.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      area.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [scroller, measure])

  /** Scrolls so that `position` is at the top of the view. */
  const goTo = useCallback(
    (position: PdfPosition) => {
      const area = scroller.current
      const element = pages.current[position.page - 1]
      if (!area || !element) return
      area.scrollTop = topOf(area, element) + position.offset * element.offsetHeight
      measure()
    },
    [scroller, pages, measure]
  )
  return { page, last, goTo }
}
