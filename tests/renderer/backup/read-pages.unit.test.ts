import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { readTablesInPages } from '../../../src/renderer/src/backup/read-pages'
import { TABLE_NAMES } from '../../../src/renderer/src/db/folio-db'
import { sampleAnnotation, sampleRecords } from './sample-records'
import { deleteTestDatabases, dump, freshDatabase, seed } from './test-database'

afterEach(deleteTestDatabases)

/** Every page handed over, by table. */
async function readPages(database: Awaited<ReturnType<typeof freshDatabase>>, pageSize: number) {
  const pages: Record<string, unknown[][]> = {}
  await readTablesInPages(
    database.backendDB(),
    TABLE_NAMES,
    (table, rows) => (pages[table] ??= []).push(rows),
    pageSize
  )
  return pages
}

describe('reading whole tables a page at a time', () => {
  it('hands over every record of every table in key order, in pages, empty tables included', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRecords(25, 20))
    const pages = await readPages(database, 10)
    expect(Object.keys(pages)).toEqual([...TABLE_NAMES])
    expect(pages.annotations?.map((page) => page.length)).toEqual([10, 10, 5])
    // A table that fills its last page exactly ends with an empty one.
    expect(pages.bookmarks?.map((page) => page.length)).toEqual([10, 10, 0])
    const whole = await dump(database)
    for (const name of TABLE_NAMES) expect(pages[name]?.flat()).toEqual(whole[name])
  })

  it('reads the same without getAllRecords (Chromium before 141)', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRecords(25, 20))
    const expected = await readPages(database, 10)
    const prototype = IDBObjectStore.prototype as unknown as Record<string, unknown>
    const getAllRecords = prototype.getAllRecords
    delete prototype.getAllRecords
    try {
      expect(await readPages(database, 10)).toEqual(expected)
    } finally {
      prototype.getAllRecords = getAllRecords
    }
  })

  it('stops at the first error a page throws, and fails with it', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRecords(25, 0))
    let pages = 0
    const failing = readTablesInPages(
      database.backendDB(),
      TABLE_NAMES,
      () => {
        if (++pages === 2) throw new Error('disque plein')
      },
      10
    )
    await expect(failing).rejects.toThrow('disque plein')
    expect(pages).toBe(2)
  })

  it('is one snapshot: a note saved while the pages are read waits for the read to end', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRecords(25, 0))
    let saving: Promise<unknown> | null = null
    const ids: string[] = []
    await readTablesInPages(
      database.backendDB(),
      ['annotations'],
      (_table, rows) => {
        for (const row of rows) ids.push((row as { id: string }).id)
        saving ??= database.annotations.add(sampleAnnotation(999_999))
      },
      10
    )
    await saving
    expect(ids).toHaveLength(25)
    expect(await database.annotations.count()).toBe(26)
  })
})
