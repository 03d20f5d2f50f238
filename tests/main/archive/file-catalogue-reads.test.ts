// What main reads of a catalogue.folio to open it, show a page and find a row: the same few bytes at
// 20,000 rows as at 200, nothing that grows with the archive.

import { open, type FileHandle } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { ArchiveCatalogue } from '../../../src/main/archive/archive-catalogue'
import { PREAMBLE_BYTES, type CatalogueInput } from '../../../src/main/archive/catalogue-format'
import { openFileCatalogue } from '../../../src/main/archive/file-catalogue'
import { writeCatalogue } from '../../../src/main/archive/write-catalogue'
import { removeTempDirs, tempDir, titleOf } from './catalogue-fixture'

afterAll(removeTempDirs)

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
    // Any file's handle: they share one prototype.
    const probe = await open(fileURLToPath(import.meta.url), 'r')
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
