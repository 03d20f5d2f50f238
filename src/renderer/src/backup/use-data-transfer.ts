// The state of the "Données" dialog's long work — export, import preview and confirmation, clearing —
// with progress and the outcome message, and the live record counts. The work itself is in data-actions.

import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings'
import { useOpenArchive } from '../archive/open-archive-context'
import { useCitationStyle } from '../citations/citation-style-preference'
import { db, type TableName } from '../db/folio-db'
import { useTranslation } from '../i18n/i18n'
import type { Words } from '../i18n/words'
import { getFolioApi } from '../ipc/folio-client'
import type { ExportScope } from './backup-format'
import {
  buildMarkdownExport,
  chooseImport,
  clearAllData,
  confirmImport,
  exportData,
  saveExportFiles,
  type DataExportFormat,
  type ImportCandidate
} from './data-actions'
import type { ExportFile, ExportTemplate } from './export-templates'
import type { Progress } from './progress'
import { markdownLabels } from './markdown-labels'
import { countRecords } from './read-records'

/** What the dialog shows after an action: a confirmation or a problem, worded when shown (it follows the language). */
export interface TransferMessage extends Words {
  kind: 'info' | 'error'
}

export interface DataTransfer {
  progress: Progress | null
  busy: boolean
  message: TransferMessage | null
  candidate: ImportCandidate | null
  exportAs(scope: ExportScope, format: DataExportFormat): Promise<void>
  /** The files of a Markdown export in `template`, each quote cited and linked: the preview, then what is saved. */
  buildMarkdown(scope: ExportScope, template: ExportTemplate): Promise<ExportFile[]>
  /**
   * Makes the Markdown export of `scope` in `template` from the records as they are now (an import since the preview
   * is in it), and saves it: one file where the user chooses, one note per document in a new folder.
   */
  saveMarkdown(scope: ExportScope, template: ExportTemplate): Promise<void>
  chooseFile(): Promise<void>
  confirm(): Promise<void>
  cancelImport(): void
  clearAll(): Promise<void>
}

/**
 * Actions of the dialog, given the library's documents (titles in library order), the open document, the
 * records the database holds (the dialog's live summary, undefined while loading: the progress total of backups)
 * and the documents the app has read (what the Markdown export's citations are made from).
 */
export function useDataTransfer(
  documentTitles: ReadonlyMap<string, string>,
  currentDocumentId: string,
  counts: Readonly<Record<TableName, number>> | undefined,
  entries: readonly ArchiveDocumentEntry[] = []
): DataTransfer {
  const { t } = useTranslation()
  const archive = useOpenArchive()
  const style = useCitationStyle() ?? DEFAULT_SETTINGS.citationStyle
  const recordCount = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined
  const [progress, setProgress] = useState<Progress | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<TransferMessage | null>(null)
  const [candidate, setCandidate] = useState<ImportCandidate | null>(null)
  const running = useRef(false)

  const labels = useMemo(() => markdownLabels(t), [t])

  /** Runs one long task at a time, reporting its progress, and turns failures into a message. */
  const run = useCallback(async (task: () => Promise<TransferMessage | null>) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    setMessage(null)
    try {
      setMessage(await task())
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      setMessage({ kind: 'error', key: 'backup.failed', values: { message: text } })
    } finally {
      running.current = false
      setBusy(false)
      setProgress(null)
    }
  }, [])

  const api = getFolioApi()
  const withApi = useCallback(
    (task: (folio: NonNullable<typeof api>) => Promise<TransferMessage | null>) =>
      run(async () => (api ? task(api) : { kind: 'error', key: 'backup.noApi' })),
    [api, run]
  )

  const exportAs = useCallback(
    (scope: ExportScope, format: DataExportFormat) =>
      withApi(async (folio) => {
        const request = {
          scope,
          format,
          documentTitles,
          markdownLabels: labels,
          collectionLabel: t('backup.export.collectionLabel'),
          onProgress: setProgress,
          recordCount
        }
        const result = await exportData(db, folio, request)
        if (result.ok) return { kind: 'info', key: 'backup.export.done', values: { fileName: result.fileName } }
        return result.reason === 'canceled'
          ? { kind: 'info', key: 'backup.export.canceled' }
          : { kind: 'error', key: 'backup.export.failed', values: { message: result.message } }
      }),
    [documentTitles, labels, recordCount, t, withApi]
  )

  const buildMarkdown = useCallback(
    (scope: ExportScope, template: ExportTemplate, onProgress?: typeof setProgress) =>
      buildMarkdownExport(
        db,
        { scope, format: 'markdown', documentTitles, markdownLabels: labels, collectionLabel: '', onProgress },
        { template, entries, archive, style }
      ),
    [archive, documentTitles, entries, labels, style]
  )

  const saveMarkdown = useCallback(
    (scope: ExportScope, template: ExportTemplate) =>
      withApi(async (folio) => {
        const files = await buildMarkdown(scope, template, setProgress)
        const result = await saveExportFiles(folio, files, template)
        if (result.ok)
          return template === 'per-document'
            ? {
                kind: 'info',
                key: 'backup.export.doneFolder',
                values: { fileName: result.fileName, count: files.length }
              }
            : { kind: 'info', key: 'backup.export.done', values: { fileName: result.fileName } }
        return result.reason === 'canceled'
          ? { kind: 'info', key: 'backup.export.canceled' }
          : { kind: 'error', key: 'backup.export.failed', values: { message: result.message } }
      }),
    [buildMarkdown, withApi]
  )

  const chooseFile = useCallback(
    () =>
      withApi(async (folio) => {
        setCandidate(null)
        try {
          setCandidate(
            await chooseImport(db, folio, { fallbackDocumentId: currentDocumentId, onProgress: setProgress })
          )
          return null
        } catch (error) {
          return {
            kind: 'error',
            key: 'backup.import.refused',
            values: { message: error instanceof Error ? error.message : String(error) }
          }
        }
      }),
    [currentDocumentId, withApi]
  )

  const confirm = useCallback(
    () =>
      withApi(async (folio) => {
        if (!candidate) return null
        try {
          const plan = await confirmImport(db, folio, candidate, setProgress, recordCount)
          setCandidate(null)
          return { kind: 'info', key: 'backup.import.done', values: plan.totals }
        } catch (error) {
          setCandidate(null)
          return {
            kind: 'error',
            key: 'backup.import.refused',
            values: { message: error instanceof Error ? error.message : String(error) }
          }
        }
      }),
    [candidate, recordCount, withApi]
  )

  const clearAll = useCallback(
    () =>
      withApi(async (folio) => {
        const backup = await clearAllData(db, folio, setProgress)
        return backup
          ? { kind: 'info', key: 'backup.clear.done', values: { fileName: backup } }
          : { kind: 'info', key: 'backup.clear.doneEmpty' }
      }),
    [withApi]
  )

  const cancelImport = useCallback(() => setCandidate(null), [])

  return {
    progress,
    busy,
    message,
    candidate,
    exportAs,
    buildMarkdown,
    saveMarkdown,
    chooseFile,
    confirm,
    cancelImport,
    clearAll
  }
}

/** How many records each table holds, live (re-read when a table changes); undefined while loading. */
export function useDataSummary(): Record<TableName, number> | undefined {
  return useLiveQuery(() => countRecords(db), [])
}
