// Serves a folder to a Playwright browser context the way Folio's folio:// protocol serves the
// renderer (same path resolver, MIME types and CSP header); every other request is blocked.

import { existsSync, readFileSync } from 'node:fs'
import type { BrowserContext } from 'playwright-core'
import { APP_ORIGIN, mimeType, resolveAppFile } from '../../src/main/protocol/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/window/content-security-policy'

/** Routes `origin` (e.g. `http://bench.localhost`) to the files of `dir`. */
export async function serveFolder(context: BrowserContext, origin: string, dir: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(`${origin}/`)) return route.abort('blockedbyclient')
    const file = resolveAppFile(dir, url.replace(origin, APP_ORIGIN))
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' })
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY }
    })
  })
}
