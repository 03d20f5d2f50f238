// The script the start-up benchmark runs in a page before anything else: each animation frame it checks
// whether the article's text is in the page and the user's annotations are highlighted, and notes when.

/** The page global the probe sets: milliseconds from navigation start to the first frame showing everything. */
export const SHOWN_AT = '__folioBenchShownAt'

/** Runs in the page. Counts only Folio's annotation highlights (`folio-<colour>`, see highlight-painter.ts). */
function probe(snippet: string, highlights: number, key: string): void {
  const names = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'].map((color) => `folio-${color}`)
  const painted = (): number => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0
    return names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0)
  }
  const check = (): void => {
    const text = document.body?.textContent ?? ''
    if (text.includes(snippet) && painted() >= highlights) Object.defineProperty(window, key, { value: performance.now() })
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/** The probe's source, to give to `addInitScript`: it waits for `snippet` and `highlights` highlighted ranges. */
export function startupProbe(snippet: string, highlights: number): string {
  return `(${probe.toString()})(${JSON.stringify(snippet)}, ${highlights}, ${JSON.stringify(SHOWN_AT)})`
}
