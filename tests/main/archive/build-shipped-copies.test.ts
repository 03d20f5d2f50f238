// Copies shipped with an archive, as the build command takes them from archive-source.json: a good copy is copied
// beside the articles and listed in manifest.json and copies.folio; each bad entry is left out with its index and
// reason while the rest of the archive (documents and good copies) is written; the shipped archive lists none.

import { createHash } from 'node:crypto'
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildArchive } from '../../../src/archive-tool/build-archive'
import { articleOfFile } from '../../../src/main/archive/article-of-file'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { MAX_SHIPPED_COPIES } from '../../../src/main/archive/manifest-schema'
import { readShippedCopies, SHIPPED_COPIES_FILE } from '../../../src/main/archive/shipped-copies-file'
import { seedFile, seedText, shippedArchiveDir } from '../../fixtures/archive-files'
import { textPdf } from '../../fixtures/pdf-files'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()

const SEED = '000_fed214270135fa12.txt'
const SEED_ID = 'fed214270135fa12'
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
/** The seed's external links' ids, as its link cards carry them. */
const seedLinks = () =>
  articleOfFile(readFileSync(seedFile), SEED, { id: SEED_ID, language: 'fr' }).links.map((link) => link.id)

/** A source folder with the seed, `files`, and an archive-source.json listing `copies`. */
function source(copies: unknown[], files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('folio-copies-source-')
  writeFileSync(join(dir, SEED), seedText())
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  writeFileSync(join(dir, 'archive-source.json'), JSON.stringify({ name: 'Avec copies', copies }))
  return dir
}

describe('a copy listed in archive-source.json', () => {
  it('is copied into the archive and listed in manifest.json and copies.folio, as main reads it', async () => {
    const pdf = await textPdf({ pages: 2 })
    const link = seedLinks()[1]!
    const dir = source([{ document: SEED, link, file: 'yang-2005.pdf', sha256: sha256(pdf), bytes: pdf.byteLength }], {
      'yang-2005.pdf': pdf
    })
    const out = tempDir('folio-copies-out-')
    const built = await buildArchive(dir, out)
    expect(built).toEqual({ ok: true, documents: 1, ignored: [], copies: { shipped: 1, problems: [] } })
    expect(readFileSync(join(out, 'yang-2005.pdf'))).toEqual(Buffer.from(pdf))
    const listed = { document: SEED_ID, link, file: 'yang-2005.pdf', sha256: sha256(pdf), bytes: pdf.byteLength }
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).copies).toEqual([listed])
    expect(await readShippedCopies(out)).toEqual({ copies: [listed], problems: [] })
    // The manifest with its copies is still one every Folio opens.
    const loaded = await loadArchive(out)
    expect(loaded.ok && loaded.damaged).toEqual([])
  })

  it('takes the document by its id too, and computes the size and hash when they are left out', async () => {
    const page = '<!doctype html><html><head><title>Page</title></head><body>Texte</body></html>'
    const link = seedLinks()[0]!
    const dir = source([{ document: SEED_ID, link, file: 'page.html' }], { 'page.html': page })
    const built = await buildArchive(dir, dir)
    expect(built.ok && built.copies).toEqual({ shipped: 1, problems: [] })
    const bytes = Buffer.from(page)
    expect((await readShippedCopies(dir)).copies).toEqual([
      { document: SEED_ID, link, file: 'page.html', sha256: sha256(bytes), bytes: bytes.byteLength }
    ])
  })
})

