// How much of a saved page sanitize-html's parser can take in linear time. htmlparser2 keeps its open elements
// in an array it unshifts, so each tag costs the current depth: 100,000 unclosed tags take seconds, a 50 MB page
// of them hours. A page whose nesting may pass MAX_DEPTH is cut where it does (no saved page nests that deep).

/** Deepest nesting kept: far beyond real pages (a few dozen levels), cheap for the parser. */
export const MAX_DEPTH = 5000

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'image',
  'keygen',
  'basefont',
  'bgsound',
  'frame'
])
/** Elements whose content is text to the parser: a `<div` inside them is no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'noscript'])

/**
 * The length of `html` the parser may read: all of it, or up to the tag that could make its nesting pass MAX_DEPTH.
 * The depth bound is each element's opens less its own closes (never below 0), summed: an upper bound of the real one.
 */
export function parsableLength(html: string): number {
  const lower = html.toLowerCase()
  const open = new Map<string, number>()
  let depth = 0
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)|<!--/g
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex)
      if (end === -1) break
      tag.lastIndex = end + 3
      continue
    }
    const name = match[2]!.toLowerCase()
    if (match[1]) {
      const count = open.get(name) ?? 0
      if (count > 0) {
        open.set(name, count - 1)
        depth--
      }
      continue
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex)
      if (end === -1) break
      tag.lastIndex = end
      continue
    }
    // `<div/>` opens a div in HTML: only void elements have no content.
    if (VOID.has(name)) continue
    open.set(name, (open.get(name) ?? 0) + 1)
    if (++depth > MAX_DEPTH) return match.index
  }
  return html.length
}
