// What the sync benchmark carries: annotations of the backup tests' sample shape (French, Chinese, emoji, hostile
// markup), laid out as each engine holds them — Yjs through main's own engine code (src/main/sync/record-doc.ts: a
// Y.Map of records per table, each record a Y.Map, its note a Y.Text), PouchDB as one document per annotation — and
// read back as validated records.

import type * as Y from 'yjs'
import { z } from 'zod'
import { ANNOTATION_LIMITS, HIGHLIGHT_COLORS, type Annotation } from '../../src/renderer/src/db/annotation'
import { applyChanges, readRecord } from '../../src/main/sync/record-doc'
import { MAX_ID_LENGTH } from '../../src/shared/archive/stable-id'
import type { RecordChange } from '../../src/shared/sync/sync-types'

// tests/renderer/backup/sample-records.ts and backup/record-schemas.ts are outside tsconfig.node.json's project,
// so their sample texts and the annotation's zod schema are restated here, field for field and limit for limit.
const SAMPLES = [
  'Le traité sino-soviétique d’amitié',
  '中苏友好同盟互助条约',
  'Mao 🇨🇳 à Moscou 🚂✨',
  '103\u00a0Ko ; « guillemets »\u00a0!',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '**gras** _it_ [lien](javascript:alert(1)) # titre\n> citation\n1950. liste',
  '\u200b\u202e\ufeff zero-width et bidi',
  'é\u0301 combinés, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 hors BMP 😀'
] as const
const pick = (index: number) => SAMPLES[index % SAMPLES.length] as string
const date = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString()

/** The `n`-th annotation, as sample-records.ts's `sampleAnnotation(n, { salt })` makes it (no long notes). */
export function sampleAnnotation(n: number, salt = 0): Annotation {
  const exact = pick(n)
  const hex = (n + salt * 1_000_000_007).toString(16).padStart(12, '0').slice(-12)
  const tags = n % 4 === 1 ? [] : [`tag ${n % 9}`, pick(n).slice(0, 12).replace(/\s+/g, ' ').trim() || 'x']
  return {
    id: `00000000-0000-4000-8${(salt % 1000).toString().padStart(3, '0')}-${hex}`,
    documentId: n % 3 === 0 ? 'fed214270135fa12' : `doc-${n % 7}`,
    target: {
      blockId: n % 4 === 0 ? null : `p-${n % 50}`,
      blockOffset: n % 4 === 0 ? 0 : n % 17,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: pick(n + 3).slice(0, 32),
          suffix: n % 6 === 0 ? '' : pick(n + 4).slice(-32)
        },
        position: { type: 'TextPositionSelector', start: n * 7, end: n * 7 + exact.length }
      }
    },
    color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length] as Annotation['color'],
    note: n % 5 === 0 ? '' : `${pick(n + 2)} — note ${n}`,
    tags: tags.filter((tag, i, all) => all.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === i),
    createdAt: date(n),
    updatedAt: date(n + (n % 3))
  }
}

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
