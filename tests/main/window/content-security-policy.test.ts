import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { allowInlineCode, CONTENT_SECURITY_POLICY, inlineCode } from '../../../src/main/window/content-security-policy'

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`
const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `))

describe('inline code in the app page', () => {
  const page = [
    '<head><style>:root{--bg:#fff}</style>',
    '<script type="module" crossorigin src="./assets/index.js"></script></head>',
    '<body><div id="root"></div>',
    '<script type="application/json" id="folio-archive">{"ok":true}</script>',
    '<script>paint()</script>',
    '<script type="module">later()</script></body>'
  ].join('\n')

  it('finds the scripts the browser runs and the stylesheets, not data blocks or script files', () => {
    expect(inlineCode(page)).toEqual({ scripts: ['paint()', 'later()'], styles: [':root{--bg:#fff}'] })
  })

  it('allows each by its SHA-256 hash, exactly as the browser computes it, and nothing by unsafe-inline', () => {
    const policy = allowInlineCode(CONTENT_SECURITY_POLICY, inlineCode(page))
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${sha('paint()')} ${sha('later()')}`)
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${sha(':root{--bg:#fff}')}`)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    // Every other directive is as it was.
    expect(policy.split('; ').filter((part) => !/^(script|style)-src /.test(part))).toEqual(
      CONTENT_SECURITY_POLICY.split('; ').filter((part) => !/^(script|style)-src /.test(part))
    )
  })

  it('hashes non-ASCII code as UTF-8, as the page is served', () => {
    const policy = allowInlineCode(CONTENT_SECURITY_POLICY, { scripts: ['"友好同盟互助条约 — traité"'], styles: [] })
    expect(directive(policy, 'script-src')).toContain(sha('"友好同盟互助条约 — traité"'))
  })

  it('leaves the policy as it is for a page without inline code', () => {
    expect(allowInlineCode(CONTENT_SECURITY_POLICY, inlineCode('<body><script src="a.js"></script></body>'))).toBe(
      CONTENT_SECURITY_POLICY
    )
  })
})
