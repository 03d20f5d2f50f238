// What the "Données" dialog does, as named functions over the database and main's file API: export in a
// format, pick and check a file to import, import it, clear everything. Safety backups come first.

import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { CitationStyleId } from '../../../shared/citations/citation-styles'
import type { FolioApi, SaveFileResult } from '../../../shared/ipc/contract'
import { TABLE_NAMES, type FolioDb } from '../db/folio-db'
import i18next from '../i18n/i18n'
import { openFileRefusalMessage } from '../i18n/main-messages'
import { applyImport } from './apply-import'
import type { BackupReason, ExportScope } from './backup-format'
import { gatherExportSources, type ExportArchive } from './export-sources'
import { renderTemplate, type ExportFile, type ExportTemplate } from './export-templates'
import { ImportRefusal } from './import-refusal'
import { toMarkdown, type MarkdownLabels } from './markdown-export'
import { parseImportFile, type ParsedImport } from './parse-import-file'
import { allTables, previewImport, type ImportPlan } from './plan-import'
import type { OnProgress } from './progress'
import { readRecords } from './read-records'
import type { FolioRecords } from './record-schemas'
import { serializeW3cAnnotations } from './w3c-export'
import { writeBackupText } from './write-backup-text'

/** The part of main's API the dialog uses. */
export type DataApi = Pick<FolioApi, 'saveFile' | 'saveFiles' | 'openTextFile' | 'writeSafetyBackup'>

export const DATA_EXPORT_FORMATS = ['markdown', 'w3c', 'backup'] as const
export type DataExportFormat = (typeof DATA_EXPORT_FORMATS)[number]

/** Each format's file extension; its name in the save dialog is in the catalogs (backup.export.fileTypes). */
const FILE_EXTENSIONS: Record<DataExportFormat, string> = { markdown: 'md', w3c: 'jsonld', backup: 'json' }

/** "folio-traite-sino-sovietique-notes-2025-03-12.md": ASCII, no folder separator, at most ~100 characters. */
export function exportFileName(format: DataExportFormat, scopeTitle: string | null, now: Date = new Date()): string {
  const slug = (scopeTitle ?? 'tout')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  const kind = format === 'backup' ? 'sauvegarde' : format === 'w3c' ? 'annotations' : 'notes'
  return `folio-${slug || 'document'}-${kind}-${now.toISOString().slice(0, 10)}.${FILE_EXTENSIONS[format]}`
}

export interface ExportRequest {
  scope: ExportScope
  format: DataExportFormat
  /** Document titles by id, in the library's order. */
  documentTitles: ReadonlyMap<string, string>
  markdownLabels: MarkdownLabels
  collectionLabel: string
  onProgress?: OnProgress
  /** Records in the database, when known (the dialog's summary): the progress total of a full backup. */
  recordCount?: number
  now?: Date
}

/** The text of an export, without saving it. */
export async function buildExport(database: FolioDb, request: ExportRequest): Promise<string> {
  const { scope, format, onProgress } = request
  if (format === 'backup')
    return writeBackupText(database, scope, 'export', {
      onProgress,
      recordCount: request.recordCount,
      now: request.now
    })
  const records = await readRecords(database, scope, onProgress)
  if (format === 'markdown')
    return toMarkdown(records, {
      scope,
      documentTitles: request.documentTitles,
      labels: request.markdownLabels,
      now: request.now
    })
  return serializeW3cAnnotations(records.annotations, request.collectionLabel, onProgress, records.annotationLinks)
}

/** What a Markdown export needs beyond the records: the template, and what its citations and links are made from. */
export interface MarkdownContext {
  template: ExportTemplate
  /** The documents the app has read (their blocks and sections place each quote for its citation). */
  entries: readonly ArchiveDocumentEntry[]
  /** The archive open (its id is in every folio:// link), or null: no links then. */
  archive: ExportArchive | null
  style: CitationStyleId
}

/** The files of a Markdown export of `records` in the context's template, each quote cited and linked. */
export async function markdownFiles(
  records: FolioRecords,
  request: Pick<ExportRequest, 'scope' | 'documentTitles' | 'markdownLabels' | 'now'>,
  context: MarkdownContext
): Promise<ExportFile[]> {
  const { scope, documentTitles, now = new Date() } = request
  const { documents, sources } = await gatherExportSources(
    records.annotations,
    documentTitles,
    context.entries,
    context.archive,
    context.style
  )
  const title = scope.kind === 'document' ? (documentTitles.get(scope.documentId) ?? scope.documentId) : null
  return renderTemplate(context.template, records, {
    scope,
    documents,
    labels: request.markdownLabels,
    sources,
    now,
    fileName: exportFileName('markdown', title, now)
  })
}

/** The files of a Markdown export of the database (the data dialog's preview, then what it saves). */
export async function buildMarkdownExport(
  database: FolioDb,
  request: ExportRequest,
  context: MarkdownContext
): Promise<ExportFile[]> {
  return markdownFiles(await readRecords(database, request.scope, request.onProgress), request, context)
}

