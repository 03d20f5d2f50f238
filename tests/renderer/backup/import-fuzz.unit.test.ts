import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyImport } from '../../../src/renderer/src/backup/apply-import'
import { backupHeader, serializeBackup } from '../../../src/renderer/src/backup/backup-format'
import { ImportRefusal } from '../../../src/renderer/src/backup/import-refusal'
import { sameRecord, withoutId } from '../../../src/renderer/src/backup/merge-rule'
import { parseImportFile } from '../../../src/renderer/src/backup/parse-import-file'
import { readBackupText } from '../../../src/renderer/src/backup/read-backup-text'
import type { ImportPlan } from '../../../src/renderer/src/backup/plan-import'
import { RECORD_SCHEMAS, type FolioRecords } from '../../../src/renderer/src/backup/record-schemas'
import { serializeW3cAnnotations } from '../../../src/renderer/src/backup/w3c-export'
import {
  CURRENT_SCHEMA_VERSION,
  TABLE_NAMES,
  type FolioDb,
  type TableName
} from '../../../src/renderer/src/db/folio-db'
import { sampleAnnotation, sampleBookmark, sampleRecords } from './sample-records'
import { deleteTestDatabases, dump, freshDatabase, seed, sortedRecords } from './test-database'

const BASE = sampleRecords(6, 4)
const HOSTILE = [
  '<script>alert(1)</script>',
  '"}]}',
  '\\u0000',
  '\u0000\u0001\u001f',
  '\ud800',
  '__proto__',
  'constructor',
  '${7*7}',
  '\u202e',
  '😀'.repeat(40)
]

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 })
)
const shift = fc.integer({ min: -3, max: 3 }).map((minutes) => minutes * 60_000)
const moved = (iso: string, by: number) => new Date(Date.parse(iso) + by).toISOString()

// Records that overlap the database (same ids, newer or older, other notes) and new ones.
const annotation = fc
  .record({ n: fc.nat(12), salt: fc.constantFrom(0, 0, 1), note: fc.option(text), by: shift })
  .map(({ n, salt, note, by }) => {
    const base = sampleAnnotation(n, { salt })
    return { ...base, note: note ?? base.note, updatedAt: moved(base.updatedAt, by) }
  })
const bookmark = fc
  .record({ n: fc.nat(8), salt: fc.constantFrom(0, 1), note: fc.option(text), by: shift })
  .map(({ n, salt, note, by }) => {
    const base = sampleBookmark(n, salt)
    return { ...base, note: note ?? base.note, updatedAt: moved(base.updatedAt, by) }
  })
const fileRecords = fc
  .record({
    annotations: fc.uniqueArray(annotation, { selector: (row) => row.id, maxLength: 12 }),
    bookmarks: fc.uniqueArray(bookmark, { selector: (row) => row.targetKey, maxLength: 6 })
  })
  .map(({ annotations, bookmarks }): FolioRecords => ({
    ...sampleRecords(0, 0),
    annotations,
    bookmarks: dedupeBy(bookmarks, (row) => row.id)
  }))

function dedupeBy<R>(rows: R[], key: (row: R) => string): R[] {
  const seen = new Set<string>()
  return rows.filter((row) => !seen.has(key(row)) && seen.add(key(row)) !== undefined)
}

type Json = Record<string, unknown>
const mutation = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
  }),
  fc.record({
    kind: fc.constant('set-field' as const),
    pick: fc.nat(),
    field: fc.constantFrom('id', 'note', 'color', 'tags', 'createdAt', 'target', 'documentId', 'extra'),
    value: fc.jsonValue({ maxDepth: 2 })
  }),
  fc.record({
    kind: fc.constant('delete-field' as const),
    pick: fc.nat(),
    field: fc.constantFrom('id', 'note', 'color', 'tags', 'updatedAt', 'target')
  }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('header' as const),
    field: fc.constantFrom('format', 'formatVersion', 'schemaVersion', 'exportedAt', 'reason', 'counts', 'tables'),
    value: fc.jsonValue({ maxDepth: 1 })
  }),
  fc.constant({ kind: 'w3c' as const }),
  fc.record({ kind: fc.constant('random-json' as const), value: fc.jsonValue({ maxDepth: 3 }) })
)
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

