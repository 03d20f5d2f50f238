// The one rule for URLs that Folio stores or opens: absolute http(s) with a host, nothing hidden in it.
// DOM-free (WHATWG URL only), so the renderer (attach a link) and main (openExternal) apply the same check.

/** Why a URL was refused. */
export type UrlRejection =
  /** Nothing but whitespace. */
  | 'empty'
  /** Longer than {@link MAX_URL_LENGTH}. */
  | 'too-long'
  /** A control character (C0, DEL, C1: tab, newline, NUL…) or an invisible format character (bidi, zero-width). */
  | 'control-character'
  /** Whitespace inside the URL (a space must be written %20). */
  | 'whitespace'
  /** No scheme, though it would be a web address with `https://` in front ("www.example.org"). */
  | 'missing-scheme'
  /** A scheme other than http or https (javascript:, file:, data:, smb:, vbscript:, ftp:, mailto:…). */
  | 'scheme'
  /** A user name or password before the host (`https://user:pass@host`). */
  | 'credentials'
  /** Not a URL a browser would read the same way: no `//` after the scheme, no host, bad host or port… */
  | 'malformed'

/** Every rejection reason, e.g. to declare their messages. */
export const URL_REJECTIONS: readonly UrlRejection[] = [
  'empty',
  'too-long',
  'control-character',
  'whitespace',
  'missing-scheme',
  'scheme',
  'credentials',
  'malformed'
]

/** The result of {@link validateUserUrl}: the normalised URL, or why it was refused. */
export type UrlValidation = { ok: true; url: string } | { ok: false; reason: UrlRejection }

/** Longest URL accepted, in UTF-16 code units (long archive.org URLs stay well under it). */
export const MAX_URL_LENGTH = 4096

/** C0 controls, DEL, C1 controls, and invisible format characters (soft hyphen, zero-width, bidi, BOM…). */
const CONTROL_OR_INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u
const INNER_WHITESPACE = /\s/u
/** The input itself must spell `http://` or `https://`: the URL parser's repairs (`https:\\host`, `http:host`) are refused. */
const WEB_PREFIX = /^https?:\/\//i
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

/**
 * Checks a URL a user typed, pasted or clicked. Accepts only absolute `http:` / `https:` URLs with a host,
 * after trimming surrounding whitespace; returns the URL as the WHATWG parser normalises it
 * (lower-case scheme and host, punycode for non-ASCII hosts, `/` path when none, percent-encoding).
 *
 * Refused: any other scheme whatever its case (`JaVaScRiPt:`), control and invisible characters anywhere
 * (so `java\tscript:` is refused, not silently repaired by the parser), inner whitespace, and credentials.
 * Credentials are refused because `https://www.bank.example@evil.example/` shows a trusted name while
 * going to another host, and because a password kept in the archive would leak into notes and exports.
 *
 * Takes `unknown` so main can pass an IPC argument as it arrived; anything but a string is `malformed`.
 */
export function validateUserUrl(input: unknown): UrlValidation {
  if (typeof input !== 'string') {
    return { ok: false, reason: 'malformed' }
  }
  const text = input.trim()
  if (text === '') {
    return { ok: false, reason: 'empty' }
  }
  if (text.length > MAX_URL_LENGTH) {
    return { ok: false, reason: 'too-long' }
  }
  if (CONTROL_OR_INVISIBLE.test(text)) {
    return { ok: false, reason: 'control-character' }
  }
  if (INNER_WHITESPACE.test(text)) {
    return { ok: false, reason: 'whitespace' }
  }
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (!WEB_PREFIX.test(text)) {
    if (scheme === 'http' || scheme === 'https') {
      return { ok: false, reason: 'malformed' }
    }
    if (scheme !== undefined && !looksLikeHostAndPort(text)) {
      return { ok: false, reason: 'scheme' }
    }
    const couldBeHost = /^[\p{L}\p{N}]/u.test(text) && parse(`https://${text}`) !== null
    return { ok: false, reason: couldBeHost ? 'missing-scheme' : 'malformed' }
  }
  const url = parse(text)
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return { ok: false, reason: 'malformed' }
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'credentials' }
  }
  return { ok: true, url: url.href }
}

/** `validateUserUrl(input).ok`, for filters and guards. */
export function isAllowedUrl(input: unknown): boolean {
  return validateUserUrl(input).ok
}

/** "example.org:8080/page" reads as a scheme "example.org:" to a URL parser; a port after it says otherwise. */
function looksLikeHostAndPort(text: string): boolean {
  return /^[a-z0-9.-]+\.[a-z]{2,}:\d+(?:[/?#]|$)/i.test(text) || /^localhost:\d+(?:[/?#]|$)/i.test(text)
}

function parse(text: string): URL | null {
  try {
    return new URL(text)
  } catch {
    return null
  }
}
