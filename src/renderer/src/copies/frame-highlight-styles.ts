// The app's highlight styles lent to a saved page's frame: the page has its own document, where the app's
// `::highlight(folio-…)` rules do not reach. The same rules are copied there (one definition: styles/highlights.css),
// with the colours they take from the app's custom properties resolved, as a constructed sheet (no element added).

const HIGHLIGHT_RULE = '::highlight(folio-'
const CUSTOM_PROPERTY = /var\((--[\w-]+)\)/g

/** The app's `::highlight(folio-…)` rules as CSS text, their `var(--x)` replaced by the values the app has now. */
export function highlightRules(doc: Document = window.document): string {
  const computed = getComputedStyle(doc.documentElement)
  const rules: string[] = []
  for (const sheet of Array.from(doc.styleSheets)) {
    let list: CSSRuleList
    try {
      list = sheet.cssRules
    } catch {
      continue
    }
    for (const rule of Array.from(list)) {
      if (!(rule instanceof CSSStyleRule) || !rule.selectorText.startsWith(HIGHLIGHT_RULE)) continue
      rules.push(
        rule.cssText.replace(CUSTOM_PROPERTY, (_, name: string) => computed.getPropertyValue(name).trim() || 'initial')
      )
    }
  }
  return rules.join('\n')
}

/** Adds the app's highlight rules to `frameDoc` (a saved page's document); no-op where sheets cannot be built. */
export function lendHighlightStyles(frameDoc: Document): void {
  const view = frameDoc.defaultView as (Window & typeof globalThis) | null
  if (!view || typeof view.CSSStyleSheet !== 'function') return
  const sheet = new view.CSSStyleSheet()
  sheet.replaceSync(highlightRules())
  frameDoc.adoptedStyleSheets = [...frameDoc.adoptedStyleSheets, sheet]
}
