// The zod schemas of every record Folio stores, used to validate imported files before anything is written.
// Their limits are the entities' own (ANNOTATION_LIMITS, BOOKMARK_LIMITS…), the ones the stores enforce.

import { z } from 'zod'
import { isAllowedUrl, MAX_URL_LENGTH } from '../../../shared/links/url-policy'
import { MAX_ID_LENGTH } from '../../../shared/archive/stable-id'
import type { Table } from 'dexie'
import type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from '../../../shared/anchoring/types'
import { ANNOTATION_LIMITS, type Annotation, HIGHLIGHT_COLORS } from '../db/annotation'
import { ANNOTATION_LINK_LIMITS, type AnnotationLink } from '../db/annotation-link'
import { type Bookmark, BOOKMARK_KINDS, BOOKMARK_LIMITS, bookmarkTargetKey, type LinkUrl } from '../db/bookmark'
import { TABLE_NAMES, type FolioDb, type TableName } from '../db/folio-db'
import {
  CITATION_STYLE_IDS,
  FONT_SIZE_RANGE,
  LANGUAGES,
  LINE_WIDTH_RANGE,
  THEMES
} from '../../../shared/settings/settings'
import { ZOOM_RANGE } from '../../../shared/settings/zoom'
import type { ReadingState, SettingRow } from '../db/reading'
import type { Rule } from './import-refusal'

/**
 * True only when A and B have exactly the same keys. Each schema is checked against its entity type with it, so that a
 * field added to an entity type (even an optional one) breaks the build here instead of being dropped by an import.
 */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false

const id = z.string().min(1).max(MAX_ID_LENGTH)
const isoDate = z.iso.datetime({ offset: true })
/** Tags as stored, within an entity's limits (the store cleans them to within the same limits). */
const tagsWithin = (limits: { tag: number; tags: number }) =>
  z.array(z.string().min(1).max(limits.tag)).max(limits.tags)
const quote = z.string().max(ANNOTATION_LIMITS.quote)

export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: quote.min(1),
  prefix: quote,
  suffix: quote
}) satisfies z.ZodType<TextQuoteSelector>

export const textPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative()
  })
  .refine((selector) => selector.start <= selector.end, {
    message: 'positionOrder' satisfies Rule,
    path: ['end']
  }) satisfies z.ZodType<TextPositionSelector>

export const annotationTargetSchema = z.strictObject({
  blockId: z.string().min(1).max(MAX_ID_LENGTH).nullable(),
  blockOffset: z.number().int().nonnegative(),
  selectors: z.strictObject({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema })
}) satisfies z.ZodType<AnnotationTarget>

export const annotationSchema = z.strictObject({
  id,
  documentId: id,
  target: annotationTargetSchema,
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string().max(ANNOTATION_LIMITS.note),
  tags: tagsWithin(ANNOTATION_LIMITS),
  createdAt: isoDate,
  updatedAt: isoDate
}) satisfies z.ZodType<Annotation>

/** A link between two annotations. Either end may be missing from the file or the database: kept, shown as orphaned. */
export const annotationLinkSchema = z.strictObject({
  id,
  fromId: id,
  toId: id,
  relation: z.string().trim().min(1).max(ANNOTATION_LINK_LIMITS.relation),
  createdAt: isoDate,
  updatedAt: isoDate
}) satisfies z.ZodType<AnnotationLink>

export const bookmarkSchema = z
  .strictObject({
    id,
    kind: z.enum(BOOKMARK_KINDS),
    documentId: id,
    targetId: id,
    targetKey: z
      .string()
      .min(1)
      .max(4 * MAX_ID_LENGTH),
    label: z.string().max(BOOKMARK_LIMITS.label),
    note: z.string().max(BOOKMARK_LIMITS.note),
    tags: tagsWithin(BOOKMARK_LIMITS),
    createdAt: isoDate,
    updatedAt: isoDate
  })
  .refine(
    (bookmark) => bookmark.targetKey === bookmarkTargetKey(bookmark.kind, bookmark.documentId, bookmark.targetId),
    {
      message: 'targetKey' satisfies Rule,
      path: ['targetKey']
    }
  ) satisfies z.ZodType<Bookmark>

