// What the sync benchmark carries: the backup tests' sample annotations (tests/fixtures/db/sample-annotations.ts:
// French, Chinese, emoji, hostile markup), laid out as each engine holds them — Yjs through main's own engine code
// (src/main/sync/record-doc.ts: a Y.Map of records per table, each record a Y.Map, its note a Y.Text), PouchDB as
// one document per annotation — and read back as validated records.

import type * as Y from 'yjs'
import { z } from 'zod'
import { ANNOTATION_LIMITS, HIGHLIGHT_COLORS, type Annotation } from '../../src/renderer/src/db/annotation'
import { sampleAnnotation as sampleOfTests } from '../../tests/fixtures/db/sample-annotations'
import { applyChanges, readRecord } from '../../src/main/sync/record-doc'
import { MAX_ID_LENGTH } from '../../src/shared/archive/stable-id'
import type { RecordChange } from '../../src/shared/sync/sync-types'

/** The `n`-th annotation, as the backup tests' `sampleAnnotation(n, { salt })` makes it (no long notes). */
export const sampleAnnotation = (n: number, salt = 0): Annotation => sampleOfTests(n, { salt })

// backup/record-schemas.ts is outside tsconfig.node.json's project (its refusals speak through the page's i18n), so
// the annotation's zod schema is restated here, field for field and limit for limit.
const id = z.string().min(1).max(MAX_ID_LENGTH)
const isoDate = z.iso.datetime({ offset: true })
const quote = z.string().max(ANNOTATION_LIMITS.quote)
/** record-schemas.ts's `annotationSchema`, restated (see above). */
const annotationSchema = z.strictObject({
  id,
  documentId: id,
  target: z.strictObject({
    blockId: z.string().min(1).max(MAX_ID_LENGTH).nullable(),
    blockOffset: z.number().int().nonnegative(),
    selectors: z.strictObject({
      quote: z.strictObject({
        type: z.literal('TextQuoteSelector'),
        exact: quote.min(1),
        prefix: quote,
        suffix: quote
      }),
      position: z
        .strictObject({
          type: z.literal('TextPositionSelector'),
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative()
        })
        .refine((selector) => selector.start <= selector.end)
    })
  }),
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string().max(ANNOTATION_LIMITS.note),
  tags: z.array(z.string().min(1).max(ANNOTATION_LIMITS.tag)).max(ANNOTATION_LIMITS.tags),
  createdAt: isoDate,
  updatedAt: isoDate
}) satisfies z.ZodType<Annotation>

/** The table every figure syncs (the others have the same layout and smaller records). */
export const TABLE = 'annotations' as const

/** `count` sample annotations from `first` (ids unique per `salt`): the same every run. */
export function records(count: number, first = 0, salt = 0): Annotation[] {
  return Array.from({ length: count }, (_, i) => sampleAnnotation(first + i, salt))
}

/** `rows` as the page's changes to the annotations table (what main's engine is pushed). */
const changesOf = (rows: readonly Annotation[]): RecordChange[] =>
  rows.map((row) => ({ table: TABLE, key: row.id, record: { ...row } }))

/**
 * Puts `rows` into `doc` through main's own engine code (record-doc.ts's `applyChanges`, one transaction, as
 * `device`): a Y.Map per record, its note a Y.Text, the device's edit count beside the fields.
 */
export function putRecords(doc: Y.Doc, rows: readonly Annotation[], device = 'bench-device'): void {
  applyChanges(doc, device, changesOf(rows), 'bench')
}

/** The table's live records as main hands them to the page (record-doc.ts's `readRecord`, its own check included). */
export function readRecords(doc: Y.Doc): unknown[] {
  const out: unknown[] = []
  for (const key of doc.getMap(TABLE).keys()) {
    const change = readRecord(doc, TABLE, key)
    if (change !== 'malformed' && change.record) out.push(change.record)
  }
  return out
}

/** A PouchDB document of a record: its id as `_id`, a revision when given (seeding replicas that already agree). */
export function pouchDoc(record: Annotation, rev?: string): Record<string, unknown> {
  const { id, ...fields } = record
  return rev === undefined ? { _id: id, ...fields } : { _id: id, _rev: rev, ...fields }
}

/** A PouchDB document back as a record (no `_id`, `_rev`, `_conflicts`). */
export function fromPouchDoc(doc: Record<string, unknown>): unknown {
  const { _id, _rev, _conflicts, ...fields } = doc
  void _rev
  void _conflicts
  return { id: _id, ...fields }
}

/** Validates every record with the backup import's zod schema (what happens again before Dexie); throws on the first bad one. */
export function validateAll(rows: readonly unknown[]): Annotation[] {
  return rows.map((row) => annotationSchema.parse(row))
}

/** A deterministic first revision for seeding (`1-` and 32 hex digits), as if the replicas had synced before. */
export const seedRev = (n: number): string => `1-${(n * 2654435761).toString(16).padStart(32, '0').slice(-32)}`

/**
 * The load figures' change stamps: a change is its `updatedAt`, an ISO date a whole number of milliseconds after
 * STAMP_BASE, so that a record stays valid and a receiver knows which change (sender × 1e6 + its count) arrived.
 */
const STAMP_BASE = Date.UTC(2026, 0, 1)
export const stampOf = (sender: number, n: number): string => new Date(STAMP_BASE + sender * 1e6 + n).toISOString()
export const changeOfStamp = (stamp: unknown): number | null => {
  if (typeof stamp !== 'string') return null
  const at = Date.parse(stamp) - STAMP_BASE
  return Number.isFinite(at) && at >= 0 ? at : null
}
export const senderOfChange = (change: number): number => Math.floor(change / 1e6)
