// The layout of catalogue.folio, the archive's catalogue made for random access: written once by the build
// command (write-catalogue.ts), read by ranges in main (file-catalogue.ts). Its constants, header and row shapes.

import { z } from 'zod'
import { archiveDocumentSchema, archiveManifestSchema } from './manifest-schema'

/**
 * catalogue.folio, every integer little-endian:
 *
 *   0         8 bytes  MAGIC, "FOLIOCAT"
 *   8         u32      FORMAT_VERSION
 *   12        u32      H, the header's length in bytes (≤ MAX_HEADER_BYTES)
 *   16        H bytes  the header, UTF-8 JSON (CatalogueHeader)
 *   16 + H    the sections, each located by the header (offset from 16 + H, length in bytes):
 *     rows       the rows in title order (titleCollator), each one UTF-8 JSON CatalogueEntry, back to back
 *     positions  count + 1 u64: row i is rows[positions[i], positions[i + 1])
 *     ids        count records of idWidth + 4 bytes, sorted by id (code points): the id in ASCII, NUL-padded,
 *                then the u32 index of its row (a binary search finds a row by id)
 *     keys       the titles' match keys (matchKey) in row order, UTF-8, each followed by "\n" (the title filter)
 *
 * Opening reads the first PREAMBLE_BYTES + H bytes only; a page reads count-independent ranges.
 */
export const CATALOGUE_FILE = 'catalogue.folio'
export const MAGIC = 'FOLIOCAT'
export const FORMAT_VERSION = 1
/** Magic, version and header length. */
export const PREAMBLE_BYTES = 16
/** A name of 200 characters and a description of 2,000, escaped, and room to spare. */
export const MAX_HEADER_BYTES = 64 * 1024
/** Far more documents than an archive is meant for (1,000,000), few enough to refuse an absurd count. */
export const MAX_ROWS = 16_000_000
/** One row's JSON: 50 notes of 2,000 characters escaped, 100 labels, and the rest. */
export const MAX_ROW_BYTES = 2 * 1024 * 1024
/** One title: what the article parser allows (300) and room to spare; longer ones are refused when read. */
export const MAX_TITLE_LENGTH = 500
/** One match key's bytes: a folded title of MAX_TITLE_LENGTH characters (a folded character is ≤ 3 bytes × 3). */
export const MAX_KEY_BYTES = MAX_TITLE_LENGTH * 9 + 1
/** The width of an id record's id: ARCHIVE_ID's longest. */
export const MAX_ID_WIDTH = 64
export const POSITION_BYTES = 8
export const ROW_INDEX_BYTES = 4
/** Rows one page returns at most, whatever it asks. */
export const MAX_PAGE_ROWS = 1000
export const KEY_SEPARATOR = '\n'

const section = z.object({ offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() })

export const catalogueHeaderSchema = z.object({
  name: archiveManifestSchema.shape.name,
  description: z.string().max(2000),
  count: z.number().int().nonnegative().max(MAX_ROWS),
  /** archiveIdOf(name, ids): the same in the memory catalogue of the same archive. */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  idWidth: z.number().int().min(1).max(MAX_ID_WIDTH),
  sections: z.object({ rows: section, positions: section, ids: section, keys: section })
})

export type CatalogueHeader = z.infer<typeof catalogueHeaderSchema>
export type CatalogueSection = z.infer<typeof section>

/** One row as stored: the manifest's entry and the title the build parsed. */
export const catalogueEntrySchema = archiveDocumentSchema.extend({
  title: z.string().min(1).max(MAX_TITLE_LENGTH)
})

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>

/** What the build hands the writer: the manifest's entry (optional lists left out when empty) and its title. */
export type CatalogueInput = Omit<CatalogueEntry, 'infoboxLabels' | 'notes'> & {
  infoboxLabels?: string[]
  notes?: string[]
}

/** `offset` and `limit` as whole numbers inside `0…total` and `0…MAX_PAGE_ROWS`. */
export function pageWindow(offset: number, limit: number, total: number): { start: number; end: number } {
  const whole = (value: number) => (Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0)
  const start = Math.min(whole(offset), total)
  return { start, end: Math.min(total, start + Math.min(whole(limit), MAX_PAGE_ROWS)) }
}
