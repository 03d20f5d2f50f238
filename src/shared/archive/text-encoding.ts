// Which encoding a text file's bytes are in: UTF-8 (with or without BOM) and UTF-16 are read; for anything
// else, what the bytes most likely are, so a refusal can say what was found. One pass over the bytes.

/** Encodings Folio reads. */
export type ReadableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/**
 * What a refused text most likely is, by its bytes (never decoded: only named in the message).
 * `windows-1252`: high bytes isolated among ASCII, some in 0x80–0x9F (Windows' ’ “ ” – — € …);
 * `latin-1`: the same without 0x80–0x9F, which ISO-8859-1 and Windows-1252 share;
 * `utf-16-no-bom`: NULs at alternate positions only, too few to be sure (text mostly outside Latin script);
 * `utf-32`: a UTF-32 byte-order mark; `damaged-utf-16`: a UTF-16 mark on bytes that are not UTF-16;
 * `unknown`: runs of high bytes (Cyrillic or East Asian code pages…), or bytes Windows-1252 leaves undefined.
 */
export type LikelyEncoding = 'windows-1252' | 'latin-1' | 'utf-16-no-bom' | 'utf-32' | 'damaged-utf-16' | 'unknown'

export type DecodedText =
  | { ok: true; text: string; encoding: ReadableEncoding }
  | { ok: false; problem: 'binary'; cause: 'nul' | 'control' }
  | { ok: false; problem: 'not-utf8'; likely: LikelyEncoding }

// Control characters other than tab, newline and carriage return mark a binary file.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** Bytes Windows-1252 leaves undefined: a file that has them is in some other code page. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/** What one pass over the bytes found; every count is of bytes. */
interface ByteCensus {
  nulsAtEven: number
  nulsAtOdd: number
  /** C0 control bytes (and DEL) other than tab, newline, carriage return and NUL. */
  controls: number
  high: number
  /** High bytes between two ASCII bytes (or the file's edges): how accented letters sit in Latin text. */
  isolatedHigh: number
  /** Bytes 0x80–0x9F: typographic characters in Windows-1252, unused controls in ISO-8859-1. */
  windowsOnly: number
  undefinedIn1252: number
}

function census(bytes: Uint8Array): ByteCensus {
  const found: ByteCensus = {
    nulsAtEven: 0,
    nulsAtOdd: 0,
    controls: 0,
    high: 0,
    isolatedHigh: 0,
    windowsOnly: 0,
    undefinedIn1252: 0
  }
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number
    if (byte === 0) {
      if (i % 2 === 0) found.nulsAtEven++
      else found.nulsAtOdd++
    } else if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) {
      found.controls++
    } else if (byte >= 0x80) {
      found.high++
      if ((bytes[i - 1] ?? 0) < 0x80 && (bytes[i + 1] ?? 0) < 0x80) found.isolatedHigh++
      if (byte <= 0x9f) found.windowsOnly++
      if (UNDEFINED_IN_1252.has(byte)) found.undefinedIn1252++
    }
  }
  return found
}

function decodeStrictly(encoding: ReadableEncoding, bytes: Uint8Array): string | null {
  try {
    // The decoder drops the byte-order mark itself (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

/** Decoded text, or a binary refusal when it holds control characters. */
function asText(text: string, encoding: ReadableEncoding): DecodedText {
  return CONTROL.test(text) ? { ok: false, problem: 'binary', cause: 'control' } : { ok: true, text, encoding }
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

/** The byte-order mark's encoding, if the bytes start with one. */
function markedEncoding(bytes: Uint8Array): ReadableEncoding | 'utf-32' | null {
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) return 'utf-32'
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return 'utf-8'
  if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le'
  if (startsWith(bytes, 0xfe, 0xff)) return 'utf-16be'
  return null
}

/**
 * UTF-16 without a byte-order mark, by its NULs: ASCII and Latin letters in UTF-16 have a zero byte, always on
 * the same side. Read only when every NUL is on one side and at least a quarter of the characters have one;
 * binary data has runs of NULs, on both sides.
 */
function unmarkedUtf16(bytes: Uint8Array, found: ByteCensus): DecodedText | null {
  if (bytes.length % 2 !== 0 || (found.nulsAtEven > 0 && found.nulsAtOdd > 0)) return null
  const encoding = found.nulsAtOdd > 0 ? 'utf-16le' : 'utf-16be'
  const text = decodeStrictly(encoding, bytes)
  if (text === null || CONTROL.test(text)) return null
  const units = bytes.length / 2
  if ((found.nulsAtOdd + found.nulsAtEven) * 4 >= units) return { ok: true, text, encoding }
  // Clean UTF-16, but too few NULs to be sure: valid UTF-8 with a stray NUL is binary, not UTF-16.
  return decodeStrictly('utf-8', bytes) === null ? { ok: false, problem: 'not-utf8', likely: 'utf-16-no-bom' } : null
}

/** Names what bytes that are not UTF-8 (and hold no NUL or control byte) most likely are. */
function likelyLegacyEncoding(found: ByteCensus): LikelyEncoding {
  if (found.undefinedIn1252 > 0 || found.isolatedHigh * 2 < found.high) return 'unknown'
  return found.windowsOnly > 0 ? 'windows-1252' : 'latin-1'
}

/**
 * Reads UTF-8 (BOM dropped), UTF-16 LE/BE with a BOM, and UTF-16 without one when its NULs make it plain
 * (see {@link unmarkedUtf16}). Refuses as binary NULs in no UTF-16 pattern and control characters; refuses
 * anything else as not UTF-8, naming its likely encoding. Linear in the bytes' length.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const marked = markedEncoding(bytes)
  if (marked === 'utf-32') return { ok: false, problem: 'not-utf8', likely: 'utf-32' }
  if (marked) {
    const text = decodeStrictly(marked, bytes)
    if (text !== null) return asText(text, marked)
    // A UTF-8 mark on other bytes: name what follows it; a UTF-16 mark on bytes that are not UTF-16 is damage.
    const likely = marked === 'utf-8' ? likelyLegacyEncoding(census(bytes.subarray(3))) : 'damaged-utf-16'
    return { ok: false, problem: 'not-utf8', likely }
  }
  const found = census(bytes)
  if (found.nulsAtEven + found.nulsAtOdd > 0) {
    return unmarkedUtf16(bytes, found) ?? { ok: false, problem: 'binary', cause: 'nul' }
  }
  if (found.controls > 0) return { ok: false, problem: 'binary', cause: 'control' }
  const text = decodeStrictly('utf-8', bytes)
  if (text !== null) return asText(text, 'utf-8')
  return { ok: false, problem: 'not-utf8', likely: likelyLegacyEncoding(found) }
}
