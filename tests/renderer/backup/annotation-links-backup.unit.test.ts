// Links between annotations in backups, run in Node on fake-indexeddb: a version-3 backup (before links existed)
// still restores, a version-4 backup brings its links back, a link whose annotation is not in the file is kept
// (shown as orphaned, never dropped), a broken link refuses the file, and one document's backup holds its links.

import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { applyImport } from '../../../src/renderer/src/backup/apply-import'
import { buildExport } from '../../../src/renderer/src/backup/data-actions'
import { ImportRefusal } from '../../../src/renderer/src/backup/import-refusal'
import { parseImportFile } from '../../../src/renderer/src/backup/parse-import-file'
import { ANNOTATION_LINK_LIMITS } from '../../../src/renderer/src/db/annotation-link'
import { markdownLabels } from './markdown-labels'
import { sampleAnnotation, sampleAnnotationLink } from './sample-records'
import { deleteTestDatabases, dump, freshDatabase, seed } from './test-database'

afterEach(deleteTestDatabases)

const first = sampleAnnotation(1)
const second = sampleAnnotation(2)
const link = { ...sampleAnnotationLink(1), relation: 'contradicts' }

const V3_TABLES = ['annotations', 'bookmarks', 'linkUrls', 'readingStates', 'settings']

/** A backup file written by hand, as the format is documented (README, "Backups"): every table of its version. */
function backupFile(schemaVersion: 3 | 4, given: Record<string, unknown[]>): string {
  const names = schemaVersion === 3 ? V3_TABLES : [...V3_TABLES, 'annotationLinks']
  const tables = Object.fromEntries(names.map((name) => [name, given[name] ?? []]))
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]))
  return JSON.stringify({
    format: 'folio-backup',
    formatVersion: 1,
    schemaVersion,
    exportedAt: '2026-03-10T09:00:00.000Z',
    reason: 'export',
    scope: { kind: 'all' },
    counts,
    tables
  })
}

describe('links between annotations in backups', () => {
  it('restores a version-3 backup, written before links existed, with no links', async () => {
    expect(Object.keys(JSON.parse(backupFile(3, {})).tables)).not.toContain('annotationLinks')
    const parsed = await parseImportFile(backupFile(3, { annotations: [first, second] }))
    expect(parsed.records.annotationLinks).toEqual([])
    const database = await freshDatabase()
    await applyImport(database, parsed.records)
    expect((await dump(database)).annotations).toHaveLength(2)
  })

  it('brings a version-4 backup’s links back, and keeps one whose other annotation is not in the file', async () => {
    const orphan = { ...sampleAnnotationLink(7), relation: '<script>alert(1)</script>' }
    const parsed = await parseImportFile(
      backupFile(4, { annotations: [first, second], annotationLinks: [link, orphan] })
    )
    const database = await freshDatabase()
    const plan = await applyImport(database, parsed.records)
    expect(plan.annotationLinks.counts.new).toBe(2)
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
    expect((await dump(database)).annotationLinks).toEqual([link, orphan].sort(byId))
  })

  it('keeps the newer version of a link imported again, and counts the same one unchanged', async () => {
    const database = await freshDatabase()
    await seed(database, { annotations: [first, second], annotationLinks: [link] })
    const renamed = { ...link, relation: 'confirms', updatedAt: '2030-01-01T00:00:00.000Z' }
    const plan = await applyImport(
      database,
      (await parseImportFile(backupFile(4, { annotationLinks: [renamed] }))).records
    )
    expect(plan.annotationLinks.counts).toMatchObject({ updated: 1 })
    expect(await database.annotationLinks.get(link.id)).toEqual(renamed)
    const again = await applyImport(
      database,
      (await parseImportFile(backupFile(4, { annotationLinks: [renamed] }))).records
    )
    expect(again.annotationLinks.counts).toMatchObject({ unchanged: 1 })
  })

  it('refuses a file with an empty or over-long relation, or a link without its ends', async () => {
    const long = { ...link, relation: 'x'.repeat(ANNOTATION_LINK_LIMITS.relation + 1) }
    for (const broken of [{ ...link, relation: '  ' }, long, { ...link, toId: undefined }])
      await expect(parseImportFile(backupFile(4, { annotationLinks: [broken] }))).rejects.toBeInstanceOf(ImportRefusal)
  })

  it('puts in one document’s backup the links to and from its annotations', async () => {
    const database = await freshDatabase()
    const elsewhere = { ...sampleAnnotation(4), documentId: 'doc-far' }
    const unrelated = { ...sampleAnnotationLink(4), fromId: elsewhere.id, toId: elsewhere.id }
    await seed(database, { annotations: [first, second, elsewhere], annotationLinks: [link, unrelated] })
    const text = await buildExport(database, {
      scope: { kind: 'document', documentId: first.documentId },
      format: 'backup',
      documentTitles: new Map(),
      markdownLabels,
      collectionLabel: 'Folio'
    })
    expect(first.documentId).not.toBe('doc-far')
    expect((JSON.parse(text) as { tables: { annotationLinks: unknown[] } }).tables.annotationLinks).toEqual([link])
  })

  it('reads a W3C linking annotation between two annotations, and refuses one between web pages', async () => {
    const linking = (target: string[]) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${link.id}`,
      type: 'Annotation',
      motivation: 'linking',
      created: link.createdAt,
      body: { type: 'TextualBody', value: 'voir aussi', purpose: 'describing' },
      target
    })
    const parsed = await parseImportFile(JSON.stringify(linking([`urn:uuid:${first.id}`, `urn:uuid:${second.id}`])))
    expect(parsed.records.annotationLinks).toEqual([
      {
        id: link.id,
        fromId: first.id,
        toId: second.id,
        relation: 'voir aussi',
        createdAt: link.createdAt,
        updatedAt: link.createdAt
      }
    ])
    await expect(
      parseImportFile(JSON.stringify(linking(['https://example.org/a', 'https://example.org/b'])))
    ).rejects.toBeInstanceOf(ImportRefusal)
  })
})
