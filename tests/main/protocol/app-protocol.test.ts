import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mimeType, resolveAppFile } from '../../../src/main/protocol/app-protocol'

const root = '/opt/folio/out/renderer'

describe('the folio:// app protocol', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'folio://app/')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'folio://app/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'))
    expect(resolveAppFile(root, 'folio://app/assets/caf%C3%A9.css')).toBe(join(root, 'assets/café.css'))
  })

  it('keeps dot segments that URL parsing resolves inside the renderer folder', () => {
    expect(resolveAppFile(root, 'folio://app/../../etc/passwd')).toBe(join(root, 'etc/passwd'))
    expect(resolveAppFile(root, 'folio://app/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'))
  })

  it.each([
    'folio://app/assets/%2E%2E%2F%2E%2E%2F..%2Fetc%2Fpasswd',
    'folio://app/..%5c..%5cwindows%5cwin.ini',
    'folio://app/%00index.html',
    'folio://app/%E0%A4%A',
    'folio://evil/index.html',
    'file:///etc/passwd',
    'http://app/index.html',
    'not a url'
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull()
  })

  it('names the MIME type of the files it serves', () => {
    expect(mimeType('index.html')).toBe('text/html; charset=utf-8')
    expect(mimeType('a.JS')).toBe('text/javascript; charset=utf-8')
    expect(mimeType('data.bin')).toBe('application/octet-stream')
  })
})
