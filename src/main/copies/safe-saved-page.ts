// A saved web page (one HTML file) made safe to show offline: the page keeps its own look (tags, classes, styles,
// data: images and fonts, SVG) but loses its scripts, handlers, frames, redirections and every remote resource,
// which are counted. Links to the web stay as data-folio-href, for the reader to open through the confirmed opener.

import sanitizeHtml from 'sanitize-html'
import { filterCss, isLocalReference } from './saved-page-css'
import { parsableLength } from './saved-page-depth'

/** Elements dropped with all they contain: code, embedded documents, and what changes the page's address. */
const DROPPED = new Set([
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'base',
  'noembed',
  'noframes',
  'xmp',
  'plaintext'
])
/** Attributes whose value the browser loads, on any element. */
const RESOURCES = new Set([
  'src',
  'srcset',
  'imagesrcset',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'manifest',
  'data',
  'codebase',
  'archive'
])
/** Attributes that send something somewhere. */
const SENDERS = new Set(['action', 'formaction', 'ping'])
/** A <link> whose href the browser loads. */
const LOADING_LINK = /(?:^|\s)(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)(?:\s|$)/i

/** A srcset is kept only when each of its candidates is a data: URL (they are split on ", " as data URLs have bare commas). */
const localSrcset = (value: string): boolean => value.split(/,\s+/).every((candidate) => isLocalReference(candidate))

const isScriptUrl = (value: string): boolean => /^(?:javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))

/** A data: stylesheet's CSS, filtered as the page's own, put back as base64; null when it cannot be read. */
function filterDataStylesheet(href: string): { href: string; blocked: number } | null {
  const comma = href.indexOf(',')
  if (comma === -1) return null
  const head = href.slice(0, comma).toLowerCase()
  let css: string
  try {
    css = head.endsWith(';base64')
      ? Buffer.from(href.slice(comma + 1), 'base64').toString('utf8')
      : decodeURIComponent(href.slice(comma + 1))
  } catch {
    return null
  }
  const filtered = filterCss(css)
  return {
    href: `data:text/css;base64,${Buffer.from(filtered.css, 'utf8').toString('base64')}`,
    blocked: filtered.blocked
  }
}

/** The contents of every <style> of sanitized `html`, filtered; `<` escaped so no markup can hide in CSS. */
function filterStyleElements(html: string): { html: string; blocked: number } {
  let out = ''
  let at = 0
  let blocked = 0
  for (;;) {
    const open = html.indexOf('<style', at)
    if (open === -1) break
    const tagEnd = html.indexOf('>', open)
    const close = tagEnd === -1 ? -1 : html.indexOf('</style', tagEnd)
    if (close === -1) break
    const filtered = filterCss(html.slice(tagEnd + 1, close))
    blocked += filtered.blocked
    out += html.slice(at, tagEnd + 1) + filtered.css.replace(/</g, '\\3c ')
    at = close
  }
  return { html: out + html.slice(at), blocked }
}

/**
 * `html` with nothing that runs, navigates or reaches the network, and how many remote resources were taken out.
 * Linear time: sanitize-html's parser, indexOf scans and regular expressions without nested quantifiers.
 */
export function safeSavedPage(html: string): { html: string; blocked: number } {
  let blocked = 0
  // sanitize-html's frames keep the element's own name: a dropped element is known by its (new) attributes.
  const drops = new WeakSet<sanitizeHtml.Attributes>()
  const transform = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const kept: sanitizeHtml.Attributes = {}
    const link = tagName === 'a' || tagName === 'area'
    for (const [name, value] of Object.entries(attribs)) {
      if (name.startsWith('on') || SENDERS.has(name) || isScriptUrl(value)) continue
      if (link && (name === 'href' || name === 'xlink:href')) {
        if (/^\s*https?:\/\//i.test(value)) kept['data-folio-href'] = value.trim()
        else if (value.trim().startsWith('#')) kept[name] = value
        continue
      }
      const loads = RESOURCES.has(name) || name === 'href' || name === 'xlink:href'
      if (loads && !(name.endsWith('srcset') ? localSrcset(value) : isLocalReference(value))) {
        if (value.trim() && (tagName !== 'link' || LOADING_LINK.test(attribs.rel ?? ''))) blocked++
        continue
      }
      if (name === 'style' || value.toLowerCase().includes('url(')) {
        const filtered = filterCss(value)
        blocked += filtered.blocked
        kept[name] = filtered.css
      } else kept[name] = value
    }
    if (dropped(tagName, attribs, kept)) drops.add(kept)
    return { tagName, attribs: kept }
  }
  const dropped = (tagName: string, attribs: sanitizeHtml.Attributes, kept: sanitizeHtml.Attributes): boolean => {
    if (DROPPED.has(tagName)) return true
    if (tagName === 'meta')
      return 'http-equiv' in attribs && attribs['http-equiv']!.trim().toLowerCase() !== 'content-type'
    if (tagName === 'link') {
      if (!/(?:^|\s)stylesheet(?:\s|$)/i.test(attribs.rel ?? '') || !kept.href) return true
      const sheet = filterDataStylesheet(kept.href)
      if (!sheet) return true
      kept.href = sheet.href
      blocked += sheet.blocked
      return false
    }
    // An SVG animation can rewrite a link's target after the fact.
    if (tagName === 'set' || tagName === 'animate') return /href$/i.test(attribs.attributename ?? '')
    return false
  }
  const clean = sanitizeHtml(html.slice(0, parsableLength(html)), {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    parseStyleAttributes: false,
    allowedSchemes: ['http', 'https', 'data', 'mailto'],
    transformTags: { '*': transform },
    exclusiveFilter: (frame) => drops.has(frame.attribs)
  })
  const styled = filterStyleElements(clean)
  return { html: `<!doctype html>\n${styled.html}`, blocked: blocked + styled.blocked }
}
