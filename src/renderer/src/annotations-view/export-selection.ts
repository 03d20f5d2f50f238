// Exports the ticked annotations as Markdown through the data dialog's own export (backup/markdown-export.ts):
// the same file, in the same words (the backup.markdown catalog), saved where the user chooses.

import type { TFunction } from 'i18next'
import type { SaveFileResult } from '../../../shared/ipc/contract'
import { exportFileName } from '../backup/data-actions'
import { toMarkdown, type MarkdownLabels } from '../backup/markdown-export'
import { markdownLabels } from '../backup/markdown-labels'
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

/** Asks main to save the Markdown of `annotations`; a failed result when Folio's API is not there. */
export async function exportSelection(
  annotations: readonly Annotation[],
  titles: ReadonlyMap<string, string>,
  t: TFunction
): Promise<SaveFileResult> {
  const api = getFolioApi()
  if (!api) return { ok: false, reason: 'failed', message: t('backup.noApi') }
  const content = selectionMarkdown(annotations, titles, markdownLabels(t))
  const filter = { name: t('backup.export.fileTypes.markdown'), extensions: ['md'] }
  return api.saveFile({ suggestedName: exportFileName('markdown', null), content, filters: [filter] })
}
