// A damaged catalogue.folio or archive as main reads it: documents altered or missing after the build named
// when read or verified, a damaged or hostile catalogue refused by name, fast, without reading on.

import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveCatalogue } from '../../../src/main/archive/archive-catalogue'
import { CATALOGUE_FILE, PREAMBLE_BYTES } from '../../../src/main/archive/catalogue-format'
import { openFileCatalogue } from '../../../src/main/archive/file-catalogue'
import { openCatalogue } from '../../../src/main/archive/open-catalogue'
import { allRows, builtArchive, copyOf, refusal, removeTempDirs, type Built } from './catalogue-fixture'

let built: Built
let file: ArchiveCatalogue
beforeAll(async () => {
  built = await builtArchive()
  file = await openFileCatalogue(built.dir)
}, 60_000)
afterAll(() => file.close())
afterAll(removeTempDirs)

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
