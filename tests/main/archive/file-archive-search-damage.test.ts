// A damaged search.folio: missing, truncated, garbage, absurd header numbers or a folder in its place are
// refused fast, in French; bytes changed anywhere give answers or an ArchiveError, never a crash.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArchiveError } from '../../../src/main/archive/archive-error'
import { openFileSearch } from '../../../src/main/archive/file-archive-search'
import { openArchiveSearch } from '../../../src/main/archive/open-archive-search'
import { HEADER_BYTES, SEARCH_FILE } from '../../../src/main/archive/search-file-format'
import { documentsOf, random, searchFolderOf } from './search-file-fixture'

let dir = ''

beforeAll(async () => {
  dir = await searchFolderOf(documentsOf(300))
}, 60_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('a damaged search.folio', () => {
  const good = (): Buffer => readFileSync(join(dir, SEARCH_FILE))
  /** A folder holding `bytes` as search.folio. */
  const folderWith = (bytes: Uint8Array): string => {
    const folder = mkdtempSync(join(tmpdir(), 'folio-search-damaged-'))
    writeFileSync(join(folder, SEARCH_FILE), bytes)
    return folder
  }
  const problemOf = async (folder: string): Promise<{ kind: string; file: string; message: string } | null> => {
    try {
      const search = await openArchiveSearch(folder)
      await search?.close()
      return null
    } catch (error) {
      expect(error).toBeInstanceOf(ArchiveError)
      return (error as ArchiveError).problem
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }

  it('is no index when the folder has none', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'folio-search-none-'))
    expect(await openArchiveSearch(folder)).toBeNull()
    rmSync(folder, { recursive: true, force: true })
  })

  it('truncated: unreadable, in French', async () => {
    const folder = folderWith(good())
    truncateSync(join(folder, SEARCH_FILE), Math.floor(good().length / 2))
    expect(await problemOf(folder)).toMatchObject({ kind: 'unreadable', file: SEARCH_FILE, message: /tronqué/ })
  })

  it('empty, shorter than its header, or garbage: invalid', async () => {
    const garbage = new Uint8Array(good().length)
    const next = random(7)
    for (let i = 0; i < garbage.length; i++) garbage[i] = Math.floor(next() * 256)
    for (const bytes of [new Uint8Array(0), good().subarray(0, HEADER_BYTES - 1), garbage]) {
      expect(await problemOf(folderWith(bytes))).toMatchObject({
        kind: 'invalid-manifest',
        file: SEARCH_FILE,
        message: /endommagé/
      })
    }
  })

  it('absurd counts and lengths in the header: refused before anything is allocated', async () => {
    // entries (16), first kind's term count (56 + 8), records length (40), postings length (56 + 48).
    for (const [at, bits] of [
      [16, 32],
      [64, 32],
      [40, 64],
      [104, 64],
      [12, 32],
      [20, 32]
    ] as const) {
      const bytes = good()
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      if (bits === 32) view.setUint32(at, 0xffffffff, true)
      else view.setBigUint64(at, 2n ** 60n, true)
      const started = performance.now()
      expect(await problemOf(folderWith(bytes))).toMatchObject({ kind: 'invalid-manifest', file: SEARCH_FILE })
      expect(performance.now() - started).toBeLessThan(1000)
    }
  })

  it('a folder in its place: unreadable', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'folio-search-folder-'))
    mkdirSync(join(folder, SEARCH_FILE))
    expect(await problemOf(folder)).toMatchObject({ file: SEARCH_FILE })
  })

  it('bytes changed anywhere: refused at opening, or searched with answers or an ArchiveError (property)', async () => {
    const original = good()
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8
        }),
        async (changes) => {
          const bytes = Buffer.from(original)
          for (const [at, value] of changes) bytes[at] = value
          const folder = folderWith(bytes)
          try {
            const search = await openFileSearch(folder).catch((error: unknown) => {
              expect(error).toBeInstanceOf(ArchiveError)
              return null
            })
            if (!search) return
            for (const query of ['traité', 'zhong su', '中苏', 'repere1', 'de la']) {
              await search.search(query).catch((error: unknown) => expect(error).toBeInstanceOf(ArchiveError))
            }
            await search.close()
          } finally {
            rmSync(folder, { recursive: true, force: true })
          }
        }
      ),
      { numRuns: 60, seed: 3 }
    )
  })
})
