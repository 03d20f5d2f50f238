import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { applyImport } from '../../../src/renderer/src/backup/apply-import'
import { clearAllData, confirmImport, type ImportCandidate } from '../../../src/renderer/src/backup/data-actions'
import { mergeNotes, NOTE_SEPARATOR, sameRecord } from '../../../src/renderer/src/backup/merge-rule'
import { previewImport } from '../../../src/renderer/src/backup/plan-import'
import { noRecords, type FolioRecords } from '../../../src/renderer/src/backup/record-schemas'
import type { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { sampleAnnotation, sampleBookmark, sampleLinkUrl, sampleRecords } from './sample-records'
import { deleteTestDatabases, dump, fakeApi, freshDatabase, seed } from './test-database'

afterEach(deleteTestDatabases)

const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString()
const records = (partial: Partial<FolioRecords>): FolioRecords => ({ ...noRecords(), ...partial })
let counter = 0
const newId = () => `copy-${++counter}`

async function databaseWith(partial: Partial<FolioRecords>): Promise<FolioDb> {
  const database = await freshDatabase()
  await seed(database, partial)
  return database
}

describe('the conflict rule of imports', () => {
  it('adds what is new and leaves what is identical alone', async () => {
    const database = await databaseWith({ annotations: [sampleAnnotation(1)] })
    const plan = await applyImport(database, records({ annotations: [sampleAnnotation(1), sampleAnnotation(2)] }))
    expect(plan.annotations.counts).toEqual({ new: 1, updated: 0, conflict: 0, unchanged: 1 })
    expect((await dump(database)).annotations).toEqual([sampleAnnotation(1), sampleAnnotation(2)])
  })

  it('file newer: its version takes the id, and the local version is kept as a copy with a new id', async () => {
    const local = sampleAnnotation(1)
    const incoming = { ...local, note: 'réécrite ailleurs', updatedAt: later(local.updatedAt, 10) }
    const database = await databaseWith({ annotations: [local] })
    const plan = await applyImport(database, records({ annotations: [incoming] }), { newId })
    expect(plan.annotations.counts.updated).toBe(1)
    const stored = (await dump(database)).annotations
    expect(stored).toHaveLength(2)
    expect(stored.find((row) => row.id === local.id)).toEqual(incoming)
    expect(stored.find((row) => row.id !== local.id)).toEqual({ ...local, id: expect.stringMatching(/^copy-/) })
  })

  it('local newer: the local version stays, and the file’s is added as a copy — only once, however often it is imported', async () => {
    const local = sampleAnnotation(1)
    const incoming = { ...local, note: 'ancienne version', updatedAt: later(local.updatedAt, -10) }
    const database = await databaseWith({ annotations: [local] })
    expect(
      (await applyImport(database, records({ annotations: [incoming] }), { newId })).annotations.counts.conflict
    ).toBe(1)
    const again = await applyImport(database, records({ annotations: [incoming] }), { newId })
    expect(again.annotations.counts).toMatchObject({ conflict: 1, new: 0 })
    expect(again.annotations.add).toEqual([])
    const stored = (await dump(database)).annotations
    expect(stored.find((row) => row.id === local.id)).toEqual(local)
    expect(stored.filter((row) => row.id !== local.id)).toEqual([{ ...incoming, id: expect.stringMatching(/^copy-/) }])
  })

  it('bookmarks are one per thing: the newer wins, keeps the local id, and gains the other’s note and tags', async () => {
    const local = { ...sampleBookmark(1), note: 'Note locale', tags: ['URSS'] }
    const incoming = {
      ...local,
      id: 'another-id',
      note: 'Note du fichier',
      tags: ['traité'],
      label: 'Nouveau libellé',
      updatedAt: later(local.updatedAt, 5)
    }
    const database = await databaseWith({ bookmarks: [local] })
    const plan = await applyImport(database, records({ bookmarks: [incoming] }))
    expect(plan.bookmarks.counts.updated).toBe(1)
    expect((await dump(database)).bookmarks).toEqual([
      { ...incoming, id: local.id, note: `Note du fichier${NOTE_SEPARATOR}Note locale`, tags: ['traité', 'URSS'] }
    ])
    expect((await applyImport(database, records({ bookmarks: [incoming] }))).bookmarks.counts.unchanged).toBe(1)
  })

  it('a bookmark whose id is taken by a bookmark of another thing is added under a new id', async () => {
    const local = sampleBookmark(1)
    const incoming = { ...sampleBookmark(2), id: local.id }
    const database = await databaseWith({ bookmarks: [local] })
    expect((await applyImport(database, records({ bookmarks: [incoming] }), { newId })).bookmarks.counts.conflict).toBe(
      1
    )
    expect((await dump(database)).bookmarks).toHaveLength(2)
  })

  it('one URL per link: the newer wins; an older one from the file changes nothing', async () => {
    const local = sampleLinkUrl(1)
    const database = await databaseWith({ linkUrls: [local] })
    const older = { ...local, url: 'https://old.example/', updatedAt: later(local.updatedAt, -1) }
    expect((await applyImport(database, records({ linkUrls: [older] }))).linkUrls.counts.conflict).toBe(1)
    expect(await database.linkUrls.get(local.linkId)).toEqual(local)
    const newer = { ...local, url: 'https://new.example/', updatedAt: later(local.updatedAt, 1) }
    expect((await applyImport(database, records({ linkUrls: [newer] }))).linkUrls.counts.updated).toBe(1)
    expect(await database.linkUrls.get(local.linkId)).toEqual(newer)
  })

  it('the preview counts what the import will do, and writes nothing', async () => {
    const base = sampleRecords(20, 10)
    const database = await databaseWith(base)
    const before = await dump(database)
    const file = sampleRecords(30, 15)
    file.annotations[3] = {
      ...file.annotations[3]!,
      note: 'plus récente',
      updatedAt: later(file.annotations[3]!.updatedAt, 60)
    }
    file.annotations[4] = {
      ...file.annotations[4]!,
      note: 'plus ancienne',
      updatedAt: later(file.annotations[4]!.updatedAt, -60)
    }
    const preview = await previewImport(database, file)
    expect(await dump(database)).toEqual(before)
    expect(preview.annotations.counts).toEqual({ new: 10, updated: 1, conflict: 1, unchanged: 18 })
    expect((await applyImport(database, file)).totals).toEqual(preview.totals)
  })

  it('notes are merged only when the other says something new', () => {
    expect(mergeNotes('abc def', 'def', 100)).toBe('abc def')
    expect(mergeNotes('', 'x', 100)).toBe('x')
    expect(sameRecord({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameRecord({ a: 1 }, { a: 1, b: undefined })).toBe(true)
    expect(sameRecord([1, 2], [2, 1])).toBe(false)
  })
})

describe('safety backups before changing data', () => {
  it('writes one before an import that replaces records, none for an import that only adds', async () => {
    const local = sampleAnnotation(1)
    const database = await databaseWith({ annotations: [local] })
    const api = fakeApi()
    const candidate = async (file: FolioRecords): Promise<ImportCandidate> => ({
      fileName: 'f.json',
      parsed: { kind: 'folio-backup', schemaVersion: 4, exportedAt: null, records: file, attachedToFallback: 0 },
      plan: await previewImport(database, file)
    })
    await confirmImport(database, api, await candidate(records({ annotations: [sampleAnnotation(2)] })))
    expect(api.safetyBackups).toHaveLength(0)
    await confirmImport(
      database,
      api,
      await candidate(records({ annotations: [{ ...local, note: 'x', updatedAt: later(local.updatedAt, 1) }] }))
    )
    expect(api.safetyBackups).toHaveLength(1)
    expect(JSON.parse(api.safetyBackups[0]!)).toMatchObject({
      reason: 'before-import',
      tables: { annotations: [local, sampleAnnotation(2)] }
    })
  })

  it('clearing all data writes a backup of it first, and clears nothing if that backup fails', async () => {
    const database = await databaseWith(sampleRecords(10, 5))
    const before = await dump(database)
    const failing = {
      ...fakeApi(),
      writeSafetyBackup: async () => ({
        ok: false as const,
        reason: 'failed' as const,
        message: 'Disque en lecture seule.'
      })
    }
    await expect(clearAllData(database, failing)).rejects.toThrow('Disque en lecture seule. Rien n’a été modifié.')
    expect(await dump(database)).toEqual(before)
    const api = fakeApi()
    await clearAllData(database, api)
    expect(api.safetyBackups).toHaveLength(1)
    expect(JSON.parse(api.safetyBackups[0]!).counts.annotations).toBe(10)
    expect(await dump(database)).toEqual(noRecords())
  })
})
