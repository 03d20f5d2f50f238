// Text files in the encodings people have: UTF-8 with or without BOM and UTF-16 LE/BE are read back exactly;
// Windows-1252, Latin-1 and others are refused by name, never as binary; real binary files still are.

import { describe, expect, it } from 'vitest'
import { decodeArticle } from '../../../src/shared/archive/decode-article'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { ArticleParseError } from '../../../src/shared/archive/parse-errors'
import { decodeText } from '../../../src/shared/archive/text-encoding'

const ARTICLE =
  'Traité sino-soviétique - Sino-Soviet Treaty\n\nSigné à Moscou le 14 février 1950 : « amitié ».\n中文 ✓\n'

const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'))
/** UTF-16 BE: the LE bytes with each pair swapped. */
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i % 2 === 0 ? i + 1 : i - 1] as number)
const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (bom: number[], bytes: Uint8Array) => Uint8Array.from([...bom, ...bytes])

/** Windows-1252 bytes for the few characters these samples use beyond ASCII. */
const WINDOWS_1252: Record<string, number> = {
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  é: 0xe9,
  è: 0xe8,
  à: 0xe0,
  '«': 0xab,
  '»': 0xbb
}
const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => WINDOWS_1252[char] ?? char.charCodeAt(0)))

function refusal(bytes: Uint8Array): { problem: string; message: string; likely?: string } {
  try {
    decodeArticle(bytes)
  } catch (error) {
    if (error instanceof ArticleParseError)
      return { problem: error.problem, message: error.message, likely: error.likely }
    throw error
  }
  throw new Error('expected a refusal')
}

describe('reading text files in the encodings people have', () => {
  it.each([
    ['UTF-8 without BOM', utf8(ARTICLE)],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], utf8(ARTICLE))],
    ['UTF-16 LE with BOM (Windows Notepad’s “Unicode”)', withBom([0xff, 0xfe], utf16le(ARTICLE))],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], utf16be(ARTICLE))]
  ])('reads %s back to the very same text, the BOM not part of the title', (_name, bytes) => {
    expect(decodeArticle(bytes)).toBe(ARTICLE)
    const doc = parseArticle(decodeArticle(bytes), { id: 'x' })
    expect(doc.title).toBe('Traité sino-soviétique')
    expect(doc.titleLine.startsWith('Traité')).toBe(true)
  })

  it('reads UTF-16 without a BOM when its NULs make it plain (Latin text), in either byte order', () => {
    expect(decodeText(utf16le(ARTICLE))).toEqual({ ok: true, text: ARTICLE, encoding: 'utf-16le' })
    expect(decodeText(utf16be(ARTICLE))).toEqual({ ok: true, text: ARTICLE, encoding: 'utf-16be' })
  })

  it('refuses UTF-16 without a BOM that has too few NULs to be sure, naming it, not as binary', () => {
    const mostlyChinese = `${'中华人民共和国和苏维埃社会主义共和国联盟'.repeat(20)}\n`
    expect(refusal(utf16le(mostlyChinese))).toMatchObject({ problem: 'not-utf8', likely: 'utf-16-no-bom' })
  })

  it('refuses Windows-1252 by name, in words that are not “binaire”', () => {
    const found = refusal(windows1252('L’été – « Traité » signé à Moscou\n'))
    expect(found).toMatchObject({ problem: 'not-utf8', likely: 'windows-1252' })
    expect(found.message).toContain('pas en UTF-8 : encodage probable Windows-1252')
    expect(found.message).not.toContain('binaire')
  })

  it('tells Latin-1 (no byte in 0x80–0x9F) from Windows-1252, and a Cyrillic code page from both', () => {
    expect(refusal(windows1252('Traité signé à Moscou\n'))).toMatchObject({ problem: 'not-utf8', likely: 'latin-1' })
    // "Договор о дружбе" in Windows-1251: every letter a high byte, in runs.
    const cyrillic = Uint8Array.from([
      0xc4, 0xee, 0xe3, 0xee, 0xe2, 0xee, 0xf0, 0x20, 0xee, 0x20, 0xe4, 0xf0, 0xf3, 0xe6, 0xe1, 0xe5
    ])
    expect(refusal(cyrillic)).toMatchObject({ problem: 'not-utf8', likely: 'unknown' })
  })

  it('refuses UTF-32 and a UTF-16 mark on bytes that are not UTF-16 by what they are', () => {
    const utf32 = Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])
    expect(refusal(utf32)).toMatchObject({ problem: 'not-utf8', likely: 'utf-32' })
    // A lone high surrogate: marked UTF-16, not UTF-16.
    expect(refusal(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({
      likely: 'damaged-utf-16'
    })
  })

  it('still refuses real binary files as binary: NULs in no UTF-16 pattern, control bytes', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(refusal(png)).toMatchObject({ problem: 'binary', message: expect.stringContaining('binaire') })
    const garbage = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 256)
    expect(refusal(garbage).problem).toBe('binary')
    // UTF-8 text with one stray NUL is not UTF-16.
    expect(refusal(utf8('Titre - Title\n\nTexte\u0000 du corps.\n')).problem).toBe('binary')
    // NULs on one side but pairing into control characters (16-bit numbers): binary, not UTF-16.
    expect(refusal(Uint8Array.from([1, 0, 2, 0, 3, 0, 4, 0])).problem).toBe('binary')
    expect(refusal(utf8('Titre\u0001 - Title\n')).problem).toBe('binary')
    expect(refusal(withBom([0xff, 0xfe], utf16le('Titre\u0002 - Title\n'))).problem).toBe('binary')
  })
})
