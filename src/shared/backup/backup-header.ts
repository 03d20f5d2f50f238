// The header of a Folio backup file (README, "Backups") and the one check of it, shared by the renderer that
// writes backups and by main, which recognises a safety backup by its validated header before keeping it.

import { z } from 'zod'

export const BACKUP_FORMAT = 'folio-backup'
/** Version of the file format itself (envelope and field names). Bump it only for an incompatible change. */
export const BACKUP_FORMAT_VERSION = 1

/**
 * Why a backup was written: by the user, or automatically before something that changes the database
 * (`before-remove`: a document leaves the library with its notes; the backup holds that document's records;
 * `before-sync`: a device's first connection to a sync server, before its data meets the server's).
 */
export const BACKUP_REASONS = [
  'export',
  'before-migration',
  'before-import',
  'before-clear',
  'before-remove',
  'before-sync'
] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** Whether a backup of this reason is one Folio writes by itself into the user-data folder: all but the user's exports. */
export const isSafetyBackupReason = (reason: BackupReason) => reason !== 'export'

/**
 * The highest schema version a header may declare. Main cannot know the renderer's current version, but a
 * backup's version goes into its file name: bounded, the name stays short and of one shape.
 */
export const MAX_SCHEMA_VERSION = 1000

/** How far into a file its header may reach: a few short fields and one count per table. */
export const MAX_HEADER_CHARS = 16 * 1024

/** The header fields, in the order they are written; the tables follow them. */
export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1).max(MAX_SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  reason: z.enum(BACKUP_REASONS),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('document'), documentId: z.string().min(1).max(200) })
  ]),
  counts: z.record(z.string().max(100), z.number().int().nonnegative())
})

export type BackupHeaderFields = z.infer<typeof backupHeaderSchema>

const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * Where the top-level `"tables"` key starts in `text`, found in one pass over at most {@link MAX_HEADER_CHARS}
 * characters (strings skipped, brackets counted), or -1.
 */
function tablesKeyIndex(text: string): number {
  const end = Math.min(text.length, MAX_HEADER_CHARS)
  let depth = 0
  for (let i = 0; i < end; i++) {
    const char = text.charCodeAt(i)
    if (char === QUOTE) {
      const start = i
      for (i++; i < end && text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++
      if (depth === 1 && text.slice(start, i + 1) === '"tables"') return start
    } else if (char === 0x7b || char === 0x5b) depth++
    else if ((char === 0x7d || char === 0x5d) && --depth <= 0) return -1
  }
  return -1
}

/**
 * The header of the backup `text` (only its first characters are read), or null when `text` does not start
 * as a Folio backup does: an object whose fields before `"tables"` are exactly a valid header.
 */
export function readBackupHeader(text: string): BackupHeaderFields | null {
  const tables = tablesKeyIndex(text)
  if (tables < 0) return null
  const fields = text.slice(0, tables).trimEnd()
  if (!fields.endsWith(',')) return null
  let json: unknown
  try {
    json = JSON.parse(`${fields.slice(0, -1)}}`)
  } catch {
    return null
  }
  const header = backupHeaderSchema.safeParse(json)
  return header.success ? header.data : null
}

/**
 * The header of `content` if it is a safety backup Folio would write: a valid header with an automatic
 * reason, and a text that ends as a whole backup does (its tables and itself closed), else null.
 */
export function readSafetyBackupHeader(content: string): BackupHeaderFields | null {
  const header = readBackupHeader(content)
  if (!header || !isSafetyBackupReason(header.reason)) return null
  const closed = (text: string) => text.trimEnd().endsWith('}')
  return closed(content) && closed(content.trimEnd().slice(0, -1)) ? header : null
}
