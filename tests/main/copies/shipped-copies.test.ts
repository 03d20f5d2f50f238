// Copies shipped with an archive, as main takes them into the user's copy store: an archive built in a temporary
// folder with a PDF for the seed's second link, opened as the app opens it; its copy is listed on its link like an
// attached one, marked as shipped, taken once (a removed one never comes back), and a changed file is refused.

import { createHash } from 'node:crypto'
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { buildArchive } from '../../../src/archive-tool/build-archive'
import { archiveAccess } from '../../../src/main/archive/archive-access'
import { articleOfFile } from '../../../src/main/archive/article-of-file'
import { openCatalogue } from '../../../src/main/archive/open-catalogue'
import { scopedCatalogue, archiveScope } from '../../../src/main/archive/scoped-catalogue'
import { shippedArchiveOf } from '../../../src/main/archive/shipped-archive'
import { SHIPPED_COPIES_FILE } from '../../../src/main/archive/shipped-copies-file'
import { CopyStore } from '../../../src/main/copies/copy-store'
import { scopeId } from '../../../src/shared/archive/archive-scope'
import { seedFile, seedText } from '../../fixtures/archive-files'
import { textPdf } from '../../fixtures/pdf-files'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()

const SEED = '000_fed214270135fa12.txt'
const SEED_ID = 'fed214270135fa12'
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const LINK_ID = articleOfFile(readFileSync(seedFile), SEED, { id: SEED_ID, language: 'fr' }).links[1]!.id

/** An archive of the seed shipping `yang.pdf` for its second link, built by the build command. */
async function archiveWithCopy() {
  const dir = tempDir('folio-shipped-archive-')
  const pdf = await textPdf({ pages: 2 })
  writeFileSync(join(dir, SEED), seedText())
  writeFileSync(join(dir, 'yang.pdf'), pdf)
  const copies = [{ document: SEED, link: LINK_ID, file: 'yang.pdf' }]
  writeFileSync(join(dir, 'archive-source.json'), JSON.stringify({ name: 'Avec une copie', copies }))
  const built = await buildArchive(dir, dir)
  if (!built.ok || built.copies?.shipped !== 1) throw new Error(JSON.stringify(built))
  return { dir, pdf, id: `c-${sha256(pdf).slice(0, 16)}` }
}

/** The copy store of a library, over the archive in `dir` opened as main opens it (scoped: as one from disk). */
function storeOver(dir: string, libraryDir: string, { scoped = false } = {}) {
  const access = archiveAccess(dir, {
    openCatalogue: async (root) => (scoped ? scopedCatalogue(await openCatalogue(root)) : openCatalogue(root)),
    openSearch: async () => null
  })
  return {
    store: new CopyStore(libraryDir, { shippedArchive: () => shippedArchiveOf(access) }),
    archiveId: async () => (await access.catalogue())!.info.id
  }
}

describe('a copy shipped with the open archive', () => {
  it('is on its link at the first list, marked as shipped, kept in the library as an attached copy is', async () => {
    const { dir, pdf, id } = await archiveWithCopy()
    const libraryDir = tempDir('folio-library-')
    const { store, archiveId } = storeOver(dir, libraryDir)
    const [copy, ...rest] = await store.list(SEED_ID)
    expect(rest).toEqual([])
    expect(copy).toMatchObject({
      id,
      kind: 'pdf',
      fileName: 'yang.pdf',
      size: pdf.byteLength,
      sha256: sha256(pdf),
      links: [{ documentId: SEED_ID, linkId: LINK_ID }],
      shipped: { archiveId: await archiveId() }
    })
    // Read from the library's own file, not the archive's.
    const file = await store.file(id)
    expect(file?.path).toBe(join(libraryDir, 'copies', `${sha256(pdf)}.pdf`))
    expect(readFileSync(file!.path)).toEqual(Buffer.from(pdf))
    expect(await store.list(null)).toEqual([copy])
  })

  it('is taken once: removed by the user, it does not come back at the next start', async () => {
    const { dir, id } = await archiveWithCopy()
    const libraryDir = tempDir('folio-library-')
    const first = storeOver(dir, libraryDir).store
    expect((await first.list(SEED_ID)).map((copy) => copy.id)).toEqual([id])
    expect(await first.remove(id, { documentId: SEED_ID, linkId: LINK_ID })).toEqual({ ok: true })
    expect(await first.list(SEED_ID)).toEqual([])
    const next = storeOver(dir, libraryDir).store
    expect(await next.list(SEED_ID)).toEqual([])
    expect(await next.list(null)).toEqual([])
  })

  it('keeps its annotations’ id across starts and libraries: the id comes from the content', async () => {
    const { dir, id } = await archiveWithCopy()
    const a = storeOver(dir, tempDir('folio-library-')).store
    const b = storeOver(dir, tempDir('folio-library-')).store
    expect((await a.list(SEED_ID))[0]?.id).toBe(id)
    expect((await b.list(SEED_ID))[0]?.id).toBe(id)
  })

  it('of an archive from disk is on the scoped document the page knows', async () => {
    const { dir, id } = await archiveWithCopy()
    const { store, archiveId } = storeOver(dir, tempDir('folio-library-'), { scoped: true })
    const scoped = scopeId(archiveScope(await archiveId()), SEED_ID)
    expect(await store.list(SEED_ID)).toEqual([])
    const [copy] = await store.list(scoped)
    expect(copy).toMatchObject({ id, links: [{ documentId: scoped, linkId: LINK_ID }] })
  })

  it('the library already holds is linked without reading the archive’s file', async () => {
    const { dir, pdf, id } = await archiveWithCopy()
    const libraryDir = tempDir('folio-library-')
    const mine = join(tempDir('folio-mine-'), 'mine.pdf')
    writeFileSync(mine, pdf)
    const { store } = storeOver(dir, libraryDir)
    const other = { documentId: 'u-0123456789abcdef', linkId: 'link-1' }
    // Attached by the user before the archive was ever listed (its list is what offers the shipped copies).
    const attached = new CopyStore(libraryDir)
    expect((await attached.attach(mine, other)).ok).toBe(true)
    rmSync(join(dir, 'yang.pdf'))
    const [copy] = await store.list(SEED_ID)
    expect(copy).toMatchObject({ id, fileName: 'mine.pdf', links: [other, { documentId: SEED_ID, linkId: LINK_ID }] })
    expect(copy?.shipped?.problem).toBeUndefined()
  })
})

