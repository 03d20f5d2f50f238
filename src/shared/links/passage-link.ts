// The one definition of a link to a passage: `folio://open/<archive>/<document>?quote=…&prefix=…&suffix=…&start=…`,
// readable as it is (accented and CJK letters stay letters), written by formatPassageLink and read back, or refused
// with a reason, by parsePassageLink in linear time. Its selectors are the W3C ones an annotation stores.

import { SCOPED_ARCHIVE_ID } from '../archive/archive-scope'
import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../anchoring/types'

/** The scheme and the one action a passage link has. */
export const PASSAGE_LINK_PREFIX = 'folio://open/'

/** The longest link read or written, in characters: a 10 MB paste is refused before it is read. */
export const MAX_PASSAGE_LINK = 4096

/** What stands for the archive in the link of a document of the user's own library (added documents, copies). */
export const LIBRARY_SEGMENT = 'library'

/** The passage a link points at: what the document holds, wherever the text has moved since. */
export interface PassageLink {
  /** The archive the document is in, or null for a document of the user's library (written `library`). */
  archiveId: string | null
  documentId: string
  /** The quote; its `exact` may be the beginning only of a long passage (then `end - start` is the whole). */
  quote?: TextQuoteSelector
  position?: Pick<TextPositionSelector, 'start' | 'end'>
  /** The block the passage starts in, and the offset of its start in that block. */
  block?: { id: string; offset: number }
  /** The page of a copy with pages, from 1. */
  page?: number
  /** The annotation the link was copied from (its current selectors are used when this Folio still has it). */
  annotationId?: string
  /** A reference or link card (a bookmark of one). */
  cardId?: string
}

/** Why a text is not a passage link, for the message the user reads. */
export type PassageLinkRefusal =
  | 'not-folio'
  | 'too-long'
  | 'control-character'
  | 'missing-parts'
  | 'bad-id'
  | 'bad-number'
  | 'bad-encoding'
  | 'repeated-part'

export type ParsedPassageLink = { ok: true; link: PassageLink } | { ok: false; reason: PassageLinkRefusal }

/** Archive ids: main's 32 hex digits, bounded and plain for any future form. */
const ARCHIVE_ID = /^[A-Za-z0-9_-]{1,64}$/
/** Ids of annotations (UUIDs), blocks and cards: plain and bounded. */
const PLAIN_ID = /^[A-Za-z0-9_-]{1,100}$/
/** A non-negative integer as written in a link: no sign, no exponent, no leading zeros, at most 9 digits. */
const COUNT = /^(?:0|[1-9][0-9]{0,8})$/
/** Characters a link never holds as they are: controls, spaces of any kind, bidi and other format characters. */
const RAW_CONTROL = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/u
/** Characters a decoded quote, prefix or suffix never holds: controls but the newline between blocks and the tab. */
const TEXT_CONTROL = /[\p{Cc}\p{Cs}]/u
/** Characters written as they are: letters, marks, digits, punctuation and symbols, but those a URL reads. */
const KEPT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u
const URL_SIGNIFICANT = /^[%&=#+?\\"<>()[\]{}|^`]$/
/** The most characters one UTF-16 code unit can take once percent-encoded (a BMP character: `%E4%B8%AD`). */
const WIDEST_UNIT = 9

const isLoneSurrogate = (char: string): boolean => char.length === 1 && char >= '\uD800' && char <= '\uDFFF'

/** A character's UTF-8 bytes as %XX, the parentheses encodeURIComponent leaves too (Markdown ends a link at them). */
const percent = (char: string): string =>
  encodeURIComponent(char).replace(/[()]/g, (paren) => `%${paren.charCodeAt(0).toString(16).toUpperCase()}`)

/** Percent-encodes what a URL, Markdown or HTML would read: spaces as `+`; letters, CJK, accents kept. */
export function encodePart(value: string): string {
  let out = ''
  for (const char of value) {
    if (char === ' ') out += '+'
    else if (isLoneSurrogate(char)) out += percent('\uFFFD')
    else if (KEPT.test(char) && !URL_SIGNIFICANT.test(char)) out += char
    else out += percent(char)
  }
  return out
}

function decodePart(value: string): string | null {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '))
  } catch {
    return null
  }
}

