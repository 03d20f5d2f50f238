// Tests the URL policy: only absolute http(s) URLs with a host pass; hostile schemes, hidden characters,
// credentials and malformed input are refused with a reason the UI can explain.

import { describe, expect, it } from 'vitest'
import { MAX_URL_LENGTH, isAllowedUrl, validateUserUrl, type UrlRejection } from '../../../src/shared/links/url-policy'

function refused(input: unknown): UrlRejection | 'accepted' {
  const result = validateUserUrl(input)
  return result.ok ? 'accepted' : result.reason
}

describe('validateUserUrl accepts web addresses', () => {
  it.each([
    ['https://example.org/article?id=3#top', 'https://example.org/article?id=3#top'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['  https://example.org/a  \n', 'https://example.org/a'],
    [
      'https://web.archive.org/web/20070318/http://www.example.fr/doc.pdf',
      'https://web.archive.org/web/20070318/http://www.example.fr/doc.pdf'
    ],
    ['https://exämple.org/é', 'https://xn--exmple-cua.org/%C3%A9'],
    ['http://localhost:8080/x', 'http://localhost:8080/x'],
    ['https://[::1]/', 'https://[::1]/']
  ])('%j → %j', (input, url) => {
    expect(validateUserUrl(input)).toEqual({ ok: true, url })
  })
})

describe('validateUserUrl refuses hostile schemes, whatever their case or padding', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\njavascript:alert(1)',
    'javascript://example.org/%0Aalert(1)',
    'file:///etc/passwd',
    'FILE://C:/Windows/system32',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    'chrome://settings',
    'blob:https://example.org/uuid'
  ])('%j → scheme', (input) => {
    expect(refused(input)).toBe('scheme')
  })
})

describe('validateUserUrl refuses hidden characters instead of letting the parser repair them', () => {
  it.each([
    ['java\tscript:alert(1)', 'control-character'],
    ['java\nscript:alert(1)', 'control-character'],
    ['\u0000javascript:alert(1)', 'control-character'],
    ['https://example.org/\u0000', 'control-character'],
    ['https://exa\u200bmple.org/', 'control-character'],
    ['https://example.org/\u202egpj.exe', 'control-character'],
    ['https://example.org/\u0085', 'control-character'],
    ['\ufeffhttps://example.org/', 'accepted'],
    ['https://example.org/a b', 'whitespace'],
    ['https://exa mple.org', 'whitespace'],
    ['https://example.org/\u00a0x', 'whitespace']
  ] as const)('%j → %s', (input, reason) => {
    expect(refused(input)).toBe(reason)
  })
})

describe('validateUserUrl refuses credentials', () => {
  it.each(['https://user:pass@example.org/', 'https://user@example.org/', 'https://www.bank.example@evil.example/'])(
    '%j → credentials',
    (input) => {
      expect(refused(input)).toBe('credentials')
    }
  )
})

describe('validateUserUrl refuses empty, relative and malformed input', () => {
  it.each([
    ['', 'empty'],
    ['   \t\n', 'empty'],
    ['www.example.org', 'missing-scheme'],
    ['example.org/page', 'missing-scheme'],
    ['localhost:3000/x', 'missing-scheme'],
    ['//example.org/x', 'malformed'],
    ['/relative/path', 'malformed'],
    ['not a url', 'whitespace'],
    ['https://', 'malformed'],
    ['https:///', 'malformed'],
    ['https:example.org', 'malformed'],
    ['http:/example.org', 'malformed'],
    ['https:\\\\example.org', 'malformed'],
    ['https://example.org:99999/', 'malformed'],
    ['https://exa<mple.org/', 'malformed'],
    ['%%%', 'malformed']
  ] as const)('%j → %s', (input, reason) => {
    expect(refused(input)).toBe(reason)
  })

  it('refuses anything that is not a string, as an IPC argument might be', () => {
    expect(refused(undefined)).toBe('malformed')
    expect(refused(42)).toBe('malformed')
    expect(refused({ href: 'https://example.org/' })).toBe('malformed')
  })

  it(`refuses URLs longer than ${MAX_URL_LENGTH} characters and accepts one at the limit`, () => {
    const base = 'https://example.org/'
    expect(refused(base + 'a'.repeat(MAX_URL_LENGTH - base.length))).toBe('accepted')
    expect(refused(base + 'a'.repeat(MAX_URL_LENGTH - base.length + 1))).toBe('too-long')
  })
})

describe('isAllowedUrl', () => {
  it('says yes only to what validateUserUrl accepts', () => {
    expect(isAllowedUrl('https://example.org/')).toBe(true)
    expect(isAllowedUrl('JaVaScRiPt:alert(1)')).toBe(false)
  })
})
