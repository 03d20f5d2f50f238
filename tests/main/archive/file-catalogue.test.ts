// The archive's catalogue.folio as main reads it: pages in French title order, the library's title filter,
// rows by id, documents verified when read; a damaged or hostile catalogue refused by name, fast, without reading on.

import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildArchive } from '../../../src/archive-tool/build-archive'
import type { ArchiveCatalogue } from '../../../src/main/archive/archive-catalogue'
import { ArchiveError } from '../../../src/main/archive/archive-error'
import { CATALOGUE_FILE, PREAMBLE_BYTES, type CatalogueInput } from '../../../src/main/archive/catalogue-format'
import { openFileCatalogue } from '../../../src/main/archive/file-catalogue'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { archiveIdOf, memoryCatalogue } from '../../../src/main/archive/memory-catalogue'
import { openCatalogue } from '../../../src/main/archive/open-catalogue'
import { writeCatalogue } from '../../../src/main/archive/write-catalogue'
import type { ArchiveRow } from '../../../src/shared/archive/archive-types'
import { titleCollator, titleMatches } from '../../../src/shared/library/title-filter'
import { seedText, shippedArchiveDir } from '../../fixtures/archive-files'

const dirs: string[] = []
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `folio-${name}-`))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Words the titles are made of: accents, case, ligatures, numbers, CJK, apostrophes. */
const WORDS = ['Traité', 'traite', 'Élysée', 'Œuvre', 'paix', 'PAIX', 'de', 'la', 'l’accord', 'Yalta', '中苏', '条约']
const wordOf = (index: number) => WORDS[index % WORDS.length] as string

/** Title of document `index`: three or four words and its number, varied enough to sort and filter. */
const titleOf = (index: number) =>
  [wordOf(index * 7), wordOf(index * 3 + 1), ...(index % 2 ? [wordOf(index + 5)] : []), String(index)].join(' ')

const COUNT = 240
const QUERIES = [
  '',
  'tr',
  'TRAITÉ',
  'traite',
  'elysee',
  'oeuvre',
  'œuv',
  '条约',
  '苏',
  'paix 1',
  'de la',
  'l’acc',
  '12',
  'zzz'
]

interface Built {
  dir: string
  rows: ArchiveRow[]
}

/** A source folder of COUNT seed-bodied articles under titleOf(i), built in place by the build command. */
async function builtArchive(): Promise<Built> {
  const dir = tempDir('catalogue')
  const [, ...body] = seedText().split('\n')
  const rows: ArchiveRow[] = []
  for (let index = 0; index < COUNT; index++) {
    const id = createHash('sha256').update(`catalogue-${index}`).digest('hex').slice(0, 16)
    const file = `${String(index).padStart(3, '0')}_${id}.txt`
    writeFileSync(join(dir, file), [`${titleOf(index)} - Title ${index}`, ...body].join('\n'))
    rows.push({ id, file, title: titleOf(index) })
  }
  const built = await buildArchive(dir, dir)
  if (!built.ok) throw new Error(built.problems.map((problem) => problem.message).join('\n'))
  rows.sort((a, b) => titleCollator.compare(a.title, b.title))
  return { dir, rows }
}

async function allRows(catalogue: ArchiveCatalogue, query: string, limit = 37): Promise<ArchiveRow[]> {
  const rows: ArchiveRow[] = []
  for (let offset = 0; ; offset += limit) {
    const page = await catalogue.page({ offset, limit, query })
    rows.push(...page.rows)
    if (page.rows.length < limit) return rows
  }
}

/** A copy of the built archive, for tests that damage it. */
const copyOf = (dir: string) => {
  const copy = tempDir('copy')
  cpSync(dir, copy, { recursive: true })
  return copy
}

