// The user's own documents as the renderer knows them: how many there are and what main says of their list, a page
// of rows or one document asked of main when needed (never the whole library), and add, remove, restore (undo).

import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  ArchivePageRequest,
  ArchiveProblem,
  ImportDocumentResult,
  LibraryDocumentResult,
  LibraryPage,
  RemoveDocumentResult
} from '../../../shared/archive/archive-types'
import type { PageLister } from '../archive/use-archive-rows'
import i18next from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'

/** While main fills the titles an older library lacks, the count is asked again this often (the rows then too). */
const TITLES_POLL_MS = 2000

export interface UserLibraryState {
  /** False until main has answered the first time (or there is no main to ask). */
  loaded: boolean
  /** How many documents the user added (damaged ones included). */
  count: number
  /** What main says of the list itself: library.json recovered, an entry it could not keep. */
  problems: ArchiveProblem[]
  /** Grows after each change of the library (an add, a removal, a restore, titles filled): lists fetch again. */
  revision: number
  /** A page of the user's rows in title order (for the paged list: use-archive-rows.ts). */
  list: PageLister
  /** The user's document `id`, read and checked by main now. */
  own(id: string): Promise<LibraryDocumentResult>
  add(): Promise<ImportDocumentResult>
  remove(id: string): Promise<RemoveDocumentResult>
  /** Puts back a document just removed (main keeps its copy in the library's trash). */
  restore(id: string): Promise<ImportDocumentResult>
  /** Reads the count and the lists again: documents were added another way (a drop, a launch's files). */
  refresh(): void
}

/** The answer when there is no main process to ask (the page runs without the preload). */
const unavailable = () => ({ ok: false as const, reason: 'failed' as const, message: i18next.t('app.unavailable') })

const listLibrary = (request: ArchivePageRequest): Promise<LibraryPage> | undefined =>
  getFolioApi()?.listLibrary(request)

const readOwn = (id: string): Promise<LibraryDocumentResult> =>
  getFolioApi()?.readLibraryDocument(id) ??
  Promise.resolve({ ok: false, unlisted: true, message: i18next.t('app.unavailable') })

const sameProblems = (a: readonly ArchiveProblem[], b: readonly ArchiveProblem[]) =>
  a.length === b.length && a.every((problem, index) => JSON.stringify(problem) === JSON.stringify(b[index]))

/** The user's library; asks main for its count again after each change. */
export function useUserLibrary(): UserLibraryState {
  const [count, setCount] = useState(0)
  const [problems, setProblems] = useState<ArchiveProblem[]>([])
  const [loaded, setLoaded] = useState(false)
  const [revision, setRevision] = useState(0)
  const changed = useCallback(() => setRevision((n) => n + 1), [])
  // Titles were being filled: once main is done, the rows are fetched once more, with them.
  const titlesPending = useRef(false)

  // One row is enough to learn the count and the list's problems.
  useEffect(() => {
    let live = true
    let poll: number | undefined
    const answered = listLibrary({ offset: 0, limit: 1 })
    if (!answered) {
      setLoaded(true)
      return
    }
    answered
      .then(
        (page) => {
          if (!live) return
          setCount(page.total)
          setProblems((current) => (sameProblems(current, page.problems) ? current : page.problems))
          if (page.titlesPending) poll = window.setTimeout(changed, TITLES_POLL_MS)
          else if (titlesPending.current) changed()
          titlesPending.current = page.titlesPending === true
        },
        (error: unknown) => console.warn('The library could not be listed', error)
      )
      .finally(() => live && setLoaded(true))
    return () => {
      live = false
      window.clearTimeout(poll)
    }
  }, [revision, changed])

  const add = useCallback(async () => {
    const result = (await getFolioApi()?.importDocument()) ?? unavailable()
    if (result.ok) changed()
    return result
  }, [changed])

  const remove = useCallback(
    async (id: string) => {
      const result = (await getFolioApi()?.removeDocument(id)) ?? unavailable()
      if (result.ok) changed()
      return result
    },
    [changed]
  )

  const restore = useCallback(
    async (id: string) => {
      const result = (await getFolioApi()?.restoreDocument(id)) ?? unavailable()
      if (result.ok) changed()
      return result
    },
    [changed]
  )

  return { loaded, count, problems, revision, list: listLibrary, own: readOwn, add, remove, restore, refresh: changed }
}
