import { mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CopyStore } from '../../../src/main/copies/copy-store'
import { safeSavedPage } from '../../../src/main/copies/safe-saved-page'
import { createAppServer } from '../../../src/main/protocol/app-server'
import { SAVED_PAGE_POLICY } from '../../../src/main/window/content-security-policy'
import type { CopyEntry } from '../../../src/shared/copies/copy-types'
import { BLOCKED_HEADER, copyPath } from '../../../src/shared/copies/copy-url'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

// The real function, counted: a page served twice is made safe once.
vi.mock('../../../src/main/copies/safe-saved-page', async (actual) => {
  const real = await actual<typeof import('../../../src/main/copies/safe-saved-page')>()
  return { ...real, safeSavedPage: vi.fn(real.safeSavedPage) }
})

const tempDir = tempDirsPerTest()
const PDF = '%PDF-1.7\n% copie servie\ntrailer<<>>\n%%EOF\n'
const SAVED_PAGE =
  '<!doctype html><html><head><title>Yang</title><script>steal()</script></head>' +
  '<body><p>Le traité de 1950</p><img src="https://tracker.example/pixel.png"></body></html>'

/** A renderer folder, a library with one PDF and one saved page attached, and the protocol over both. */
async function setup() {
  const dir = tempDir('folio-copy-protocol-')
  const rendererDir = join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<html><body><div id="root"></div></body></html>')
  // A file the URL must never reach: beside the renderer, and one that looks like a copy inside it.
  writeFileSync(join(dir, 'secret.txt'), 'secret')
  mkdirSync(join(rendererDir, 'copies'))
  writeFileSync(join(rendererDir, 'copies', 'c-0123456789abcdef'), 'not from the store')
  const store = new CopyStore(join(dir, 'library'))
  const attach = async (name: string, content: string): Promise<CopyEntry> => {
    writeFileSync(join(dir, name), content)
    const result = await store.attach(join(dir, name), { documentId: 'fed214270135fa12', linkId: 'l-1' })
    if (!result.ok) throw new Error(result.message)
    return result.copy
  }
  const pdf = await attach('yang.pdf', PDF)
  const page = await attach('yang.html', SAVED_PAGE)
  const serve = createAppServer(rendererDir, { page: async (html) => html }, store)
  return { dir, serve, store, pdf, page }
}

describe('a copy served by the app’s protocol', () => {
  it('answers a PDF with its bytes as they are, as application/pdf', async () => {
    const { serve, pdf } = await setup()
    const response = await serve(`folio://app${copyPath(pdf.id)}`)
    expect(response.status).toBe(200)
    expect(Buffer.from(response.body).toString('latin1')).toBe(PDF)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })

  it('makes a saved page safe once for its two requests (the count header, the frame), as long as it is kept', async () => {
    const { serve, page, store, dir } = await setup()
    vi.mocked(safeSavedPage).mockClear()
    const first = await serve(`folio://app${copyPath(page.id)}`)
    const second = await serve(`folio://app${copyPath(page.id)}`)
    expect(second).toEqual(first)
    expect(safeSavedPage).toHaveBeenCalledTimes(1)
    // Five other pages opened after it: it is no longer kept, and is made safe again, the same.
    for (let n = 0; n < 5; n++) {
      writeFileSync(join(dir, `other-${n}.html`), `<html><body><p>Page ${n}</p></body></html>`)
      const other = await store.attach(join(dir, `other-${n}.html`), null)
      if (!other.ok) throw new Error(other.message)
      await serve(`folio://app${copyPath(other.copy.id)}`)
    }
    expect(await serve(`folio://app${copyPath(page.id)}`)).toEqual(first)
    expect(safeSavedPage).toHaveBeenCalledTimes(7)
  })

  it('answers a saved page made safe, under its own policy, saying how much it took out', async () => {
    const { serve, page } = await setup()
    const response = await serve(`folio://app${copyPath(page.id)}`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['content-security-policy']).toBe(SAVED_PAGE_POLICY)
    expect(Number(response.headers[BLOCKED_HEADER])).toBeGreaterThanOrEqual(1)
    const html = String(response.body)
    expect(html).toContain('Le traité de 1950')
    expect(html).not.toContain('steal()')
    expect(html).not.toContain('https://tracker.example')
  })

  it('answers 404 for an unknown id, and for every path that is not exactly /copies/c-<16 hex>', async () => {
    const { serve, pdf } = await setup()
    for (const path of [
      '/copies/c-0123456789abcdef',
      '/copies/c-XYZ',
      '/copies/../secret.txt',
      '/copies/..%2F..%2Fsecret.txt',
      '/copies/%2e%2e/secret.txt',
      `/copies/${pdf.id}/`,
      `/copies/${pdf.id}/..`,
      `/copies/${pdf.id.toUpperCase()}`,
      `/copies/${pdf.id}%00`,
      `/copies/${pdf.sha256}.pdf`,
      '/copies/copies.json',
      '/copies',
      '/copies/'
    ]) {
      const response = await serve(`folio://app${path}`)
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
    }
    // Only the app's host serves copies.
    expect((await serve(`folio://evil${copyPath(pdf.id)}`)).status).toBe(404)
  })

  it('never serves a file put in place of a copy’s: a link there points out of the library', async () => {
    const { dir, serve, store, pdf } = await setup()
    const file = (await store.file(pdf.id))!.path
    unlinkSync(file)
    symlinkSync(join(dir, 'secret.txt'), file)
    expect((await serve(`folio://app${copyPath(pdf.id)}`)).status).toBe(404)
    expect(readFileSync(join(dir, 'secret.txt'), 'utf8')).toBe('secret')
  })

  it('answers 404 to every copy path when no store is given, and still serves the app', async () => {
    const { dir, pdf } = await setup()
    const serve = createAppServer(join(dir, 'renderer'), { page: async (html) => html })
    expect((await serve(`folio://app${copyPath(pdf.id)}`)).status).toBe(404)
    expect((await serve('folio://app/index.html')).status).toBe(200)
  })
})
