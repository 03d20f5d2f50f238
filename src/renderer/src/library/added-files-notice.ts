// What the notice says after files were handed to Folio (dropped, or a launch's): one line per file, in the order
// given — added (to the library or to the copies), already there, or refused and why, in the UI's language — and
// which document to open then: the first one added, else the first one already there.

import { addedKindOf, ADDED_LIMITS, MAX_DROPPED_FILES, type AddedFile } from '../../../shared/desktop/added-files'
import i18next from '../i18n/i18n'
import { formatNumber } from '../i18n/format'
import type { DropRefusal } from './sort-drop'

/** What became of one file: main's answer, or the page's own refusal (it never reached main). */
export type FileOutcome =
  AddedFile | { ok: false; name: string; reason: DropRefusal | 'unreadable'; message?: undefined; likely?: undefined }

export interface AddedFilesNotice {
  message: string
  /** True when a file was refused: the notice stays until dismissed. */
  error: boolean
  /** The document or copy to open, or null. */
  open: string | null
  /** Whether documents or copies were added: their lists read again. */
  documents: boolean
  copies: boolean
}

const megabytes = (bytes: number) =>
  i18next.t('fileDrop.megabytes', { size: formatNumber(Math.round(bytes / 2 ** 20)) })

/** Why `outcome` was refused, in words (after the file's name). */
function why(outcome: Extract<FileOutcome, { ok: false }>): string {
  const kind = addedKindOf(outcome.name)
  return i18next.t(`fileDrop.refused.${outcome.reason}`, {
    limit: megabytes(kind ? ADDED_LIMITS[kind] : ADDED_LIMITS.document),
    found: i18next.t(`library.encodings.${outcome.likely ?? 'unknown'}`),
    max: MAX_DROPPED_FILES,
    // Only an unexpected failure needs main's words: they carry the system's error.
    detail: outcome.message ?? ''
  })
}

function line(outcome: FileOutcome): string {
  if (!outcome.ok) return i18next.t('fileDrop.refusedLine', { name: outcome.name, why: why(outcome) })
  if (outcome.already) return i18next.t('fileDrop.already', { name: outcome.name })
  return i18next.t(outcome.kind === 'document' ? 'fileDrop.added' : 'fileDrop.addedCopy', { title: outcome.title })
}

/** The notice for `outcomes` (one or more). */
export function addedFilesNotice(outcomes: readonly FileOutcome[]): AddedFilesNotice {
  const added = outcomes.filter((outcome) => outcome.ok)
  return {
    message: outcomes.map(line).join('\n'),
    error: added.length < outcomes.length,
    open: (added.find((outcome) => !outcome.already) ?? added[0])?.id ?? null,
    documents: added.some((outcome) => outcome.kind === 'document' && !outcome.already),
    copies: added.some((outcome) => outcome.kind !== 'document' && !outcome.already)
  }
}
