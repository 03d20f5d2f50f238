// Removing a document from the library, in the order that loses nothing: a safety backup of its notes first
// (when they go too), then its copy through main, then its notes; and putting it all back ("Annuler").

import type {
  ArchiveDocumentEntry,
  ImportDocumentResult,
  RemoveDocumentResult
} from '../../../shared/archive/archive-types'
import type { FolioApi } from '../../../shared/ipc/contract'
import { deleteDocumentData, restoreDocumentData, type DocumentData } from '../db/document-data'
import type { FolioDb } from '../db/folio-db'
import { toWriteError } from '../db/write-error'
import { errorText } from '../layout/write-error-text'
import i18next from '../i18n/i18n'

/** What a removal needs: the database, main's safety backups, and the library's remove and restore. */
export interface RemovalDeps {
  database: FolioDb
  api: Pick<FolioApi, 'writeSafetyBackup'>
  remove(id: string): Promise<RemoveDocumentResult>
  restore(id: string): Promise<ImportDocumentResult>
}

/** A document that left the library: what "Annuler" needs to bring it back. */
export interface RemovedDocument {
  documentId: string
  /** The records deleted with it; null when its notes were kept (or could not be deleted). */
  data: DocumentData | null
}

/** Which step stopped a removal; each leaves the user's things as the message says. */
export type RemovalStep = 'backup' | 'remove' | 'notes'

/**
 * A removal that stopped. `backup` and `remove`: nothing was removed. `notes`: the copy left the library but
 * the notes are all still there; `removed` can put the copy back.
 */
export class RemovalError extends Error {
  constructor(
    message: string,
    readonly step: RemovalStep,
    readonly removed: RemovedDocument | null = null,
    cause?: unknown
  ) {
    super(message, { cause })
    this.name = 'RemovalError'
  }
}

/**
 * Removes `entry` from the library, and its notes with it when `deleteData`: (1) a safety backup of the
 * document's records, written by main before anything changes; (2) the copy, through main (it keeps it in
 * its trash); (3) the records, in one transaction. Throws a {@link RemovalError} naming the step that failed.
 */
export async function removeDocument(
  entry: ArchiveDocumentEntry,
  deleteData: boolean,
  deps: RemovalDeps
): Promise<RemovedDocument> {
  const { title } = entry.document
  if (deleteData) {
    try {
      // The document's records only: they are what this removal deletes, and reading them costs what the
      // document holds, not what the whole database does. The backup code loads when a removal needs it,
      // so it stays out of the app's first load.
      const { writeSafetyBackupNow } = await import('../backup/data-actions')
      await writeSafetyBackupNow(deps.database, deps.api, 'before-remove', undefined, undefined, {
        kind: 'document',
        documentId: entry.id
      })
    } catch (error) {
      throw new RemovalError(
        i18next.t('libraryRemoval.backupFailed', { title, detail: errorText(error) }),
        'backup',
        null,
        error
      )
    }
  }
  let removed: RemoveDocumentResult
  try {
    removed = await deps.remove(entry.id)
  } catch (error) {
    removed = { ok: false, message: errorText(error) }
  }
  if (!removed.ok)
    throw new RemovalError(i18next.t('libraryRemoval.failed', { title, detail: removed.message }), 'remove')
  if (!deleteData) return { documentId: entry.id, data: null }
  try {
    return { documentId: entry.id, data: await deleteDocumentData(entry.id, deps.database) }
  } catch (error) {
    const removedCopy = { documentId: entry.id, data: null }
    throw new RemovalError(
      i18next.t('libraryRemoval.notesKept', { title, detail: errorText(toWriteError(error)) }),
      'notes',
      removedCopy,
      error
    )
  }
}

/**
 * Puts a removed document back: its copy through main (already back counts as back, so a second try after a
 * failed one goes on), then its records in one transaction. Rejects with words the notice can show.
 */
export async function restoreDocument(
  removed: RemovedDocument,
  deps: RemovalDeps
): Promise<ArchiveDocumentEntry | null> {
  let result: ImportDocumentResult
  try {
    result = await deps.restore(removed.documentId)
  } catch (error) {
    result = { ok: false, reason: 'failed', message: errorText(error) }
  }
  if (!result.ok && result.reason !== 'duplicate')
    throw new Error(i18next.t('libraryRemoval.notRestored', { detail: result.message }))
  if (removed.data) await restoreDocumentData(removed.data, deps.database)
  return result.ok ? result.entry : null
}
