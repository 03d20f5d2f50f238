// The user's own documents, loaded from the main process, with add, remove and restore (undo of a remove).
// The shipped archive never changes; these are copies in the user's library folder.

import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  ArchiveDocumentEntry,
  ArchiveProblem,
  ImportDocumentResult,
  RemoveDocumentResult
} from '../../../shared/archive/archive-types'
import i18next from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'

export interface UserLibraryState {
  /** False until the first list came from main (or there is no main to ask). */
  loaded: boolean
  documents: ArchiveDocumentEntry[]
  problems: ArchiveProblem[]
  /** The user's document `id` as main listed it last, even before `documents` re-renders (just added, say). */
  own(id: string): ArchiveDocumentEntry | undefined
  add(): Promise<ImportDocumentResult>
  remove(id: string): Promise<RemoveDocumentResult>
  /** Puts back a document just removed (main keeps its copy in the library's trash). */
  restore(id: string): Promise<ImportDocumentResult>
}

/** The answer when there is no main process to ask (the page runs without the preload). */
const unavailable = () => ({ ok: false as const, reason: 'failed' as const, message: i18next.t('app.unavailable') })

/** The user's library; reloads after each change. */
export function useUserLibrary(): UserLibraryState {
  const [documents, setDocuments] = useState<ArchiveDocumentEntry[]>([])
  const [problems, setProblems] = useState<ArchiveProblem[]>([])
  const [loaded, setLoaded] = useState(false)
  const latest = useRef<ArchiveDocumentEntry[]>([])

  const reload = useCallback(async () => {
    try {
      const result = await getFolioApi()?.listLibrary()
      if (!result) return
      latest.current = result.documents
      setDocuments(result.documents)
      setProblems(result.problems)
    } finally {
      setLoaded(true)
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  const add = useCallback(async () => {
    const result = (await getFolioApi()?.importDocument()) ?? unavailable()
    if (result.ok) await reload()
    return result
  }, [reload])

  const remove = useCallback(
    async (id: string) => {
      const result = (await getFolioApi()?.removeDocument(id)) ?? unavailable()
      if (result.ok) await reload()
      return result
    },
    [reload]
  )

  const restore = useCallback(
    async (id: string) => {
      const result = (await getFolioApi()?.restoreDocument(id)) ?? unavailable()
      if (result.ok) await reload()
      return result
    },
    [reload]
  )

  const own = useCallback((id: string) => latest.current.find((doc) => doc.id === id), [])

  return { loaded, documents, problems, own, add, remove, restore }
}
