import { describe, expect, it } from 'vitest'
import { fileNameProblem, visibleFileName, withFilterExtension } from '../../../src/main/files/file-names'
import { argSchemas } from '../../../src/main/ipc/arg-schemas'

const HIDDEN = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C'
]
const CONTROLS = ['\u0000', '\u0001', '\n', '\r', '\t', '\u001F', '\u007F', '\u0085', '\u009F']

describe('a file name Folio proposes or saves under', () => {
  it('may hold any script, spaces and punctuation', () => {
    for (const name of [
      'peskov-2010.bib',
      'Договор 1950.md',
      '中苏友好同盟互助条约.json',
      'عربي.txt',
      'a b (c) [d] é.ris',
      '.hidden.bib'
    ]) {
      expect(fileNameProblem(name)).toBeNull()
    }
  })

  it('holds no bidirectional control, nor any other control character', () => {
    for (const char of [...HIDDEN, ...CONTROLS])
      expect(fileNameProblem(`report${char}txt.bat`)).toMatch(/caractères de contrôle/)
  })

  it('holds no folder', () => {
    for (const name of ['../../.bashrc', 'a/b.bib', 'a\\b.bib', '.', '..', ''])
      expect(fileNameProblem(name)).not.toBeNull()
  })

  it('is shown with its control characters written out', () => {
    expect(visibleFileName('report\u202Etxt.bat')).toBe('report<U+202E>txt.bat')
    expect(visibleFileName('a\u0007b')).toBe('a<U+0007>b')
  })

  it('is the one rule for the name the renderer suggests', () => {
    const request = (suggestedName: string) => [{ suggestedName, content: 'x', filters: [] }]
    expect(argSchemas.saveFile.safeParse(request('peskov-2010.bib')).success).toBe(true)
    expect(argSchemas.saveFile.safeParse(request('report\u202Etxt.bat')).success).toBe(false)
    expect(argSchemas.saveFile.safeParse(request('a\u2066b.bib')).success).toBe(false)
    expect(argSchemas.saveFile.safeParse(request('a\nb.bib')).success).toBe(false)
    expect(argSchemas.saveFile.safeParse(request('../x.bib')).success).toBe(false)
  })
})

describe('the extension of a saved file', () => {
  const bib = [{ name: 'BibTeX', extensions: ['bib'] }]

  it('is the chosen type’s, added when missing or another', () => {
    expect(withFilterExtension('peskov', bib)).toBe('peskov.bib')
    expect(withFilterExtension('peskov.txt', bib)).toBe('peskov.txt.bib')
    expect(withFilterExtension('peskov...', bib)).toBe('peskov.bib')
    expect(withFilterExtension('.bib', bib)).toBe('.bib.bib') // a hidden file named "bib", not an extension
  })

  it('is kept when it is one of the offered types’, in any case', () => {
    expect(withFilterExtension('peskov.BIB', bib)).toBe('peskov.BIB')
    expect(
      withFilterExtension('notes.json', [
        { name: 'W3C', extensions: ['jsonld'] },
        { name: 'JSON', extensions: ['json'] }
      ])
    ).toBe('notes.json')
    expect(withFilterExtension('notes.xyz', [])).toBe('notes.xyz')
  })
})
