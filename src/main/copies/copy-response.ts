// What the app's protocol answers for `/copies/<id>`: a PDF as its bytes, a saved web page made safe first
// (safe-saved-page.ts) under a policy of its own. Only the exact `/copies/c-<16 hex>` path names a copy, and
// the file read is the one the store lists for that id, never a path taken from the URL. A saved page opened
// is asked for twice (the reader reads the count header, the frame loads the page): the few pages made safe
// last are kept, by their content's hash, so that neither is made safe twice.

import { COPY_LIMITS, type CopyKind } from '../../shared/copies/copy-types'
import { BLOCKED_HEADER, copyIdOfPath } from '../../shared/copies/copy-url'
import { readRegularFile } from '../library/read-regular-file'
import type { AppResponse } from '../protocol/app-server'
import { SAVED_PAGE_POLICY } from '../window/content-security-policy'
import type { CopyFile } from './copy-store'
import { safeSavedPage } from './safe-saved-page'
import { decodeSavedPage } from './sniff-copy'

/** Where the protocol finds a copy's file (the copy store). */
export interface CopyFiles {
  file(id: string): Promise<CopyFile | null>
}

/** The first segment of every copy path: a request under it is a copy's or nothing. */
export const COPIES_PREFIX = '/copies'

/** A PDF is fetched by the reader (pdf.js), never run: opened on its own, it runs nothing either. */
const PDF_POLICY = "default-src 'none'; frame-ancestors 'self'; sandbox"

const notFound = (): AppResponse => ({
  status: 404,
  body: 'Not found',
  headers: { 'content-type': 'text/plain; charset=utf-8' }
})

/** True when `pathname` (as the URL parser gives it, still percent-encoded) is under `/copies`. */
export const isCopiesPath = (pathname: string): boolean =>
  pathname === COPIES_PREFIX || pathname.startsWith(`${COPIES_PREFIX}/`)

/** How many made-safe pages are kept, and the most characters they may hold together. */
const KEPT_PAGES = 4
const KEPT_CHARACTERS = 64 * 1024 * 1024

type SafePage = ReturnType<typeof safeSavedPage>

/** The last few saved pages made safe, by content (a copy's file never changes under its hash). */
function safePages() {
  const kept = new Map<string, SafePage>()
  return (sha256: string, make: () => SafePage): SafePage => {
    const found = kept.get(sha256)
    if (found) {
      kept.delete(sha256)
      kept.set(sha256, found)
      return found
    }
    const page = make()
    if (page.html.length > KEPT_CHARACTERS) return page
    kept.set(sha256, page)
    let total = 0
    for (const each of kept.values()) total += each.html.length
    for (const [key, each] of kept) {
      if (kept.size <= KEPT_PAGES && total <= KEPT_CHARACTERS) break
      kept.delete(key)
      total -= each.html.length
    }
    return page
  }
}

function copyBody(kind: CopyKind, bytes: Uint8Array, safePage: () => SafePage): AppResponse {
  if (kind === 'pdf') {
    return {
      status: 200,
      body: bytes,
      headers: {
        'content-type': 'application/pdf',
        'content-security-policy': PDF_POLICY,
        'x-content-type-options': 'nosniff'
      }
    }
  }
  const { html, blocked } = safePage()
  return {
    status: 200,
    body: html,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': SAVED_PAGE_POLICY,
      'x-content-type-options': 'nosniff',
      [BLOCKED_HEADER]: String(blocked)
    }
  }
}

/** Answers requests under `/copies`: the copy, or 404 for any other path or an unknown id. */
export function createCopyServer(copies: CopyFiles | undefined): (pathname: string) => Promise<AppResponse> {
  const madeSafe = safePages()
  return async (pathname) => {
    const id = copyIdOfPath(pathname)
    const file = id && copies ? await copies.file(id) : null
    if (!file) return notFound()
    let bytes: Uint8Array
    try {
      // The store's own file: a link there points out of the library and is refused.
      bytes = await readRegularFile(file.path, { limit: COPY_LIMITS[file.kind], followLinks: false })
    } catch (error) {
      console.error(`Copie ${file.entry.id} illisible`, error)
      return notFound()
    }
    // Sniffed as UTF-8 or a declared Western charset when attached; anything else reads with replacement marks.
    return copyBody(file.kind, bytes, () =>
      madeSafe(file.entry.sha256, () => safeSavedPage(decodeSavedPage(bytes) ?? new TextDecoder().decode(bytes)))
    )
  }
}
