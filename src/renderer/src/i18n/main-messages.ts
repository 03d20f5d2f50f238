// What the main process reports, in the UI language. Main writes its messages in French, but each result
// carries a code (refusal reason, problem kind): the words come from the catalogs, main's text is a detail.

import type { ArchiveProblem, ImportDocumentResult } from '../../../shared/archive/archive-types'
import type { OpenTextFileResult } from '../../../shared/ipc/contract'
import i18next from './i18n'

/** The language of main's `message` strings: shown as details, marked up with this `lang`. */
export const MAIN_PROCESS_LANGUAGE = 'fr'

/**
 * Why a document was not added to the library; null when the user cancelled (nothing to say). A file not in
 * UTF-8 is told what it seems to be in, from main's `likely` code.
 */
export function importRefusalMessage(refusal: Extract<ImportDocumentResult, { ok: false }>): string | null {
  if (refusal.reason === 'canceled') return null
  const found = i18next.t(`library.encodings.${refusal.likely ?? 'unknown'}`)
  // Only an unexpected failure needs main's words: they carry the system's error.
  return i18next.t(`library.refused.${refusal.reason}`, { detail: refusal.message, found })
}

/** A library document that cannot be opened (or the list's recovery): the kind and the file, then main's detail. */
export function libraryProblemMessage(problem: ArchiveProblem): { message: string; detail: string | null } {
  // A recovery is news, not a failure: what happened, then main's count of what was kept and found.
  if (problem.kind === 'recovered') {
    const kind = i18next.t('archiveError.kinds.recovered')
    return { message: i18next.t('library.recovered', { kind, file: problem.file }), detail: problem.message }
  }
  const message = i18next.t('library.problem', {
    kind: i18next.t(`archiveError.kinds.${problem.kind}`),
    file: problem.file
  })
  // "Missing" says it all; the other kinds have a cause worth reading (a changed checksum, a parse error…).
  return { message, detail: problem.kind === 'missing' ? null : problem.message }
}

/** Why a file picked for import could not be read; null when the user cancelled. */
export function openFileRefusalMessage(result: Extract<OpenTextFileResult, { ok: false }>): string | null {
  if (result.reason === 'canceled') return null
  return i18next.t(`backup.import.openRefused.${result.reason}`, { detail: result.message })
}
