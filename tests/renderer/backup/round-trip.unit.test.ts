import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { buildExport, clearDatabase, type ExportRequest } from '../../../src/renderer/src/backup/data-actions'
import { applyImport } from '../../../src/renderer/src/backup/apply-import'
import { parseImportFile } from '../../../src/renderer/src/backup/parse-import-file'
import { ANNOTATION_LIMITS } from '../../../src/renderer/src/db/annotation'
import { deleteTestDatabases, dump, freshDatabase, seed, sortedRecords } from './test-database'
import { sampleRecords, sampleSettings } from './sample-records'
import { markdownLabels } from './markdown-labels'

afterEach(deleteTestDatabases)

const request = (format: ExportRequest['format']): ExportRequest => ({
  scope: { kind: 'all' },
  format,
  documentTitles: new Map([['fed214270135fa12', 'Traité sino-soviétique']]),
  markdownLabels,
  collectionLabel: 'Folio'
})

describe('a backup round trip: export, wipe, import', () => {
  it('brings back 10,000 annotations and 10,000 bookmarks deep-equal, with CJK, emoji, NBSP and 100,000-character notes', async () => {
    const records = sampleRecords(10_000, 10_000, { longEvery: 1_000 })
    expect(records.annotations.filter((annotation) => annotation.note.length === ANNOTATION_LIMITS.note)).toHaveLength(
      10
    )
    const text = JSON.stringify(records)
    for (const needle of ['中苏友好', '🇨🇳', '\u00a0', '<script>'])
      expect(text).toContain(JSON.stringify(needle).slice(1, -1))

    const database = await freshDatabase()
    await seed(database, records)
    const before = await dump(database)
    expect(before).toEqual(sortedRecords(records))

    const backup = await buildExport(database, request('backup'))
    await clearDatabase(database)
    expect((await dump(database)).annotations).toEqual([])

    const parsed = await parseImportFile(backup)
    expect(parsed).toMatchObject({ kind: 'folio-backup', schemaVersion: 4 })
    const plan = await applyImport(database, parsed.records)
    expect(plan.totals).toEqual({
      new: 20_000 + 20 + 7 + sampleSettings.length + 10,
      updated: 0,
      conflict: 0,
      unchanged: 0
    })
    expect(await dump(database)).toEqual(before)
  }, 120_000)

  it('changes nothing when the same backup is imported again', async () => {
    const database = await freshDatabase()
    await seed(database, sampleRecords(300, 100))
    const before = await dump(database)
    const parsed = await parseImportFile(await buildExport(database, request('backup')))
    const plan = await applyImport(database, parsed.records)
    expect(plan.totals.unchanged).toBe(300 + 100 + 20 + 7 + sampleSettings.length + 10)
    expect(plan.changesExisting).toBe(false)
    expect(await dump(database)).toEqual(before)
  })

  it('brings back annotations from a W3C export: ids, documents, selectors, notes, tags, colours and dates', async () => {
    const records = sampleRecords(500, 0)
    const database = await freshDatabase()
    await seed(database, records)
    const w3c = await buildExport(database, request('w3c'))
    await clearDatabase(database)
    await applyImport(database, (await parseImportFile(w3c)).records)
    const back = (await dump(database)).annotations
    // W3C has no place for Folio's block hint: it comes back unknown, and anchoring falls back on the selectors.
    const expected = sortedRecords(records).annotations.map((annotation) => ({
      ...annotation,
      target: { ...annotation.target, blockId: null, blockOffset: 0 }
    }))
    expect(back).toEqual(expected)
    // The links between them come back too, relations of the user's own (markup included) as they were typed.
    expect(records.annotationLinks.some((link) => link.relation.includes('<b>'))).toBe(true)
    expect((await dump(database)).annotationLinks).toEqual(sortedRecords(records).annotationLinks)
  })

  it('writes each link in the W3C export as a linking annotation targeting both annotations', async () => {
    const records = sampleRecords(3, 0)
    const database = await freshDatabase()
    await seed(database, records)
    const items = JSON.parse(await buildExport(database, request('w3c'))).first.items as Record<string, unknown>[]
    const links = items.filter((item) => item.motivation === 'linking')
    expect(links).toEqual(
      records.annotationLinks.map((link) => ({
        id: `urn:uuid:${link.id}`,
        type: 'Annotation',
        motivation: 'linking',
        created: link.createdAt,
        modified: link.updatedAt,
        body: { type: 'TextualBody', value: link.relation, purpose: 'describing' },
        target: [`urn:uuid:${link.fromId}`, `urn:uuid:${link.toId}`]
      }))
    )
    const ids = new Set(items.map((item) => item.id))
    for (const link of links) for (const target of link.target as string[]) expect(ids.has(target)).toBe(true)
  })
})