async function fileText(records: FolioRecords, change: Mutation): Promise<string> {
  if (change.kind === 'w3c') return serializeW3cAnnotations(records.annotations, 'fuzz')
  if (change.kind === 'random-json') return JSON.stringify(change.value) ?? 'null'
  const text = await serializeBackup(backupHeader(CURRENT_SCHEMA_VERSION, 'export', { kind: 'all' }, records), records)
  if (change.kind === 'none') return text
  if (change.kind === 'truncate') return text.slice(0, Math.floor(change.at * text.length))
  if (change.kind === 'flip') {
    const at = Math.floor(change.at * (text.length - 1))
    return text.slice(0, at) + change.char + text.slice(at + 1)
  }
  const json = JSON.parse(text) as Json & { tables: Record<string, Json[]> }
  const rows = json.tables.annotations ?? []
  const row = rows[change.kind === 'header' ? 0 : change.pick % Math.max(1, rows.length)]
  if (change.kind === 'header') (json as Json)[change.field] = change.value
  else if (row && change.kind === 'set-field') row[change.field] = change.value
  else if (row && change.kind === 'delete-field') delete row[change.field]
  else if (row && change.kind === 'duplicate') {
    rows.push({ ...row })
    ;(json.counts as Json).annotations = rows.length
  }
  return JSON.stringify(json)
}

/** The database `before` with `plan` applied: what a correct import must leave. */
function expectedAfter(before: FolioRecords, plan: ImportPlan): FolioRecords {
  const after = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) {
    const key = (row: unknown) => String((row as Json)[RECORD_SCHEMAS[name].key])
    const rows = new Map((before[name] as unknown[]).map((row) => [key(row), row]))
    for (const row of [...plan[name].add, ...plan[name].put]) rows.set(key(row), row)
    after[name] = [...rows.values()]
  }
  return sortedRecords(after as unknown as FolioRecords)
}

const contains = (rows: readonly { id: string }[], record: { id: string }) =>
  rows.some((row) => sameRecord(withoutId(row), withoutId(record)))

describe('the importer under fuzzing (fast-check)', () => {
  let database: FolioDb
  beforeAll(async () => {
    database = await freshDatabase()
  })
  afterAll(deleteTestDatabases)

  it('refuses each of 1,000 generated or damaged files cleanly, or imports it whole — never partly', async () => {
    let refused = 0
    let imported = 0
    await fc.assert(
      fc.asyncProperty(fileRecords, mutation, async (records, change) => {
        await database.transaction(
          'rw',
          TABLE_NAMES.map((name) => database.table(name)),
          async () => {
            for (const name of TABLE_NAMES) await database.table(name).clear()
          }
        )
        await seed(database, BASE)
        const before = await dump(database)
        const content = await fileText(records, change)
        let plan: ImportPlan
        try {
          plan = await applyImport(
            database,
            (await parseImportFile(content, { fallbackDocumentId: 'fallback' })).records
          )
        } catch (error) {
          expect(error).toBeInstanceOf(ImportRefusal)
          expect((error as ImportRefusal).message.length).toBeGreaterThan(10)
          expect(await dump(database)).toEqual(before)
          refused++
          return
        }
        imported++
        const after = await dump(database)
        expect(after).toEqual(expectedAfter(before, plan))
        // Nothing of the user's is lost, and everything valid from an intact file is in.
        for (const row of before.annotations) expect(contains(after.annotations, row)).toBe(true)
        for (const row of before.bookmarks) expect(after.bookmarks.some((other) => other.id === row.id)).toBe(true)
        if (change.kind === 'none')
          for (const row of records.annotations) expect(contains(after.annotations, row)).toBe(true)
      }),
      { numRuns: 1_000, seed: 20_250_312 }
    )
    console.info(`fuzzing: ${refused} files refused cleanly, ${imported} imported whole`)
    expect(refused + imported).toBe(1_000)
    expect(refused).toBeGreaterThan(100)
    expect(imported).toBeGreaterThan(100)
  }, 300_000)
})

describe('reading a backup a record at a time', () => {
  const damage = fc.oneof(
    fc.constant((text: string) => text),
    fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((at) => (text: string) => text.slice(0, Math.floor(at * text.length))),
    fc
      .tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('\n', ',', ']', '}', ' ', '"', '],\n', '\n{"x":1},')
      )
      .map(
        ([at, piece]) =>
          (text: string) =>
            text.slice(0, Math.floor(at * text.length)) + piece + text.slice(Math.floor(at * text.length))
      ),
    fc
      .double({ min: 0, max: 1, noNaN: true })
      .map(
        (at) => (text: string) =>
          text.slice(0, Math.floor(at * text.length)) + text.slice(Math.floor(at * text.length) + 1)
      ),
    fc.constant((text: string) => JSON.stringify(JSON.parse(text), null, 2))
  )

  it('gives exactly what JSON.parse gives, or leaves the file to JSON.parse (1,000 files)', async () => {
    let fast = 0
    await fc.assert(
      fc.asyncProperty(fileRecords, damage, async (records, change) => {
        const text = change(
          await serializeBackup(backupHeader(CURRENT_SCHEMA_VERSION, 'export', { kind: 'all' }, records), records)
        )
        const read = await readBackupText(text)
        if (read === null) return
        fast++
        expect(read).toEqual(JSON.parse(text))
      }),
      { numRuns: 1_000, seed: 20_260_301 }
    )
    expect(fast).toBeGreaterThan(100)
  })
})