/**
 * Asks main to save a Markdown export: one file where the user chooses; the notes of `per-document` (however many)
 * in a new folder they name. A failed result, saying so, when there is nothing to save.
 */
export function saveExportFiles(
  api: Pick<DataApi, 'saveFile' | 'saveFiles'>,
  files: readonly ExportFile[],
  template: ExportTemplate,
  now: Date = new Date()
): Promise<SaveFileResult> {
  const [only] = files
  if (!only) return Promise.resolve({ ok: false, reason: 'failed', message: i18next.t('backup.export.nothing') })
  if (template !== 'per-document') {
    const filter = { name: i18next.t('backup.export.fileTypes.markdown'), extensions: [FILE_EXTENSIONS.markdown] }
    return api.saveFile({ suggestedName: only.name, content: only.content, filters: [filter] })
  }
  return api.saveFiles({ suggestedName: `folio-notes-${now.toISOString().slice(0, 10)}`, files: [...files] })
}

/** Builds an export and asks main to save it where the user chooses. */
export async function exportData(database: FolioDb, api: DataApi, request: ExportRequest): Promise<SaveFileResult> {
  const content = await buildExport(database, request)
  const title =
    request.scope.kind === 'document'
      ? (request.documentTitles.get(request.scope.documentId) ?? request.scope.documentId)
      : null
  const filter = {
    name: i18next.t(`backup.export.fileTypes.${request.format}`),
    extensions: [FILE_EXTENSIONS[request.format]]
  }
  return api.saveFile({ suggestedName: exportFileName(request.format, title, request.now), content, filters: [filter] })
}

/**
 * Writes a backup of the whole database (or of `scope`) to the user-data folder; throws with main's message if
 * it fails. `recordCount`, when known, is the progress total.
 */
export async function writeSafetyBackupNow(
  database: FolioDb,
  api: Pick<DataApi, 'writeSafetyBackup'>,
  reason: BackupReason,
  onProgress?: OnProgress,
  recordCount?: number,
  scope: ExportScope = { kind: 'all' }
): Promise<string> {
  const content = await writeBackupText(database, scope, reason, { onProgress, recordCount })
  const result = await api.writeSafetyBackup(content)
  if (!result.ok)
    throw new ImportRefusal('write-failed', i18next.t('backup.safetyBackupFailed', { message: result.message }))
  return result.fileName
}

/** A file the user chose, checked and planned: what the preview shows before they confirm. */
export interface ImportCandidate {
  fileName: string
  parsed: ParsedImport
  plan: ImportPlan
}

/** Asks for a file, validates all of it and plans the merge; null when the user cancels. Writes nothing. */
export async function chooseImport(
  database: FolioDb,
  api: DataApi,
  options: { fallbackDocumentId?: string; onProgress?: OnProgress }
): Promise<ImportCandidate | null> {
  const opened = await api.openTextFile({
    filters: [{ name: i18next.t('backup.import.fileType'), extensions: ['json', 'jsonld'] }]
  })
  if (!opened.ok) {
    const refusal = openFileRefusalMessage(opened)
    if (refusal === null) return null
    throw new ImportRefusal(opened.reason === 'too-large' ? 'too-large' : 'not-json', refusal)
  }
  const parsed = await parseImportFile(opened.content, options)
  options.onProgress?.({ phase: 'planning', done: 0, total: 1 })
  return { fileName: opened.fileName, parsed, plan: await previewImport(database, parsed.records) }
}

/**
 * Imports a checked file in one transaction, after a safety backup when it replaces existing records
 * (`recordCount`, the records in the database when known, is that backup's progress total).
 */
export async function confirmImport(
  database: FolioDb,
  api: DataApi,
  candidate: ImportCandidate,
  onProgress?: OnProgress,
  recordCount?: number
): Promise<ImportPlan> {
  if (candidate.plan.changesExisting)
    await writeSafetyBackupNow(database, api, 'before-import', onProgress, recordCount)
  return applyImport(database, candidate.parsed.records, { onProgress })
}

/** Empties every table in one transaction. */
export async function clearDatabase(database: FolioDb): Promise<void> {
  await database.transaction('rw', allTables(database), async () => {
    for (const name of TABLE_NAMES) await database.table(name).clear()
  })
}

/** Clears all data after writing a safety backup of it (skipped when there is nothing to lose). */
export async function clearAllData(database: FolioDb, api: DataApi, onProgress?: OnProgress): Promise<string | null> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => database.table(name).count()))
  const total = counts.reduce((sum, count) => sum + count, 0)
  const backup = total > 0 ? await writeSafetyBackupNow(database, api, 'before-clear', onProgress, total) : null
  onProgress?.({ phase: 'clearing', done: 0, total: 1 })
  await clearDatabase(database)
  return backup
}
