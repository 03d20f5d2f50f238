// The archive's catalogue.folio as main reads it: pages in French title order, the library's title filter,
// rows by id, documents verified when read, on a built archive, the shipped one and any titles.

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveCatalogue } from '../../../src/main/archive/archive-catalogue'
import type { CatalogueInput } from '../../../src/main/archive/catalogue-format'
import { openFileCatalogue } from '../../../src/main/archive/file-catalogue'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { archiveIdOf, memoryCatalogue } from '../../../src/main/archive/memory-catalogue'
import { openCatalogue } from '../../../src/main/archive/open-catalogue'
import { writeCatalogue } from '../../../src/main/archive/write-catalogue'
import { titleCollator, titleMatches } from '../../../src/shared/library/title-filter'
import { shippedArchiveDir } from '../../fixtures/archive-files'
import { COUNT, QUERIES, WORDS, allRows, builtArchive, removeTempDirs, tempDir, type Built } from './catalogue-fixture'

let built: Built
let file: ArchiveCatalogue
beforeAll(async () => {
  built = await builtArchive()
  file = await openFileCatalogue(built.dir)
}, 60_000)
afterAll(() => file.close())
afterAll(removeTempDirs)

describe('an archive built with its catalogue', () => {
  it('opens with its name, its count and the id its memory catalogue would have', async () => {
    const loaded = await loadArchive(built.dir)
    if (!loaded.ok) throw new Error(loaded.problem.message)
    const ids = built.rows.map((row) => row.id)
    expect(file.info).toEqual({
      id: archiveIdOf('Archive Folio', ids),
      name: 'Archive Folio',
      description: '',
      count: COUNT
    })
    expect(memoryCatalogue(file.root, loaded).info).toEqual(file.info)
  })

  it('gives its rows by page in French title order, a page past the end empty', async () => {
    expect(await allRows(file, '')).toEqual(built.rows)
    expect(await file.page({ offset: 10, limit: 5 })).toEqual({
      total: COUNT,
      offset: 10,
      rows: built.rows.slice(10, 15),
      unverified: true
    })
    expect(await file.page({ offset: COUNT + 5, limit: 5 })).toEqual({ total: COUNT, offset: COUNT, rows: [] })
    expect(await file.page({ offset: -3, limit: 2.7 })).toEqual({
      total: COUNT,
      offset: 0,
      rows: built.rows.slice(0, 2),
      unverified: true
    })
  })

  it('filters titles as the library does (accents, case, ligatures, a prefix of any word, CJK)', async () => {
    for (const query of QUERIES) {
      const expected = built.rows.filter((row) => titleMatches(row.title, query))
      if (query !== 'zzz') expect(expected.length, query).toBeGreaterThan(0)
      if (query !== '') expect(expected.length, query).toBeLessThan(COUNT)
      expect(await allRows(file, query), query).toEqual(expected)
      expect((await file.page({ offset: 0, limit: 1, query })).total, query).toBe(expected.length)
    }
    expect((await file.page({ offset: 0, limit: 10, query: 'zzz' })).total).toBe(0)
  })

  it('gives the same pages as the memory catalogue of the same archive', async () => {
    const loaded = await loadArchive(built.dir)
    if (!loaded.ok) throw new Error(loaded.problem.message)
    const memory = memoryCatalogue(file.root, loaded)
    for (const query of QUERIES) expect(await allRows(file, query, 50), query).toEqual(await allRows(memory, query, 50))
  })

  it('locates a document among the rows, filtered or not, as the memory catalogue does', async () => {
    const loaded = await loadArchive(built.dir)
    if (!loaded.ok) throw new Error(loaded.problem.message)
    const memory = memoryCatalogue(file.root, loaded)
    for (const query of QUERIES) {
      const matching = built.rows.filter((row) => titleMatches(row.title, query))
      for (const row of [built.rows[0], built.rows[117], built.rows[COUNT - 1]]) {
        const expected = matching.findIndex((candidate) => candidate.id === row!.id)
        for (const catalogue of [file, memory]) {
          const page = await catalogue.page({ offset: 0, limit: 1, ...(query ? { query } : {}), locate: row!.id })
          expect(page.located, `${query} ${row!.title}`).toBe(expected)
        }
      }
    }
    expect((await file.page({ offset: 0, limit: 1, locate: '0000000000000000' })).located).toBe(-1)
    expect((await file.page({ offset: 0, limit: 1, locate: '../manifest' })).located).toBe(-1)
    expect((await file.page({ offset: 0, limit: 1 })).located).toBeUndefined()
  })

  it('finds a row by id, and none for an id it does not list', async () => {
    for (const row of [built.rows[0], built.rows[117], built.rows[COUNT - 1]])
      expect(await file.row(row!.id)).toEqual(row)
    expect(await file.row('0000000000000000')).toBeUndefined()
    expect(await file.row('../manifest')).toBeUndefined()
    expect(await file.row('')).toBeUndefined()
  })

  it('reads a document, verified, when asked for', async () => {
    const row = built.rows[42]!
    const read = await file.read(row.id)
    expect(read.ok && read.entry.document.title).toBe(row.title)
    expect(read.ok && read.entry.file).toBe(row.file)
    expect(await file.read('0000000000000000')).toMatchObject({ ok: false, damaged: { problem: { kind: 'missing' } } })
  })
})

