import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { decodeSavedPage, sniffCopy } from '../../../src/main/copies/sniff-copy'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()

/** Writes `content` as `name` in a fresh folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir('folio-sniff-'), name)
  writeFileSync(path, content)
  return path
}

const MINIMAL_PDF = '%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'
const PAGE = '<!DOCTYPE html><html><head><title>Yang</title></head><body><p>Texte</p></body></html>'

describe('telling a PDF from its name and its bytes', () => {
  it('takes a real PDF (made by pdf-lib) named .pdf', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage()
    const bytes = await pdf.save()
    const sniffed = await sniffCopy(file('yang-2005.pdf', bytes))
    expect(sniffed).toMatchObject({ ok: true, kind: 'pdf', fileName: 'yang-2005.pdf' })
    if (sniffed.ok) expect(Buffer.from(sniffed.bytes).equals(Buffer.from(bytes))).toBe(true)
  })

  it('takes a PDF whose header comes after some junk, within the first 1024 bytes, and in upper case .PDF', async () => {
    expect(await sniffCopy(file('a.PDF', 'x'.repeat(1000) + MINIMAL_PDF))).toMatchObject({ ok: true, kind: 'pdf' })
    const late = await sniffCopy(file('late.pdf', 'x'.repeat(1024) + MINIMAL_PDF))
    expect(late).toMatchObject({ ok: false, reason: 'mismatch' })
  })

  it('refuses a .pdf that is not a PDF, saying so by name', async () => {
    const sniffed = await sniffCopy(file('yang.pdf', PAGE))
    expect(sniffed).toEqual({
      ok: false,
      reason: 'mismatch',
      message: '« yang.pdf » n’est pas un PDF : le fichier ne commence pas par %PDF-.'
    })
  })
})

describe('telling a saved web page', () => {
  it.each(['page.html', 'page.htm', 'page.xhtml', 'PAGE.HTML'])('takes %s', async (name) => {
    expect(await sniffCopy(file(name, PAGE))).toMatchObject({ ok: true, kind: 'html', fileName: name })
  })

  it.each([
    ['a doctype only', '<!doctype html>\n<p>court</p>'],
    ['a <body> without <html>', '<body>Texte</body>'],
    ['<HEAD> in capitals', '<HEAD><TITLE>x</TITLE></HEAD>']
  ])('takes a page with %s', async (_what, content) => {
    expect(await sniffCopy(file('p.html', content))).toMatchObject({ ok: true, kind: 'html' })
  })

  it('takes a Latin-1 page that declares its charset, and reads it as such', async () => {
    const latin = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>Été</body></html>', 'latin1')
    expect(await sniffCopy(file('ete.html', latin))).toMatchObject({ ok: true, kind: 'html' })
    expect(decodeSavedPage(latin)).toContain('Été')
  })

  it('refuses a Latin-1 page that declares nothing: its text cannot be read for sure', async () => {
    const latin = Buffer.from('<html><body>Été</body></html>', 'latin1')
    expect(await sniffCopy(file('ete.html', latin))).toMatchObject({ ok: false, reason: 'mismatch' })
  })

  it('refuses a .html that is plain text, or a PDF, naming the file', async () => {
    const text = await sniffCopy(file('notes.html', 'juste du texte, sans balise'))
    expect(text).toMatchObject({ ok: false, reason: 'mismatch' })
    expect(text.ok || text.message).toContain('« notes.html » n’est pas une page web')
    const pdf = await sniffCopy(file('yang.html', MINIMAL_PDF))
    expect(pdf).toMatchObject({ ok: false, reason: 'mismatch' })
    expect(pdf.ok || pdf.message).toContain('« yang.html » est un PDF')
  })

  it('looks for the HTML only in the first 64 KB', async () => {
    const late = await sniffCopy(file('late.html', ' '.repeat(64 * 1024) + PAGE))
    expect(late).toMatchObject({ ok: false, reason: 'mismatch' })
  })

  it('is not thrown by a UTF-8 character cut at the 64 KB mark', async () => {
    const content = '<html>' + 'a'.repeat(64 * 1024 - 7) + 'é' + 'b'.repeat(10) + '</html>'
    expect(await sniffCopy(file('cut.html', content))).toMatchObject({ ok: true, kind: 'html' })
  })
})

describe('refusals', () => {
  it('refuses an empty file', async () => {
    expect(await sniffCopy(file('vide.pdf', ''))).toEqual({
      ok: false,
      reason: 'empty',
      message: '« vide.pdf » est vide (0 octet).'
    })
  })

  it('refuses a file over the limit of its kind, before reading it', async () => {
    const limits = { pdf: 2 * 1024 * 1024, html: 1024 * 1024 }
    const big = await sniffCopy(file('livre.pdf', MINIMAL_PDF + ' '.repeat(3 * 1024 * 1024)), limits)
    expect(big).toEqual({
      ok: false,
      reason: 'too-large',
      message: '« livre.pdf » (3 Mo) dépasse 2 Mo, la taille la plus grande qu’un PDF peut avoir dans Folio.'
    })
    const page = await sniffCopy(file('page.html', PAGE + ' '.repeat(2 * 1024 * 1024)), limits)
    expect(page.ok || page.message).toContain('dépasse 1 Mo, la taille la plus grande qu’une page web enregistrée')
    // At the limit exactly, it is taken.
    const exact = MINIMAL_PDF + ' '.repeat(limits.pdf - MINIMAL_PDF.length)
    expect(await sniffCopy(file('juste.pdf', exact), limits)).toMatchObject({ ok: true })
  })

  it.each(['notes.txt', 'photo.jpg', 'archive.pdf.zip', 'sans-extension'])(
    'refuses %s as unsupported',
    async (name) => {
      const sniffed = await sniffCopy(file(name, MINIMAL_PDF))
      expect(sniffed).toMatchObject({ ok: false, reason: 'unsupported' })
      expect(sniffed.ok || sniffed.message).toContain(`« ${name} »`)
    }
  )

  it('refuses a folder named .pdf, and a file that is not there, as failures naming them', async () => {
    const folder = join(tempDir('folio-sniff-'), 'dossier.pdf')
    mkdirSync(folder)
    expect(await sniffCopy(folder)).toMatchObject({ ok: false, reason: 'failed' })
    const missing = await sniffCopy(join(tempDir('folio-sniff-'), 'parti.pdf'))
    expect(missing).toMatchObject({ ok: false, reason: 'failed' })
    expect(missing.ok || missing.message).toContain('« parti.pdf » n’a pas pu être lu')
  })
})
