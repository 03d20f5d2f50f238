// What the app's protocol answers: the built renderer's files, through the traversal-guarded resolver,
// with the first screen put into index.html, and the user's copies under /copies/ (copies/copy-response.ts). The page's own inline code (its first frame's stylesheet and
// script) is allowed by hash, computed on the built file, before the first screen's data goes in. Electron's
// `protocol.handle` (index.ts) and the E2E harness both answer with this.

import { readFile } from 'node:fs/promises'
import { createCopyServer, isCopiesPath, type CopyFiles } from '../copies/copy-response'
import type { FirstScreen } from '../first-screen/first-screen'
import { allowInlineCode, CONTENT_SECURITY_POLICY, inlineCode } from '../window/content-security-policy'
import { APP_HOST, APP_ORIGIN, APP_SCHEME, mimeType, resolveAppFile } from './app-protocol'

export interface AppResponse {
  status: number
  body: string | Uint8Array
  headers: Record<string, string>
}

const notFound = (): AppResponse => ({
  status: 404,
  body: 'Not found',
  headers: { 'content-type': 'text/plain; charset=utf-8' }
})

/** The path of an app URL (`folio://app/…`, still percent-encoded), or null for any other URL. */
function appPathname(requestUrl: string): string | null {
  try {
    const url = new URL(requestUrl)
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST ? url.pathname : null
  } catch {
    return null
  }
}

/** `copies` answers `/copies/<id>` (main's copy store); without it, every copy path is not found. */
export function createAppServer(
  rendererDir: string,
  firstScreen: FirstScreen,
  copies?: CopyFiles
): (requestUrl: string) => Promise<AppResponse> {
  const ok = (body: string | Uint8Array, type: string, policy = CONTENT_SECURITY_POLICY): AppResponse => ({
    status: 200,
    body,
    headers: { 'content-type': type, 'content-security-policy': policy }
  })
  const indexFile = resolveAppFile(rendererDir, `${APP_ORIGIN}/index.html`)
  const serveCopy = createCopyServer(copies)
  return async (requestUrl) => {
    const pathname = appPathname(requestUrl)
    if (pathname !== null && isCopiesPath(pathname)) return serveCopy(pathname)
    const file = resolveAppFile(rendererDir, requestUrl)
    if (!file) return notFound()
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return notFound()
    }
    if (file !== indexFile) return ok(body, mimeType(file))
    const page = body.toString('utf8')
    const policy = allowInlineCode(CONTENT_SECURITY_POLICY, inlineCode(page))
    // Without its first screen the app still starts: it draws the article itself, a moment later.
    return ok(
      await firstScreen.page(page).catch((error: unknown) => (console.error('First screen not drawn', error), page)),
      mimeType(file),
      policy
    )
  }
}
