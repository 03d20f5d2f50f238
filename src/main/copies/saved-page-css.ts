// A saved page's CSS with its remote references taken out: every url(…) that is not data: or #fragment, and
// every @import. One left-to-right scan with indexOf (linear time, whatever the input); an unclosed url( drops
// the rest of the text, so nothing half-parsed can load.

/** True for what a copy may keep: an inline data: URL or a reference into the page itself. */
export function isLocalReference(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters around and inside a scheme.
  const bare = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
  return bare.startsWith('data:') || bare.startsWith('#')
}

export interface FilteredCss {
  css: string
  blocked: number
}

/** `css` without its remote url(…) (replaced by `none`) and @import rules, with how many it had. */
export function filterCss(css: string): FilteredCss {
  const lower = css.toLowerCase()
  let out = ''
  let at = 0
  let blocked = 0
  let nextUrl = -2
  let nextImport = -2
  while (at < css.length) {
    if (nextUrl !== -1 && nextUrl < at) nextUrl = lower.indexOf('url(', at)
    if (nextImport !== -1 && nextImport < at) nextImport = lower.indexOf('@import', at)
    if (nextUrl === -1 && nextImport === -1) break
    if (nextImport !== -1 && (nextUrl === -1 || nextImport < nextUrl)) {
      out += css.slice(at, nextImport)
      blocked++
      const end = css.indexOf(';', nextImport)
      at = end === -1 ? css.length : end + 1
      continue
    }
    out += css.slice(at, nextUrl)
    let start = nextUrl + 4
    while (start < css.length && /\s/.test(css[start]!)) start++
    const quote = css[start]
    const valueEnd = quote === '"' || quote === "'" ? css.indexOf(quote, start + 1) : start
    const close = valueEnd === -1 ? -1 : css.indexOf(')', valueEnd + (valueEnd === start ? 0 : 1))
    if (close === -1) {
      blocked++
      at = css.length
      break
    }
    const value = quote === '"' || quote === "'" ? css.slice(start + 1, valueEnd) : css.slice(start, close)
    if (isLocalReference(value)) out += css.slice(nextUrl, close + 1)
    else {
      out += 'none'
      blocked++
    }
    at = close + 1
  }
  return { css: out + css.slice(at), blocked }
}
