// Reads a file the user wants to import — a Folio backup or W3C annotations — and validates ALL of it
// before anything is written. Every refusal is an ImportRefusal whose message names the problem.

import { MAX_TEXT_FILE_BYTES } from '../../../shared/ipc/contract'
import { CURRENT_SCHEMA_VERSION } from '../db/folio-db'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupEnvelopeSchema,
  tablesOfSchemaVersion,
  upgradeTables
} from './backup-format'
import { describeIssue, ImportRefusal, invalidFile, refusalText } from './import-refusal'
import type { OnProgress } from './progress'
import type { FolioRecords } from './record-schemas'
import { validateRecords } from './validate-records'
import { readBackupText, utf8LengthInChunks } from './read-backup-text'
import { looksLikeW3c, readW3cAnnotations } from './w3c-import'

export type ImportKind = 'folio-backup' | 'w3c-annotations'

/** A file that passed validation: its records, ready for the merge. */
export interface ParsedImport {
  kind: ImportKind
  /** The schema version a backup was taken at; null for W3C files. */
  schemaVersion: number | null
  /** When a backup was taken; null for W3C files. */
  exportedAt: string | null
  records: FolioRecords
  /** W3C annotations that targeted something other than a Folio document, attached to the open document. */
  attachedToFallback: number
}

export interface ParseOptions {
  /** Document that W3C annotations of other sources are attached to (the open one). */
  fallbackDocumentId?: string
  onProgress?: OnProgress
  now?: Date
}

async function checkSize(content: string): Promise<void> {
  if (content.trim() === '') throw new ImportRefusal('empty', refusalText('empty'))
  // A UTF-16 code unit is at most 3 bytes of UTF-8: count exactly only when that bound is over the limit.
  const fits =
    content.length * 3 <= MAX_TEXT_FILE_BYTES ||
    (content.length <= MAX_TEXT_FILE_BYTES && (await utf8LengthInChunks(content)) <= MAX_TEXT_FILE_BYTES)
  if (!fits) throw new ImportRefusal('too-large', refusalText('tooLarge'))
}

async function parseJson(content: string, onProgress: OnProgress | undefined): Promise<unknown> {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content
  // Folio's own layout is read a record at a time (the page stays responsive); anything else whole.
  const canonical = await readBackupText(text, onProgress)
  if (canonical) return canonical
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    if (/end of (JSON )?input|Unterminated/i.test(detail)) {
      throw new ImportRefusal('truncated', refusalText('truncated'), error)
    }
    const position = /position (\d+)/.exec(detail)?.[1]
    throw new ImportRefusal(
      'not-json',
      position ? refusalText('notJsonAt', { position: Number(position) }) : refusalText('notJson'),
      error
    )
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Refuses, with a precise message, a backup written by another version of Folio than this one can read. */
function checkVersions(json: Record<string, unknown>): void {
  const formatVersion = json.formatVersion
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    throw new ImportRefusal(
      'unsupported-version',
      refusalText('newerFormat', { version: formatVersion, supported: BACKUP_FORMAT_VERSION })
    )
  }
  if (formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new ImportRefusal(
      'unsupported-version',
      refusalText('unknownFormatVersion', {
        version: JSON.stringify(formatVersion) ?? refusalText('absent'),
        supported: BACKUP_FORMAT_VERSION
      })
    )
  }
  const schemaVersion = json.schemaVersion
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new ImportRefusal(
      'unsupported-version',
      refusalText('newerSchema', { version: schemaVersion, supported: CURRENT_SCHEMA_VERSION })
    )
  }
}

async function parseBackup(json: Record<string, unknown>, options: ParseOptions): Promise<ParsedImport> {
  checkVersions(json)
  const envelope = backupEnvelopeSchema.safeParse(json, { reportInput: true })
  if (!envelope.success) throw invalidFile(envelope.error.issues.map(describeIssue))
  const { schemaVersion, tables, counts, exportedAt } = envelope.data
  const expected = tablesOfSchemaVersion(schemaVersion)
  const problems: string[] = []
  for (const name of Object.keys(tables))
    if (!expected.includes(name)) problems.push(refusalText('unknownTable', { name, version: schemaVersion }))
  for (const name of expected) if (!(name in tables)) problems.push(refusalText('missingTable', { name }))
  for (const [name, rows] of Object.entries(tables)) {
    if (counts[name] !== rows.length)
      problems.push(
        refusalText('countMismatch', { name, announced: counts[name] ?? refusalText('noCount'), actual: rows.length })
      )
  }
  for (const name of Object.keys(counts))
    if (!(name in tables)) problems.push(refusalText('countWithoutTable', { name }))
  if (problems.length > 0) throw invalidFile(problems)
  const records = await validateRecords(upgradeTables(schemaVersion, tables), { onProgress: options.onProgress })
  return { kind: 'folio-backup', schemaVersion, exportedAt, records, attachedToFallback: 0 }
}

async function parseW3c(json: unknown, options: ParseOptions): Promise<ParsedImport> {
  const reading = await readW3cAnnotations(json, options)
  const records = await validateRecords(
    { annotations: reading.annotations, annotationLinks: reading.links },
    { pathPrefix: [], onProgress: options.onProgress }
  )
  return {
    kind: 'w3c-annotations',
    schemaVersion: null,
    exportedAt: null,
    records,
    attachedToFallback: reading.attachedToFallback
  }
}

/**
 * Validates a whole file and returns its records, or throws an {@link ImportRefusal}: empty, over 100 MB,
 * truncated or not JSON, neither a Folio backup nor W3C annotations, a format or schema version this Folio
 * cannot read, a wrong field anywhere, or duplicate ids. Strings are kept as text, never interpreted.
 */
export async function parseImportFile(content: string, options: ParseOptions = {}): Promise<ParsedImport> {
  await checkSize(content)
  const json = await parseJson(content, options.onProgress)
  if (isObject(json) && 'format' in json) {
    if (json.format !== BACKUP_FORMAT) {
      throw new ImportRefusal(
        'unknown-format',
        refusalText('unknownFormat', {
          format: JSON.stringify(json.format)?.slice(0, 60) ?? '?',
          expected: BACKUP_FORMAT
        })
      )
    }
    return parseBackup(json, options)
  }
  if (looksLikeW3c(json)) return parseW3c(json, options)
  throw new ImportRefusal('unknown-format', refusalText('notBackupOrW3c'))
}