describe('a bad copy entry', () => {
  it('is left out with its index and reason, and never stops the rest of the archive', async () => {
    const pdf = await textPdf({ pages: 1 })
    const [first, second] = seedLinks() as [string, string]
    const good = { document: SEED, link: second, file: 'good.pdf', sha256: sha256(pdf), bytes: pdf.byteLength }
    const dir = source(
      [
        { ...good, file: 'missing.pdf' },
        { ...good, file: 'changed.pdf' },
        { ...good, file: '../x.pdf' },
        { ...good, file: 'outside.pdf' },
        { ...good, link: 'link-00000000' },
        { ...good, document: 'inconnu' },
        { ...good, file: 'not-a.pdf', sha256: undefined, bytes: undefined },
        good,
        { ...good, link: first, bytes: 12 },
        good
      ],
      { 'good.pdf': pdf, 'changed.pdf': Buffer.concat([pdf, Buffer.from('\n% ajouté')]), 'not-a.pdf': 'du texte' }
    )
    const outsideDir = tempDir('folio-outside-')
    writeFileSync(join(outsideDir, 'x.pdf'), pdf)
    symlinkSync(join(outsideDir, 'x.pdf'), join(dir, 'outside.pdf'))
    const out = tempDir('folio-copies-out-')
    const built = await buildArchive(dir, out)
    if (!built.ok) throw new Error(JSON.stringify(built.problems))
    expect(built.documents).toBe(1)
    expect(built.ignored).toEqual([])
    const problems = Object.fromEntries(built.copies!.problems.map(({ file, message }) => [file, message]))
    expect(Object.keys(problems)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9].map((index) => `copies[${index}]`))
    expect(problems['copies[0]']).toBe('« missing.pdf » n’est pas dans le dossier de l’archive.')
    expect(problems['copies[1]']).toMatch(/^« changed\.pdf » fait \d+ octets, et non \d+ comme annoncé/)
    expect(problems['copies[2]']).toMatch(/^« \.\.\/x\.pdf » : un chemin \(« \/ » ou « \\ »\), pas un nom de fichier/)
    expect(problems['copies[3]']).toMatch(/^« outside\.pdf » est un lien symbolique/)
    expect(problems['copies[4]']).toMatch(
      new RegExp(`^« ${SEED} » n’a pas de lien « link-00000000 » — ses liens : ${first} \\(« .+ »\\), ${second} \\(« `)
    )
    expect(problems['copies[5]']).toBe('« inconnu » n’est pas un document de l’archive.')
    expect(problems['copies[6]']).toMatch(/^« not-a\.pdf » n’est pas un PDF/)
    expect(problems['copies[8]']).toMatch(/^« good\.pdf » fait \d+ octets, et non 12/)
    expect(problems['copies[9]']).toBe('« good.pdf » est déjà la copie de ce lien (copies[7]).')
    // The good copy, and it alone, is in the archive.
    expect(built.copies!.shipped).toBe(1)
    expect((await readShippedCopies(out)).copies.map(({ file }) => file)).toEqual(['good.pdf'])
    for (const file of ['missing.pdf', 'changed.pdf', 'outside.pdf', 'not-a.pdf', 'x.pdf'])
      expect(existsSync(join(out, file))).toBe(false)
  })

  it('a changed hash is named as such', async () => {
    const pdf = await textPdf({ pages: 1 })
    const other = sha256(Buffer.from('autre'))
    const dir = source([{ document: SEED, link: seedLinks()[1], file: 'a.pdf', sha256: other }], { 'a.pdf': pdf })
    const built = await buildArchive(dir, dir)
    expect(built.ok && built.copies?.problems).toEqual([
      {
        file: 'copies[0]',
        message: `« a.pdf » a changé : son empreinte SHA-256 n’est pas celle annoncée (${other.slice(0, 12)}…).`
      }
    ])
    expect(existsSync(join(dir, SHIPPED_COPIES_FILE))).toBe(false)
  })

  it(`past ${MAX_SHIPPED_COPIES} copies, the rest are left out in one line`, async () => {
    const page = (n: number) => `<html><body>Page ${n}</body></html>`
    const links = seedLinks()
    const count = MAX_SHIPPED_COPIES + 3
    const files = Object.fromEntries(Array.from({ length: count }, (_, n) => [`p${n}.html`, page(n)]))
    const copies = Array.from({ length: count }, (_, n) => ({
      document: SEED,
      link: links[n % links.length],
      file: `p${n}.html`
    }))
    const dir = source(copies, files)
    const built = await buildArchive(dir, dir)
    expect(built.ok && built.copies).toEqual({
      shipped: MAX_SHIPPED_COPIES,
      problems: [
        {
          file: 'copies',
          message: `${count} copies listées, ${MAX_SHIPPED_COPIES} au plus : les 3 dernières sont laissées hors de l’archive.`
        }
      ]
    })
    expect((await readShippedCopies(dir)).copies).toHaveLength(MAX_SHIPPED_COPIES)
  })
})

describe('an archive without copies', () => {
  it('has no copies.folio and a manifest without the field (the shipped archive is unchanged)', async () => {
    const out = tempDir('folio-copies-out-')
    expect(await buildArchive(shippedArchiveDir, out)).toEqual({ ok: true, documents: 1, ignored: [] })
    expect(existsSync(join(out, SHIPPED_COPIES_FILE))).toBe(false)
    expect(existsSync(join(shippedArchiveDir, SHIPPED_COPIES_FILE))).toBe(false)
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).not.toHaveProperty('copies')
  })

  it('loses the copies.folio of an earlier build when its copies are no longer listed', async () => {
    const pdf = await textPdf({ pages: 1 })
    const dir = source([{ document: SEED, link: seedLinks()[1], file: 'a.pdf' }], { 'a.pdf': pdf })
    await buildArchive(dir, dir)
    expect(existsSync(join(dir, SHIPPED_COPIES_FILE))).toBe(true)
    writeFileSync(join(dir, 'archive-source.json'), JSON.stringify({ name: 'Avec copies' }))
    expect(await buildArchive(dir, dir)).toEqual({ ok: true, documents: 1, ignored: ['a.pdf'] })
    expect(existsSync(join(dir, SHIPPED_COPIES_FILE))).toBe(false)
  })
})
