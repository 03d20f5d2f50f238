// The PDF reader's zoom: fit to the width, the whole page, or a fixed percentage; and the scale it gives a page.

export type PdfZoom = 'fit-width' | 'fit-page' | number

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const

/** Room kept around a page in the scroll area (CSS pixels, each side): see .pdf-pages in pdf.css. */
const MARGIN = 16

/** The scale of a page of `page` size (scale 1) in an area of `area` size. */
export function zoomScale(
  zoom: PdfZoom,
  page: { width: number; height: number },
  area: { width: number; height: number }
): number {
  if (typeof zoom === 'number') return zoom
  const width = Math.max(50, area.width - 2 * MARGIN) / page.width
  if (zoom === 'fit-width') return width
  return Math.min(width, Math.max(50, area.height - 2 * MARGIN) / page.height)
}

/** The next step in (by 1) or out (by -1) from the current scale. */
export function stepZoom(scale: number, by: 1 | -1): number {
  if (by > 0) return ZOOM_STEPS.find((step) => step > scale + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - 0.001) ?? ZOOM_STEPS[0]!
}
