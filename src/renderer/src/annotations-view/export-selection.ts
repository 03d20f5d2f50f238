// Exports the ticked annotations as Markdown through the data dialog's own export (backup/markdown-export.ts and its
// templates): the same files, in the same words (the backup.markdown catalog), saved where the user chooses.

import type { TFunction } from 'i18next'
import type { SaveFileResult } from '../../../shared/ipc/contract'
import { markdownFiles, saveExportFiles, type MarkdownContext } from '../backup/data-actions'
import type { ExportFile, ExportTemplate } from '../backup/export-templates'
import { toMarkdown, type MarkdownLabels } from '../backup/markdown-export'
import { noRecords } from '../backup/record-schemas'
import type { Annotation } from '../db/annotation'
import { getFolioApi } from '../ipc/folio-client'

/** The Markdown of `annotations`: each document under its title (in `titles`' order), in reading order. */
export function selectionMarkdown(
  annotations: readonly Annotation[],
  titles: ReadonlyMap<string, string>,
  labels: MarkdownLabels,
  now?: Date
): string {
  const records = { ...noRecords(), annotations: [...annotations] }
  return toMarkdown(records, { scope: { kind: 'all' }, documentTitles: titles, labels, now })
}

/** The files of the export of `annotations` in the context's template, each quote cited and linked. */
export function selectionFiles(
  annotations: readonly Annotation[],
  titles: ReadonlyMap<string, string>,
  labels: MarkdownLabels,
  context: MarkdownContext,
  now?: Date
): Promise<ExportFile[]> {
  const records = { ...noRecords(), annotations: [...annotations] }
  return markdownFiles(
    records,
    { scope: { kind: 'all' }, documentTitles: titles, markdownLabels: labels, now },
    context
  )
}

/** Asks main to save the files of an export; a failed result when Folio's API is not there. */
export async function saveSelection(
  files: readonly ExportFile[],
  template: ExportTemplate,
  t: TFunction
): Promise<SaveFileResult> {
  const api = getFolioApi()
  if (!api) return { ok: false, reason: 'failed', message: t('backup.noApi') }
  return saveExportFiles(api, files, template)
}
