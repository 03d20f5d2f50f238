import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  allowInlineCode,
  CONTENT_SECURITY_POLICY,
  inlineCode,
  SAVED_PAGE_POLICY
} from '../../../src/main/window/content-security-policy'
import { repoRoot } from '../../fixtures/archive-files'

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

describe('the policies of the app page and of a saved page’s copy', () => {
  it('repeats the header’s policy in index.html, but frame-ancestors, which a <meta> cannot carry', () => {
    const html = readFileSync(join(repoRoot, 'src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1]
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
  })

  it('lets the app page frame only its own pages (a copy), and never be framed itself', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'frame-src')).toBe("frame-src 'self'")
    expect(directive(CONTENT_SECURITY_POLICY, 'frame-ancestors')).toBe("frame-ancestors 'none'")
  })

  it('runs nothing in a saved page, loads nothing from anywhere, and lets only the app frame it', () => {
    expect(directive(SAVED_PAGE_POLICY, 'default-src')).toBe("default-src 'none'")
    expect(directive(SAVED_PAGE_POLICY, 'script-src')).toBe("script-src 'none'")
    expect(directive(SAVED_PAGE_POLICY, 'frame-ancestors')).toBe("frame-ancestors 'self'")
    expect(directive(SAVED_PAGE_POLICY, 'sandbox')).toBe('sandbox allow-same-origin')
    // 'self' only as who may frame it; no origin, no wildcard, no eval anywhere.
    expect(SAVED_PAGE_POLICY.split('; ').filter((part) => part.includes("'self'"))).toEqual(["frame-ancestors 'self'"])
    expect(SAVED_PAGE_POLICY).not.toMatch(/https?:|\*|unsafe-eval|allow-scripts/)
  })
})
