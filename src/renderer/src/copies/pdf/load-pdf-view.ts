// The PDF reader's code (its view and pdf.js, a chunk of their own), loaded once: by the reader when it opens a
// PDF, and ahead of it, when the page is idle, as soon as a PDF copy is listed (a link card, "Mes copies"), so
// that "Lire la copie" does not wait for it.

let loading: Promise<typeof import('./pdf-view')> | undefined

/** The PDF view's module; the first call loads it. */
export function loadPdfView(): Promise<typeof import('./pdf-view')> {
  loading ??= import('./pdf-view')
  return loading
}

let warming = false

/** Loads the PDF view's module once the page has nothing else to do (once per session). */
export function warmPdfView(): void {
  if (warming || loading) return
  warming = true
  const load = () => void loadPdfView().catch(() => (loading = undefined))
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 })
  else setTimeout(load, 200)
}
