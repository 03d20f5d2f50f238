// What the app's protocol answers: the built renderer's files, through the traversal-guarded resolver,
// with the first screen put into index.html. The page's own inline code (its first frame's stylesheet and
// script) is allowed by hash, computed on the built file, before the first screen's data goes in. Electron's
// `protocol.handle` (index.ts) and the E2E harness both answer with this.

import { readFile } from 'node:fs/promises'
import type { FirstScreen } from '../first-screen/first-screen'
import { allowInlineCode, CONTENT_SECURITY_POLICY, inlineCode } from '../window/content-security-policy'
import { APP_ORIGIN, mimeType, resolveAppFile } from './app-protocol'

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

export function createAppServer(
  rendererDir: string,
  firstScreen: FirstScreen
): (requestUrl: string) => Promise<AppResponse> {
  const ok = (body: string | Uint8Array, type: string, policy = CONTENT_SECURITY_POLICY): AppResponse => ({
    status: 200,
    body,
    headers: { 'content-type': type, 'content-security-policy': policy }
  })
  const indexFile = resolveAppFile(rendererDir, `${APP_ORIGIN}/index.html`)
  return async (requestUrl) => {
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
