// Exports references to a file the user chooses: citation-js writes BibTeX, RIS or CSL-JSON
// (loaded on demand), the main process shows the save dialog and writes the file.

import type { Reference } from '../../../shared/archive/document'
import type { ExportFormatId } from '../../../shared/citations/export-format-list'
import type { SaveFileResult } from '../../../shared/ipc/contract'
import { exportReferenceFile } from '../citations/citation-loader'
import { getFolioApi } from '../ipc/folio-client'

/** What happened: saved (with the file's name), cancelled, failed, or no main process to save through. */
export type SaveReferencesResult = SaveFileResult | { ok: false; reason: 'no-api' | 'empty'; message: string }

/** Formats the references and asks main to save them; never throws. */
export async function saveReferences(
  references: readonly Reference[],
  format: ExportFormatId
): Promise<SaveReferencesResult> {
  if (references.length === 0) return { ok: false, reason: 'empty', message: '' }
  const api = getFolioApi()
  if (!api) return { ok: false, reason: 'no-api', message: '' }
  try {
    const { file, filter } = await exportReferenceFile(references, format)
    return await api.saveFile({ suggestedName: file.fileName, content: file.content, filters: [filter] })
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}
