// The script the start-up benchmark runs in a page before anything else: each animation frame it checks
// whether the article's text is in the page and the user's annotations are highlighted, and notes when.

/** The page globals the probe sets: milliseconds from navigation start to the first frame showing the text,
 * and to the first frame showing the text and every highlight. */
export const TEXT_AT = '__folioBenchTextAt'
export const SHOWN_AT = '__folioBenchShownAt'
/** The page global with the first frame in which the app itself (not main's first screen) shows the reader. */
export const APP_AT = '__folioBenchAppAt'

/** Runs in the page. Counts only Folio's annotation highlights (`folio-<colour>`, see highlight-painter.ts). */
function probe(snippet: string, highlights: number, textKey: string, shownKey: string, appKey: string): void {
  const names = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'].map((color) => `folio-${color}`)
  const painted = (): number => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0
    return names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0)
  }
  const check = (): void => {
    const now = performance.now()
    const text = textKey in window || (document.body?.textContent ?? '').includes(snippet)
    if (text && !(textKey in window)) Object.defineProperty(window, textKey, { value: now })
    if (text && !(shownKey in window) && painted() >= highlights)
      Object.defineProperty(window, shownKey, { value: now })
    // The app's own reader is on screen: the first screen is gone and the app has drawn the article.
    if (!(appKey in window) && !document.getElementById('first-screen') && document.querySelector('#root .reader')) {
      Object.defineProperty(window, appKey, { value: now })
    }
    if (!(shownKey in window) || !(appKey in window)) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/** The probe's source, to give to `addInitScript`: it waits for `snippet` and `highlights` highlighted ranges. */
export function startupProbe(snippet: string, highlights: number): string {
  const args = [
    JSON.stringify(snippet),
    highlights,
    JSON.stringify(TEXT_AT),
    JSON.stringify(SHOWN_AT),
    JSON.stringify(APP_AT)
  ].join(', ')
  return `(${probe.toString()})(${args})`
}