describe('the shipped archive', () => {
  it('opens from its catalogue.folio with the info and rows its manifest gives', async () => {
    const catalogue = await openCatalogue(shippedArchiveDir)
    const loaded = await loadArchive(shippedArchiveDir)
    if (!loaded.ok) throw new Error(loaded.problem.message)
    const memory = memoryCatalogue(catalogue.root, loaded)
    try {
      expect(catalogue.info).toEqual(memory.info)
      expect(await allRows(catalogue, '')).toEqual(await allRows(memory, ''))
      const [first] = await allRows(catalogue, '')
      const read = await catalogue.read(first!.id)
      expect(read.ok && read.entry).toEqual(await memory.read(first!.id).then((result) => result.ok && result.entry))
    } finally {
      await catalogue.close()
    }
  })
})

describe('pages and filters, for any titles', () => {
  const title = fc
    .array(fc.constantFrom(...WORDS, 'a', 'É', 'ß', '1', '10', '9', '-', 'x'), { minLength: 1, maxLength: 4 })
    .map((words) => words.join(' '))
    .filter((text) => text.trim().length > 0)
  const query = fc
    .array(fc.constantFrom('tr', 'É', 'é', 'oe', 'œ', '条', '中苏', 'pa', 'x', '1', 'ss', ' ', 'de l'), {
      maxLength: 3
    })
    .map((parts) => parts.join(''))

  it('are a plain sort by title then titleMatches', async () => {
    const dir = tempDir('property')
    await fc.assert(
      fc.asyncProperty(
        fc.array(title, { minLength: 1, maxLength: 40 }),
        query,
        fc.nat(45),
        async (titles, typed, offset) => {
          const entries: CatalogueInput[] = titles.map((text, index) => ({
            id: `d${index}`,
            file: `d${index}.txt`,
            title: text,
            language: 'fr',
            sha256: '0'.repeat(64),
            bytes: 0
          }))
          await writeCatalogue(dir, { name: 'Propriété', description: '' }, entries)
          const catalogue = await openFileCatalogue(dir)
          try {
            const expected = entries
              .map(({ id, file, title }) => ({ id, file, title }))
              .sort((a, b) => titleCollator.compare(a.title, b.title))
              .filter((row) => titleMatches(row.title, typed))
            const { unverified, ...page } = await catalogue.page({ offset, limit: 7, query: typed })
            expect(unverified).toBe(page.rows.length > 0 ? true : undefined)
            expect(page).toEqual({
              total: expected.length,
              offset: Math.min(offset, expected.length),
              rows: expected.slice(offset, offset + 7)
            })
            const id = entries[offset % entries.length]!.id
            expect((await catalogue.row(id))?.id).toBe(id)
          } finally {
            await catalogue.close()
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