export const linkUrlSchema = z.strictObject({
  linkId: id,
  documentId: id,
  url: z
    .string()
    .max(MAX_URL_LENGTH)
    .refine(isAllowedUrl, 'url' satisfies Rule),
  updatedAt: isoDate
}) satisfies z.ZodType<LinkUrl>

export const readingStateSchema = z.strictObject({
  documentId: id,
  blockId: z.string().min(1).max(MAX_ID_LENGTH),
  fraction: z.number().min(0).max(1),
  updatedAt: isoDate
}) satisfies z.ZodType<ReadingState>

export const settingRowSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('theme'), value: z.enum(THEMES), updatedAt: isoDate }),
  z.strictObject({
    key: z.literal('fontSize'),
    value: z.number().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
    updatedAt: isoDate
  }),
  z.strictObject({
    key: z.literal('lineWidth'),
    value: z.number().min(LINE_WIDTH_RANGE.min).max(LINE_WIDTH_RANGE.max),
    updatedAt: isoDate
  }),
  z.strictObject({ key: z.literal('language'), value: z.enum(LANGUAGES), updatedAt: isoDate }),
  z.strictObject({ key: z.literal('citationStyle'), value: z.enum(CITATION_STYLE_IDS), updatedAt: isoDate }),
  z.strictObject({ key: z.literal('openDocument'), value: id.nullable(), updatedAt: isoDate }),
  z.strictObject({
    key: z.literal('zoom'),
    value: z.number().min(ZOOM_RANGE.min).max(ZOOM_RANGE.max),
    updatedAt: isoDate
  })
]) satisfies z.ZodType<SettingRow>

// Compile-time guards: each must be `true`. If one fails, add the new field to the schema above (with a
// `.default()` if older backups lack it) and, when its shape changes, a step to UPGRADE_STEPS in backup-format.ts.
const keyChecks: [
  SameKeys<Annotation, z.infer<typeof annotationSchema>>,
  SameKeys<AnnotationTarget, z.infer<typeof annotationTargetSchema>>,
  SameKeys<TextQuoteSelector, z.infer<typeof textQuoteSelectorSchema>>,
  SameKeys<TextPositionSelector, z.infer<typeof textPositionSelectorSchema>>,
  SameKeys<Bookmark, z.infer<typeof bookmarkSchema>>,
  SameKeys<LinkUrl, z.infer<typeof linkUrlSchema>>,
  SameKeys<ReadingState, z.infer<typeof readingStateSchema>>,
  SameKeys<SettingRow, z.infer<typeof settingRowSchema>>,
  SameKeys<AnnotationLink, z.infer<typeof annotationLinkSchema>>
] = [true, true, true, true, true, true, true, true, true]
void keyChecks

/** The record type of one of FolioDb's tables. */
export type RecordOf<T extends TableName> = FolioDb[T] extends Table<infer R, infer _K, infer _I> ? R : never

/** The records of every table of FolioDb (TABLE_NAMES), as an export reads them and an import writes them. */
export type FolioRecords = { [T in TableName]: RecordOf<T>[] }

/** How to validate one table's records and which field is its primary key. */
export interface RecordSchema<T extends TableName> {
  schema: z.ZodType<RecordOf<T>>
  key: keyof RecordOf<T> & string
}

/** The schema and primary key of each table's records. A table added to TABLE_NAMES must be added here. */
export const RECORD_SCHEMAS: { [T in TableName]: RecordSchema<T> } = {
  annotations: { schema: annotationSchema, key: 'id' },
  bookmarks: { schema: bookmarkSchema, key: 'id' },
  linkUrls: { schema: linkUrlSchema, key: 'linkId' },
  readingStates: { schema: readingStateSchema, key: 'documentId' },
  settings: { schema: settingRowSchema, key: 'key' },
  annotationLinks: { schema: annotationLinkSchema, key: 'id' }
}

/** An empty set of records. */
export const noRecords = (): FolioRecords =>
  Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as FolioRecords
