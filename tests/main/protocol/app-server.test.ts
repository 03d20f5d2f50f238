import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { FirstScreen } from '../../../src/main/first-screen/first-screen'
import { createAppServer } from '../../../src/main/protocol/app-server'

const dir = mkdtempSync(join(tmpdir(), 'folio-renderer-'))
mkdirSync(join(dir, 'assets'))
const INDEX =
  '<html lang="fr"><head><style>p{}</style></head><body><div id="root"></div><script>paint()</script></body></html>'
writeFileSync(join(dir, 'index.html'), INDEX)
writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const firstScreen: FirstScreen = {
  page: async (html) =>
    html.replace('<div id="root"></div>', '<div id="root"></div><div id="first-screen">article</div>')
}

describe('what the folio:// protocol answers', () => {
  const serve = createAppServer(dir, firstScreen)

  it('serves index.html with the first screen in it, under the CSP', async () => {
    for (const url of ['folio://app/', 'folio://app/index.html']) {
      const response = await serve(url)
      expect(response.status).toBe(200)
      expect(String(response.body)).toContain('<div id="first-screen">article</div>')
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    }
  })

  it('allows the page’s own inline code by hash, and never what the first screen brings in', async () => {
    const hostile: FirstScreen = {
      page: async (html) => html.replace('<div id="root"></div>', '<div id="root"></div><script>steal()</script>')
    }
    const policy = (await createAppServer(dir, hostile)('folio://app/index.html')).headers['content-security-policy']!
    const hashes = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`
    expect(policy).toContain(`script-src 'self' ${hashes('paint()')};`)
    expect(policy).toContain(`style-src 'self' ${hashes('p{}')};`)
    expect(policy).not.toContain(hashes('steal()'))
    // The other files get the plain policy (a worker's own CSP comes from its response).
    expect((await serve('folio://app/assets/app.js')).headers['content-security-policy']).not.toContain('sha256')
  })

  it('serves the renderer’s other files as they are', async () => {
    const script = await serve('folio://app/assets/app.js')
    expect(Buffer.from(script.body).toString()).toBe('console.log(1)')
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    'folio://app/assets/missing.js',
    'folio://app/..%2F..%2Fetc%2Fpasswd',
    'folio://evil/index.html',
    'folio://app/assets'
  ])('answers 404 to %s', async (url) => {
    expect((await serve(url)).status).toBe(404)
  })

  it('still serves the page, without first screen, when drawing it fails', async () => {
    const broken = createAppServer(dir, { page: async () => Promise.reject(new Error('boom')) })
    const response = await broken('folio://app/index.html')
    expect(response.status).toBe(200)
    expect(String(response.body)).toBe(INDEX)
  })
})
