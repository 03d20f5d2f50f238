// The one definition of a group's invite link: `folio://join-group?code=<invite code>&server=<the server's address>`,
// written by the owner's groups dialog (formatInviteLink), read back (or refused, with why) by main before a launch
// hands it to the page and by the page when it is opened or pasted (parseInviteLink), in linear time. The server
// is only named: the page asks before anything reaches a server the device is not connected to (sameServer).

import { SYNC_LIMITS } from './sync-types'
import { INVITE_CODE } from './group-types'

/** The scheme and the action of an invite link. */
export const INVITE_LINK_PREFIX = 'folio://join-group'

/** The longest invite link read or written, in characters: the longest folio:// link (shared/desktop/folio-link.ts). */
export const MAX_INVITE_LINK = 4096

export interface InviteLink {
  /** The invite code (22 characters of base64url), as the server made it. */
  code: string
  /** The address of the server the group is on, as the inviting device connects to it (http(s) or ws(s)). */
  server: string
}

export type InviteLinkRefusal =
  | 'not-invite'
  | 'too-long'
  | 'control-character'
  | 'bad-encoding'
  | 'repeated-part'
  | 'missing-parts'
  | 'bad-code'
  | 'bad-server'

export type ParsedInviteLink = { ok: true; link: InviteLink } | { ok: false; reason: InviteLinkRefusal }

/** Controls, spaces of any kind, bidi and other format characters: never in a link, nor in its decoded server. */
const CONTROL = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/u
const SERVER_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:'])

/**
 * The server's address as one place (`https://host:port/path/`), whatever form a device gave it (ws(s) or
 * http(s), a default port written or not, a trailing slash or not); null when it is no such address, or carries
 * credentials, a query or a fragment (a link must not smuggle any).
 */
export function serverPlace(server: string): string | null {
  if (server.length > SYNC_LIMITS.server || CONTROL.test(server)) return null
  let url: URL
  try {
    url = new URL(server)
  } catch {
    return null
  }
  if (!SERVER_PROTOCOLS.has(url.protocol) || !url.hostname || url.username || url.password) return null
  if (url.search || url.hash) return null
  const protocol = url.protocol === 'ws:' ? 'http:' : url.protocol === 'wss:' ? 'https:' : url.protocol
  const port =
    url.port && !((protocol === 'http:' && url.port === '80') || (protocol === 'https:' && url.port === '443'))
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  return `${protocol}//${url.hostname}${port ? `:${url.port}` : ''}${path}`
}

/** Whether two addresses name the same server (see {@link serverPlace}); false when either is not an address. */
export function sameServer(a: string, b: string): boolean {
  const first = serverPlace(a)
  return first !== null && first === serverPlace(b)
}

/** The link's text. Throws a RangeError for a code or server no link may carry (or a server too long for one). */
export function formatInviteLink(link: InviteLink): string {
  if (!INVITE_CODE.test(link.code)) throw new RangeError('Not an invite code')
  if (serverPlace(link.server) === null) throw new RangeError('Not a server address')
  const text = `${INVITE_LINK_PREFIX}?code=${link.code}&server=${encodeURIComponent(link.server)}`
  if (text.length > MAX_INVITE_LINK) throw new RangeError('A server address too long for a link')
  return text
}

/** Whether `text` (as pasted: surrounding spaces allowed) is meant as an invite link; it may still be refused. */
export function isInviteLink(text: string): boolean {
  const start = text
    .trimStart()
    .slice(0, INVITE_LINK_PREFIX.length + 1)
    .toLowerCase()
  return start === INVITE_LINK_PREFIX || start === `${INVITE_LINK_PREFIX}?` || start === `${INVITE_LINK_PREFIX}/`
}

const refuse = (reason: InviteLinkRefusal): ParsedInviteLink => ({ ok: false, reason })

/**
 * Reads an invite link, or says why `text` is not one: another link, longer than {@link MAX_INVITE_LINK}, a
 * control or space character, broken percent-encoding, a part given twice or missing, a code of another form, a
 * server that is not an http(s) or ws(s) address without credentials. Unknown parts are left for a later Folio.
 */
export function parseInviteLink(text: string): ParsedInviteLink {
  if (text.length > MAX_INVITE_LINK + 64) return refuse('too-long')
  const trimmed = text.trim()
  if (trimmed.length > MAX_INVITE_LINK) return refuse('too-long')
  if (!isInviteLink(trimmed)) return refuse('not-invite')
  if (CONTROL.test(trimmed)) return refuse('control-character')
  const rest = trimmed.slice(INVITE_LINK_PREFIX.length).replace(/^\//, '')
  const hash = rest.indexOf('#')
  const query = (hash < 0 ? rest : rest.slice(0, hash)).replace(/^\?/, '')
  const parts = new Map<string, string>()
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const name = equals < 0 ? pair : pair.slice(0, equals)
    let value: string
    try {
      value = decodeURIComponent((equals < 0 ? '' : pair.slice(equals + 1)).replaceAll('+', ' '))
    } catch {
      return refuse('bad-encoding')
    }
    if (parts.has(name)) return refuse('repeated-part')
    parts.set(name, value)
  }
  const code = parts.get('code')
  const server = parts.get('server')
  if (!code || !server) return refuse('missing-parts')
  if (!INVITE_CODE.test(code)) return refuse('bad-code')
  if (serverPlace(server) === null) return refuse('bad-server')
  return { ok: true, link: { code, server } }
}
