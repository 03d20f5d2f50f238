// The invite link, written and read back: a code and the server it is for survive the round trip whatever form
// the address took; anything else (another link, a broken or hostile part, a server with credentials or of
// another scheme) is refused with its reason, and a paste far too long is refused before it is read.

import { describe, expect, it } from 'vitest'
import {
  formatInviteLink,
  isInviteLink,
  MAX_INVITE_LINK,
  parseInviteLink,
  sameServer
} from '../../../src/shared/sync/invite-link'

const CODE = 'AbCdEfGhIjKlMnOpQrSt_-'

describe('an invite link', () => {
  it.each(['http://127.0.0.1:8787', 'https://sync.example.org/folio/', 'wss://[::1]:9000', 'http://例え.jp:8080'])(
    'carries the code and the server %s there and back',
    (server) => {
      const text = formatInviteLink({ code: CODE, server })
      expect(text.startsWith('folio://join-group?code=')).toBe(true)
      // One token a mail or a chat keeps whole: no space, nothing a URL would read twice.
      expect(text).not.toMatch(/\s/)
      expect(new URL(text).protocol).toBe('folio:')
      expect(parseInviteLink(` ${text}\n`)).toEqual({ ok: true, link: { code: CODE, server } })
    }
  )

  it('is told from a passage link and other text', () => {
    expect(isInviteLink(formatInviteLink({ code: CODE, server: 'http://h:1' }))).toBe(true)
    expect(isInviteLink('FOLIO://JOIN-GROUP?code=x')).toBe(true)
    expect(isInviteLink('folio://open/abc/def?quote=x')).toBe(false)
    expect(isInviteLink('folio://join-groups?code=x')).toBe(false)
    expect(isInviteLink(CODE)).toBe(false)
  })

  it.each([
    ['another link', 'folio://open/a/b', 'not-invite'],
    ['no code', 'folio://join-group?server=http%3A%2F%2Fh%3A1', 'missing-parts'],
    ['no server', `folio://join-group?code=${CODE}`, 'missing-parts'],
    ['a short code', 'folio://join-group?code=abc&server=http%3A%2F%2Fh%3A1', 'bad-code'],
    ['a code with markup', `folio://join-group?code=${CODE.slice(0, 20)}%3C%3E&server=http%3A%2F%2Fh`, 'bad-code'],
    ['a code given twice', `folio://join-group?code=${CODE}&code=${CODE}&server=http%3A%2F%2Fh`, 'repeated-part'],
    ['broken encoding', `folio://join-group?code=${CODE}&server=%E0%A4%A`, 'bad-encoding'],
    ['a javascript: server', `folio://join-group?code=${CODE}&server=javascript%3Aalert(1)`, 'bad-server'],
    ['a file: server', `folio://join-group?code=${CODE}&server=file%3A%2F%2F%2Fetc%2Fpasswd`, 'bad-server'],
    ['a server with credentials', `folio://join-group?code=${CODE}&server=http%3A%2F%2Fu%3Ap%40h`, 'bad-server'],
    ['a server with a query', `folio://join-group?code=${CODE}&server=http%3A%2F%2Fh%2F%3Fx%3D1`, 'bad-server'],
    ['a server with a bidi override', `folio://join-group?code=${CODE}&server=http%3A%2F%2Fh%E2%80%AE`, 'bad-server'],
    ['a raw control character', `folio://join-group?code=${CODE}\u0007&server=http%3A%2F%2Fh`, 'control-character'],
    ['a raw space inside', `folio://join-group?code=${CODE} &server=http%3A%2F%2Fh`, 'control-character'],
    ['a paste of 10 MB', `folio://join-group?code=${'A'.repeat(10_000_000)}`, 'too-long'],
    ['one character too many', `folio://join-group?code=${'A'.repeat(MAX_INVITE_LINK)}`, 'too-long']
  ])('refuses %s', (_what, text, reason) => {
    expect(parseInviteLink(text)).toEqual({ ok: false, reason })
  })

  it('refuses to write a link for a code or a server no link may carry', () => {
    expect(() => formatInviteLink({ code: 'short', server: 'http://h' })).toThrow(RangeError)
    expect(() => formatInviteLink({ code: CODE, server: 'ftp://h' })).toThrow(RangeError)
    expect(() => formatInviteLink({ code: CODE, server: `https://h/${'é'.repeat(1_000)}` })).toThrow(RangeError)
  })

  it('reads a link as long as the longest, its unknown parts left for a later Folio', () => {
    const head = formatInviteLink({ code: CODE, server: 'http://h:1' })
    let text = head
    for (let n = 0; text.length < MAX_INVITE_LINK - 20; n++) text += `&p${n}=1`
    expect(parseInviteLink(text)).toEqual({ ok: true, link: { code: CODE, server: 'http://h:1' } })
  })
})

describe('the server an invite names', () => {
  it.each([
    ['http://127.0.0.1:8787', 'ws://127.0.0.1:8787/', true],
    ['https://sync.example.org', 'wss://SYNC.example.org:443', true],
    ['http://h:80/', 'http://h', true],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8788', false],
    ['http://h/a', 'http://h/b', false],
    ['http://h', 'https://h', false],
    ['http://h', 'not an address', false]
  ])('%s and %s are the same: %s', (a, b, same) => {
    expect(sameServer(a, b)).toBe(same)
  })
})
