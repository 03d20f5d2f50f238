import { describe, expect, it } from 'vitest'
import { decodeArticle } from '../../../src/shared/archive/decode-article'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { ArticleParseError } from '../../../src/shared/archive/parse-errors'

function problemOf(action: () => unknown): { problem: string; message: string } {
  try {
    action()
  } catch (error) {
    if (error instanceof ArticleParseError) return { problem: error.problem, message: error.message }
    throw error
  }
  throw new Error('expected an ArticleParseError')
}

const bytes = (text: string) => new TextEncoder().encode(text)

describe('bad article files', () => {
  it('refuses an empty file, and one with only blank lines', () => {
    expect(problemOf(() => parseArticle(decodeArticle(new Uint8Array()), { id: 'x' }))).toEqual({
      problem: 'empty',
      message: 'Le fichier est vide.'
    })
    expect(problemOf(() => parseArticle('\n \n\t\n', { id: 'x' })).problem).toBe('empty')
  })

  it('refuses binary garbage', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 256)
    expect(problemOf(() => decodeArticle(garbage)).problem).toBe('binary')
  })

  it('refuses text that is not UTF-8 (Latin-1 accents)', () => {
    const latin1 = Uint8Array.from([0x54, 0x72, 0x61, 0x69, 0x74, 0xe9, 0x0a])
    expect(problemOf(() => decodeArticle(latin1))).toMatchObject({
      problem: 'not-utf8',
      message: expect.stringContaining('UTF-8')
    })
  })

  it('refuses control characters that only binary files contain', () => {
    expect(problemOf(() => decodeArticle(bytes('Titre\u0001 - Title\n'))).problem).toBe('binary')
  })

  it('refuses a file whose first line is not a title', () => {
    expect(problemOf(() => parseArticle('  • une puce\n\nTexte.', { id: 'x' })).problem).toBe('no-title')
    expect(problemOf(() => parseArticle(`${'Un très long paragraphe. '.repeat(40)}\n`, { id: 'x' })).problem).toBe(
      'no-title'
    )
  })

  it('refuses a 50 MB file with its size in the message', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61)
    expect(problemOf(() => decodeArticle(big))).toEqual({
      problem: 'too-large',
      message: 'Le fichier fait 50.0 Mo ; la limite est de 10 Mo.'
    })
  })

  it('accepts a title-only article and drops a UTF-8 byte-order mark', () => {
    const doc = parseArticle(decodeArticle(bytes('\ufeffSeul titre - Only title')), { id: 'x' })
    expect(doc.blocks).toHaveLength(1)
    expect(doc.title).toBe('Seul titre')
    expect(doc.infobox).toBeNull()
  })
})
