// The sidebar's "Retirer": runs the removal (document-removal.ts), moves the reader off the document, and
// offers "Annuler" through Folio's one undo (the notice's button, Ctrl+Z), which puts back file and notes.

import { useCallback } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { db } from '../db/folio-db'
import { useTranslation } from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'
import { useNavigation } from '../layout/navigation'
import { useNotice } from '../layout/notice'
import {
  removeDocument,
  RemovalError,
  restoreDocument,
  type RemovalDeps,
  type RemovedDocument
} from './document-removal'
import type { UserLibraryState } from './use-library'

/**
 * Removes a library document (with its notes when `deleteData`) and says how it went; `fallbackId` is the
 * document the reader shows instead when the removed one was open.
 */
export function useDocumentRemoval(
  library: UserLibraryState,
  fallbackId: string
): (entry: ArchiveDocumentEntry, deleteData: boolean) => Promise<void> {
  const { t } = useTranslation()
  const notice = useNotice()
  const { documentId, openDocument } = useNavigation()

  return useCallback(
    async (entry, deleteData) => {
      const api = getFolioApi()
      if (!api) return notice.show(t('app.unavailable'), 'error')
      const deps: RemovalDeps = { database: db, api, remove: library.remove, restore: library.restore }
      const title = entry.document.title
      const wasOpen = documentId === entry.id
      const offer = (removed: RemovedDocument, message: string, kind: 'info' | 'error') => {
        if (wasOpen) openDocument(fallbackId)
        notice.offerUndo({
          message,
          kind,
          undo: async () => {
            await restoreDocument(removed, deps)
            if (wasOpen) openDocument(entry.id)
          },
          undone: t(removed.data ? 'libraryRemoval.restoredWithData' : 'libraryRemoval.restored', { title })
        })
      }
      try {
        const removed = await removeDocument(entry, deleteData, deps)
        offer(removed, t(removed.data ? 'libraryRemoval.removedWithData' : 'libraryRemoval.removed', { title }), 'info')
      } catch (error) {
        // The copy left but the notes could not: they are all there, and "Annuler" puts the copy back.
        if (error instanceof RemovalError && error.removed) offer(error.removed, error.message, 'error')
        else notice.fail(error)
      }
    },
    [documentId, fallbackId, library.remove, library.restore, notice, openDocument, t]
  )
}