async function refusal(open: Promise<unknown>): Promise<ArchiveError> {
  const error = await open.then(
    () => null,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(ArchiveError)
  return error as ArchiveError
}

let built: Built
let file: ArchiveCatalogue
beforeAll(async () => {
  built = await builtArchive()
  file = await openFileCatalogue(built.dir)
}, 60_000)
afterAll(() => file.close())

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

describe('a document altered or missing after the build', () => {
  it('is damaged when read, its row says so from then on, and every other one reads', async () => {
    const dir = copyOf(built.dir)
    const [altered, missing, intact] = [built.rows[3]!, built.rows[4]!, built.rows[5]!]
    const text = readFileSync(join(dir, altered.file), 'utf8')
    writeFileSync(join(dir, altered.file), text.replace('a', 'b'))
    unlinkSync(join(dir, missing.file))
    const catalogue = await openCatalogue(dir)
    try {
      expect(await catalogue.read(altered.id)).toMatchObject({
        ok: false,
        damaged: { id: altered.id, file: altered.file, title: altered.file, problem: { kind: 'checksum' } }
      })
      expect(await catalogue.read(missing.id)).toMatchObject({ ok: false, damaged: { problem: { kind: 'missing' } } })
      expect((await catalogue.read(intact.id)).ok).toBe(true)
      // A damaged document goes by its file's name, as the memory catalogue names it.
      expect(await catalogue.row(altered.id)).toMatchObject({ title: altered.file, problem: { kind: 'checksum' } })
      const page = await catalogue.page({ offset: 3, limit: 3 })
      expect(page.rows.map((row) => row.problem?.kind)).toEqual(['checksum', 'missing', undefined])
    } finally {
      await catalogue.close()
    }
  })
})

describe('a page of rows verified', () => {
  it('marks the altered and missing rows it shows, says when rows are unchecked, and reads nothing twice', async () => {
    const dir = copyOf(built.dir)
    const [altered, missing] = [built.rows[1]!, built.rows[2]!]
    writeFileSync(join(dir, altered.file), readFileSync(join(dir, altered.file), 'utf8').replace('a', 'b'))
    unlinkSync(join(dir, missing.file))
    const catalogue = await openCatalogue(dir)
    try {
      const first = await catalogue.page({ offset: 0, limit: 4 })
      expect(first.unverified).toBe(true)
      expect(first.rows.map((row) => row.problem)).toEqual([undefined, undefined, undefined, undefined])
      const checked = await catalogue.page({ offset: 0, limit: 4, verify: true })
      expect(checked.unverified).toBeUndefined()
      expect(checked.rows.map((row) => row.problem?.kind)).toEqual([undefined, 'checksum', 'missing', undefined])
      expect(checked.rows[1]).toMatchObject({ title: altered.file, file: altered.file })
      // Checked once: the next page of the same rows needs no verifying.
      expect((await catalogue.page({ offset: 0, limit: 4 })).unverified).toBeUndefined()
      expect((await catalogue.page({ offset: 4, limit: 2 })).unverified).toBe(true)
    } finally {
      await catalogue.close()
    }
  })
})

describe('a damaged or hostile catalogue.folio', () => {
  const damaged = (damage: (bytes: Buffer) => Buffer | string) => {
    const dir = copyOf(built.dir)
    const path = join(dir, CATALOGUE_FILE)
    writeFileSync(path, damage(readFileSync(path)))
    return dir
  }
  /** The file with its header's JSON edited (its length field kept right). */
  const withHeader = (edit: (header: Record<string, unknown>) => void) =>
    damaged((bytes) => {
      const length = bytes.readUInt32LE(12)
      const header = JSON.parse(bytes.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + length))
      edit(header)
      const json = Buffer.from(JSON.stringify(header))
      const preamble = Buffer.from(bytes.subarray(0, PREAMBLE_BYTES))
      preamble.writeUInt32LE(json.length, 12)
      return Buffer.concat([preamble, json, bytes.subarray(PREAMBLE_BYTES + length)])
    })

  it.each([
    ['empty', () => damaged(() => Buffer.alloc(0))],
    ['garbage', () => damaged((bytes) => Buffer.from(bytes.map((_, i) => (i * 131) % 251)))],
    ['truncated', () => damaged((bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)))],
    ['of another version', () => damaged((bytes) => (bytes.writeUInt32LE(7, 8), bytes))],
    ['with a header length of 4 GiB', () => damaged((bytes) => (bytes.writeUInt32LE(0xffffffff, 12), bytes))],
    ['with a header that is not JSON', () => damaged((bytes) => (bytes.fill(0x7b, PREAMBLE_BYTES, 40), bytes))],
    ['claiming 2^31 rows', () => withHeader((header) => (header.count = 2 ** 31))],
    [
      'claiming 10,000,000 rows, its tables sized to match',
      () =>
        withHeader((header) => {
          const sections = header.sections as Record<string, { offset: number; length: number }>
          header.count = 10_000_000
          sections.positions!.length = 10_000_001 * 8
          sections.ids!.length = 10_000_000 * 20
        })
    ],
    [
      'with a section past its end',
      () => withHeader((header) => ((header.sections as { keys: { offset: number } }).keys.offset += 1))
    ]
  ])('refused when %s: an ArchiveError naming catalogue.folio, at once', async (_, make) => {
    const dir = make()
    const started = performance.now()
    const error = await refusal(openCatalogue(dir))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(error.problem).toMatchObject({ kind: 'invalid-manifest', file: CATALOGUE_FILE })
    expect(error.problem.message).toMatch(/^Catalogue invalide — /)
  })

  it('names the row or the keys that are damaged inside, when a page reaches them', async () => {
    const rowsAt = (bytes: Buffer) => PREAMBLE_BYTES + bytes.readUInt32LE(12)
    const dir = damaged((bytes) => (bytes.fill(0x20, rowsAt(bytes) + 2, rowsAt(bytes) + 6), bytes))
    const catalogue = await openFileCatalogue(dir)
    try {
      const error = await refusal(catalogue.page({ offset: 0, limit: 3 }))
      expect(error.problem).toMatchObject({ kind: 'invalid-manifest', file: CATALOGUE_FILE })
      expect(await catalogue.page({ offset: 5, limit: 3 })).toMatchObject({ rows: built.rows.slice(5, 8) })
    } finally {
      await catalogue.close()
    }
    const keysCut = damaged((bytes) => bytes.subarray(0, bytes.length - 1))
    // Keys are the last section: one byte short is a section past the end, refused at opening.
    expect((await refusal(openFileCatalogue(keysCut))).problem.file).toBe(CATALOGUE_FILE)
  })

  it('is refused as a folder in its place, and a missing archive folder is named', async () => {
    const dir = copyOf(built.dir)
    unlinkSync(join(dir, CATALOGUE_FILE))
    mkdirSync(join(dir, CATALOGUE_FILE))
    expect((await refusal(openCatalogue(dir))).problem).toMatchObject({ kind: 'unreadable', file: CATALOGUE_FILE })
    expect((await refusal(openFileCatalogue(join(dir, 'absent')))).problem.kind).toBe('missing')
  })
})