describe('a shipped copy whose file is not the one the archive lists', () => {
  it('changed after the build: refused with a message on its card, never kept nor served; taken once mended', async () => {
    const { dir, pdf, id } = await archiveWithCopy()
    const libraryDir = tempDir('folio-library-')
    writeFileSync(
      join(dir, 'yang.pdf'),
      Buffer.concat([pdf.subarray(0, pdf.byteLength - 10), Buffer.from('0123456789')])
    )
    const { store, archiveId } = storeOver(dir, libraryDir)
    const listed = await store.list(SEED_ID)
    expect(listed).toEqual([
      expect.objectContaining({
        id,
        fileName: 'yang.pdf',
        links: [{ documentId: SEED_ID, linkId: LINK_ID }],
        shipped: {
          archiveId: await archiveId(),
          problem: `« yang.pdf » a changé : son empreinte SHA-256 n’est pas celle annoncée (${sha256(pdf).slice(0, 12)}…).`
        }
      })
    ])
    // Not in the library: not in the list of every copy, no file for the protocol.
    expect(await store.list(null)).toEqual([])
    expect(await store.file(id)).toBeNull()
    // Mended, it is taken at the next start.
    writeFileSync(join(dir, 'yang.pdf'), pdf)
    const next = storeOver(dir, libraryDir).store
    expect(await next.list(SEED_ID)).toEqual([
      expect.objectContaining({ id, shipped: { archiveId: await archiveId() } })
    ])
  })

  it('missing, or a link to a file outside the folder: refused, each with its reason', async () => {
    const { dir, pdf } = await archiveWithCopy()
    rmSync(join(dir, 'yang.pdf'))
    const missing = await storeOver(dir, tempDir('folio-library-')).store.list(SEED_ID)
    expect(missing.map((copy) => copy.shipped?.problem)).toEqual([
      '« yang.pdf » n’est pas dans le dossier de l’archive.'
    ])
    // The very bytes, but through a link out of the archive folder.
    const outside = join(tempDir('folio-outside-'), 'yang.pdf')
    writeFileSync(outside, pdf)
    symlinkSync(outside, join(dir, 'yang.pdf'))
    const linked = await storeOver(dir, tempDir('folio-library-')).store.list(SEED_ID)
    expect(linked.map((copy) => copy.shipped?.problem)).toEqual([
      '« yang.pdf » est un lien symbolique : une copie fournie doit être un fichier du dossier lui-même.'
    ])
  })

  it('in a damaged copies.folio costs that entry alone; a whole damaged file, the copies, never the list', async () => {
    const { dir, id } = await archiveWithCopy()
    const listFile = join(dir, SHIPPED_COPIES_FILE)
    const good = JSON.parse(readFileSync(listFile, 'utf8'))
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    writeFileSync(
      listFile,
      JSON.stringify({ ...good, copies: [{ ...good.copies[0], file: '../x.pdf' }, good.copies[0]] })
    )
    expect((await storeOver(dir, tempDir('folio-library-')).store.list(SEED_ID)).map((copy) => copy.id)).toEqual([id])
    expect(String(errors.mock.calls[0]?.[0])).toContain('(copies.0) : copies.0.file : un chemin')
    writeFileSync(listFile, '{"format": "folio-shipped-copies", ')
    expect(await storeOver(dir, tempDir('folio-library-')).store.list(SEED_ID)).toEqual([])
    errors.mockRestore()
  })
})

describe('an archive without shipped copies', () => {
  it('lists the user’s copies alone (the shipped archive ships none)', async () => {
    const dir = tempDir('folio-plain-archive-')
    cpSync(seedFile, join(dir, SEED))
    expect((await buildArchive(dir, dir)).ok).toBe(true)
    const { store } = storeOver(dir, tempDir('folio-library-'))
    expect(await store.list(SEED_ID)).toEqual([])
  })
})
