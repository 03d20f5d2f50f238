// The `folio://app/` protocol that serves the built renderer. Requests are mapped to files inside
// the renderer folder only: traversal ("..", encoded or not), absolute paths and other hosts are refused.

import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

export const APP_SCHEME = 'folio'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon'
}

/** The MIME type of a file served by the protocol. */
export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The file inside `root` that `requestUrl` names, or null when the URL is not the app's or
 * would leave `root`. "/" serves index.html.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const relativePath = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '')
  const base = resolve(root)
  const file = resolve(base, relativePath)
  const rel = relative(base, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return file
}