/** The first `length` code units of `text`, one fewer rather than half a surrogate pair. */
function head(text: string, length: number): string {
  const cut = Math.min(length, text.length)
  return cut > 0 && cut < text.length && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))
    ? text.slice(0, cut - 1)
    : text.slice(0, cut)
}

/** The last `length` code units of `text`, one fewer rather than half a surrogate pair. */
function tail(text: string, length: number): string {
  const from = Math.max(0, text.length - length)
  return from > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(from)) ? text.slice(from + 1) : text.slice(from)
}

/** The beginning of `exact` whose encoding fits `budget` characters (linear: each character encoded once). */
function fittingHead(exact: string, budget: number): string {
  let used = 0
  let end = 0
  for (const char of exact) {
    used += encodePart(char).length
    if (used > budget) break
    end += char.length
  }
  return exact.slice(0, end)
}

type Part = 'quote' | 'prefix' | 'suffix' | 'start' | 'end' | 'block' | 'offset' | 'page' | 'annotation' | 'card'

/** The largest count a link holds (nine digits, as the parser reads them). */
const MAX_COUNT = 999_999_999
const isCount = (value: number | undefined): value is number =>
  value !== undefined && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT
const plainId = (id: string | undefined): string | undefined => (id !== undefined && PLAIN_ID.test(id) ? id : undefined)

/**
 * The link's parts, leaving out what a link cannot carry (imported data: an id of another form, a position that is
 * not a count): the quote still finds the passage without them.
 */
function writeLink(link: PassageLink, quote: TextQuoteSelector | undefined): string {
  const position = link.position
  const spans = position && isCount(position.start) && isCount(position.end) && position.end >= position.start
  const block = plainId(link.block?.id)
  const offset =
    block !== undefined && isCount(link.block?.offset) && link.block.offset !== 0 ? link.block.offset : undefined
  const parts: Array<[Part, string | number | undefined]> = [
    ['quote', quote?.exact],
    ['prefix', quote?.prefix || undefined],
    ['suffix', quote?.suffix || undefined],
    ['start', spans ? position.start : undefined],
    ['end', spans ? position.end : undefined],
    ['block', block],
    ['offset', offset],
    ['page', isCount(link.page) && link.page > 0 ? link.page : undefined],
    ['annotation', plainId(link.annotationId)],
    ['card', plainId(link.cardId)]
  ]
  const query = parts
    .filter((part): part is [Part, string | number] => part[1] !== undefined)
    .map(([name, value]) => `${name}=${typeof value === 'number' ? value : encodePart(value)}`)
    .join('&')
  return `${PASSAGE_LINK_PREFIX}${link.archiveId ?? LIBRARY_SEGMENT}/${link.documentId}${query ? `?${query}` : ''}`
}

/**
 * The link's text, at most {@link MAX_PASSAGE_LINK} characters: the context is cut to {@link CONTEXT_LENGTH} on each
 * side, and the quote of a long passage to its beginning (its suffix is then what follows that beginning in the
 * passage, and `start`/`end` still span the whole passage). Lone surrogates are written as U+FFFD. Throws a
 * RangeError for an archive or document id no link can name (Folio's own ids always can).
 */
export function formatPassageLink(link: PassageLink): string {
  if (link.archiveId !== null && !ARCHIVE_ID.test(link.archiveId)) throw new RangeError('Not an archive id')
  if (link.documentId.length > 80 || !SCOPED_ARCHIVE_ID.test(link.documentId)) throw new RangeError('Not a document id')
  const quote = link.quote && {
    ...link.quote,
    prefix: tail(link.quote.prefix, CONTEXT_LENGTH),
    suffix: head(link.quote.suffix, CONTEXT_LENGTH)
  }
  const whole = writeLink(link, quote)
  if (whole.length <= MAX_PASSAGE_LINK || !quote) return whole
  // Everything but the quote and its suffix, then the suffix at its widest: the quote's beginning gets the rest.
  const others = writeLink(link, { ...quote, exact: '', suffix: '' }).length + '&quote=&suffix='.length
  const exact = fittingHead(quote.exact, MAX_PASSAGE_LINK - others - CONTEXT_LENGTH * WIDEST_UNIT)
  const suffix = head(quote.exact.slice(exact.length) + quote.suffix, CONTEXT_LENGTH)
  return writeLink(link, { ...quote, exact, suffix })
}

