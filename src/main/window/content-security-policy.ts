// The Content-Security-Policy of every app page: only the app's own origin, no remote origin, no
// plugins, framing only the app's own pages (a saved page's copy, under its own policy below), never being
// framed. Sent as a header and repeated in index.html. Inline code runs only when the built
// page ships it: index.html carries its first frame's stylesheet and script inline (no file to wait
// for), and each is allowed by its SHA-256 hash, never by 'unsafe-inline'.

import { createHash } from 'node:crypto'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The policy of a saved web page's copy (shown in a frame of the app page): nothing but what the page carries
 * inline (its styles, its data: images and fonts), no script, no request out, no form, no navigation of the app.
 */
export const SAVED_PAGE_POLICY = [
  "default-src 'none'",
  'img-src data:',
  "style-src 'unsafe-inline' data:",
  'font-src data:',
  'media-src data:',
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  'sandbox allow-same-origin'
].join('; ')

export interface InlineCode {
  scripts: string[]
  styles: string[]
}

/** Script types the browser runs (a JSON data block is never run, so it needs no hash). */
const RUN = /^(|module|(text|application)\/(java|ecma)script)$/i

/** The inline scripts and stylesheets of `html`, exactly as the browser hashes them. */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = []
  const styles: string[] = []
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? ''
    if (!/\bsrc\s*=/i.test(attributes) && RUN.test(type)) scripts.push(body)
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(body)
  return { scripts, styles }
}

const hash = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`

/** `policy` with the hash of each of `code`'s scripts in script-src and stylesheets in style-src. */
export function allowInlineCode(policy: string, code: InlineCode): string {
  const extra: Record<string, string[]> = { 'script-src': code.scripts.map(hash), 'style-src': code.styles.map(hash) }
  return policy
    .split(/\s*;\s*/)
    .map((directive) => {
      const name = directive.split(/\s+/)[0] ?? ''
      const hashes = [...new Set(extra[name] ?? [])]
      return hashes.length ? `${directive} ${hashes.join(' ')}` : directive
    })
    .join('; ')
}