describe('an archive with only its manifest', () => {
  it('opens as a memory catalogue with the same rows; a bad manifest is then named', async () => {
    const dir = copyOf(built.dir)
    unlinkSync(join(dir, CATALOGUE_FILE))
    const memory = await openCatalogue(dir)
    expect(memory.info).toEqual(file.info)
    expect(await allRows(memory, 'paix')).toEqual(await allRows(file, 'paix'))
    writeFileSync(join(dir, 'manifest.json'), '{')
    expect((await refusal(openCatalogue(dir))).problem.file).toBe('manifest.json')
  })

  it('opens from its catalogue when it has one, whatever its manifest', async () => {
    const dir = copyOf(built.dir)
    writeFileSync(join(dir, 'manifest.json'), '{')
    const catalogue = await openCatalogue(dir)
    expect(catalogue.info).toEqual(file.info)
    expect((await catalogue.read(built.rows[0]!.id)).ok).toBe(true)
    await catalogue.close()
  })
})

describe('what the catalogue reads', () => {
  const entriesOf = (count: number): CatalogueInput[] =>
    Array.from({ length: count }, (_, index) => ({
      id: `d${index}`,
      file: `d${index}.txt`,
      title: titleOf(index),
      language: 'fr',
      sha256: '0'.repeat(64),
      bytes: 0
    }))

  /** Bytes read through any FileHandle while `run` runs. */
  async function bytesRead(run: () => Promise<unknown>): Promise<number> {
    const probe = await open(join(built.dir, CATALOGUE_FILE), 'r')
    const prototype = Object.getPrototypeOf(probe) as FileHandle
    await probe.close()
    let total = 0
    const original = prototype.read
    const counting = vi.spyOn(prototype, 'read').mockImplementation(function (this: FileHandle, ...args: unknown[]) {
      total += args[2] as number
      return (original as (...a: unknown[]) => ReturnType<FileHandle['read']>).apply(this, args)
    })
    try {
      await run()
    } finally {
      counting.mockRestore()
    }
    return total
  }

  it('reads as many bytes to open and to show a page at 20,000 rows as at 200: nothing grows with the archive', async () => {
    const read = async (count: number) => {
      const dir = tempDir(`rows-${count}`)
      await writeCatalogue(dir, { name: 'Taille', description: '' }, entriesOf(count))
      let catalogue: ArchiveCatalogue | undefined
      const opening = await bytesRead(async () => (catalogue = await openFileCatalogue(dir)))
      const paging = await bytesRead(() => catalogue!.page({ offset: 100, limit: 50 }))
      const finding = await bytesRead(() => catalogue!.row('d150'))
      await catalogue!.close()
      return { opening, paging, finding }
    }
    const small = await read(200)
    const large = await read(20_000)
    // The header's numbers have more digits; a page's rows have longer numbers in their titles.
    expect(large.opening).toBeLessThan(small.opening + 64)
    expect(large.paging).toBeLessThan(small.paging * 1.2)
    expect(small.opening).toBeGreaterThan(PREAMBLE_BYTES)
    expect(small.opening).toBeLessThan(1024)
    expect(small.paging).toBeGreaterThan(50 * 100)
    expect(small.finding).toBeGreaterThan(0)
    // A binary search: one record a step, log2(20,000) ≈ 15 steps, then one row.
    expect(large.finding).toBeLessThan(small.finding + 8 * 20)
  }, 30_000)
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
