import { describe, expect, it, vi } from 'vitest'
import { openExternalLink, type ExternalOpener } from '../../../src/main/links/open-external'

function opener(answer: boolean, open: ExternalOpener['open'] = async () => {}) {
  return { confirm: vi.fn(async () => answer), open: vi.fn(open) }
}

describe('opening a link in the system browser', () => {
  it('opens an https URL after the user agrees', async () => {
    const spy = opener(true)
    await expect(openExternalLink('https://example.org/doc.pdf', spy)).resolves.toEqual({ ok: true })
    expect(spy.confirm).toHaveBeenCalledWith('https://example.org/doc.pdf')
    expect(spy.open).toHaveBeenCalledWith('https://example.org/doc.pdf')
  })

  it('does not open when the user declines', async () => {
    const spy = opener(false)
    await expect(openExternalLink('http://example.org/', spy)).resolves.toMatchObject({ ok: false, reason: 'declined' })
    expect(spy.open).not.toHaveBeenCalled()
  })

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'smb://host/share',
    ' JaVaScRiPt:alert(1)',
    'not a url'
  ])('refuses %s without asking the user', async (url) => {
    const spy = opener(true)
    await expect(openExternalLink(url, spy)).resolves.toMatchObject({ ok: false, reason: 'invalid-url' })
    expect(spy.confirm).not.toHaveBeenCalled()
    expect(spy.open).not.toHaveBeenCalled()
  })

  it('reports a browser that fails to open', async () => {
    const spy = opener(true, async () => {
      throw new Error('no handler')
    })
    await expect(openExternalLink('https://example.org/', spy)).resolves.toEqual({
      ok: false,
      reason: 'failed',
      message: 'Le navigateur n’a pas pu être ouvert : no handler'
    })
  })
})