/** Whether `text` (as pasted: surrounding spaces allowed) is meant as a passage link; it may still be refused. */
export function isPassageLink(text: string): boolean {
  return text.trimStart().slice(0, PASSAGE_LINK_PREFIX.length).toLowerCase() === PASSAGE_LINK_PREFIX
}

const refuse = (reason: PassageLinkRefusal): ParsedPassageLink => ({ ok: false, reason })

/** Reads the query's parts once each; null when a part is repeated. */
function readQuery(query: string): Map<string, string> | 'repeated-part' | 'bad-encoding' {
  const values = new Map<string, string>()
  if (query === '') return values
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const name = equals < 0 ? pair : pair.slice(0, equals)
    const value = decodePart(equals < 0 ? '' : pair.slice(equals + 1))
    if (value === null) return 'bad-encoding'
    // An unknown part is left for a later Folio to read; a repeated one is ambiguous.
    if (values.has(name)) return 'repeated-part'
    values.set(name, value)
  }
  return values
}

const count = (text: string | undefined): number | null | undefined =>
  text === undefined ? undefined : COUNT.test(text) ? Number(text) : null

/**
 * Reads a passage link, or says why `text` is not one: another scheme, longer than {@link MAX_PASSAGE_LINK}, a
 * control character, no archive or document, an id of another form, a position or page that is not a count (or an
 * end before its start), broken percent-encoding, a part given twice. Linear in the length of the text.
 */
export function parsePassageLink(text: string): ParsedPassageLink {
  if (text.length > MAX_PASSAGE_LINK + 64) return refuse('too-long')
  const trimmed = text.trim()
  if (trimmed.length > MAX_PASSAGE_LINK) return refuse('too-long')
  if (!isPassageLink(trimmed)) return refuse('not-folio')
  if (RAW_CONTROL.test(trimmed)) return refuse('control-character')
  const rest = trimmed.slice(PASSAGE_LINK_PREFIX.length)
  const hash = rest.indexOf('#')
  const beforeHash = hash < 0 ? rest : rest.slice(0, hash)
  const mark = beforeHash.indexOf('?')
  const path = mark < 0 ? beforeHash : beforeHash.slice(0, mark)
  const segments = path.split('/')
  if (segments.length === 3 && segments[2] === '') segments.pop()
  const [archive, documentId] = segments
  if (segments.length > 2) return refuse('bad-id')
  if (!archive || !documentId) return refuse('missing-parts')
  if (!ARCHIVE_ID.test(archive) || documentId.length > 80 || !SCOPED_ARCHIVE_ID.test(documentId)) {
    return refuse('bad-id')
  }
  const parts = readQuery(mark < 0 ? '' : beforeHash.slice(mark + 1))
  if (typeof parts === 'string') return refuse(parts)
  const link: PassageLink = { archiveId: archive === LIBRARY_SEGMENT ? null : archive, documentId }

  const exact = parts.get('quote')
  const prefix = parts.get('prefix') ?? ''
  const suffix = parts.get('suffix') ?? ''
  if (exact === undefined || exact === '') {
    if (parts.has('prefix') || parts.has('suffix')) return refuse('missing-parts')
  } else {
    if ([exact, prefix, suffix].some((value) => TEXT_CONTROL.test(value.replace(/[\n\t]/g, '')))) {
      return refuse('control-character')
    }
    link.quote = { type: 'TextQuoteSelector', exact, prefix, suffix }
  }

  const start = count(parts.get('start'))
  const end = count(parts.get('end'))
  const offset = count(parts.get('offset'))
  const page = count(parts.get('page'))
  if (start === null || end === null || offset === null || page === null || page === 0) return refuse('bad-number')
  if ((start === undefined) !== (end === undefined)) return refuse('missing-parts')
  if (start !== undefined && end !== undefined) {
    if (end < start) return refuse('bad-number')
    link.position = { start, end }
  }
  if (page !== undefined) link.page = page

  const ids = { block: parts.get('block'), annotation: parts.get('annotation'), card: parts.get('card') }
  for (const id of Object.values(ids)) if (id !== undefined && !PLAIN_ID.test(id)) return refuse('bad-id')
  if (offset !== undefined && ids.block === undefined) return refuse('missing-parts')
  if (ids.block !== undefined) link.block = { id: ids.block, offset: offset ?? 0 }
  if (ids.annotation !== undefined) link.annotationId = ids.annotation
  if (ids.card !== undefined) link.cardId = ids.card
  return { ok: true, link }
}
