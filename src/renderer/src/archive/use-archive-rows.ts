// A list's rows (the archive's, or the user's own documents), fetched from main a page at a time as they scroll into
// view: the renderer never holds the list, whatever its size. A new title filter starts again from its first page.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ArchivePage, ArchivePageRequest, ArchiveRow } from '../../../shared/archive/archive-types'
import { getFolioApi } from '../ipc/folio-client'
import type { LibraryRow, LibraryRows } from '../library/document-list'

/** Rows fetched at once: a few screens of the list. */
export const ROWS_PAGE = 100

/** Asks main for one page of a list; undefined when there is no main to ask. */
export type PageLister = (request: ArchivePageRequest) => Promise<ArchivePage> | undefined

/** The archive's pages. */
const listArchive: PageLister = (request) => getFolioApi()?.listArchive(request)

/** The list's row for one of main's: a damaged one opens as its problem. */
export const archiveRow = (row: ArchiveRow): LibraryRow =>
  row.problem
    ? { id: row.id, title: row.title, damaged: { id: row.id, file: row.file, title: row.title, problem: row.problem } }
    : { id: row.id, title: row.title }

type Pages = Map<number, { generation: number; rows: LibraryRow[] }>

interface Fetched {
  query: string
  total: number | undefined
  /** Each page's rows, with the refresh they were fetched in (an older one is shown while fetched again). */
  pages: Pages
  /** Where the open document is among the rows (main says, with the first page). */
  located?: { id: string; index: number }
}

export interface PagedRows {
  rows: LibraryRows
  /** How many rows match the filter (all of them without one); undefined until main has answered. */
  total: number | undefined
  /** Fetches the rows again (a document found damaged when opened shows as such). */
  refresh(): void
}

/** The archive's rows matching `query` ({@link usePagedRows} over listArchive). */
export const useArchiveRows = (query: string, open: boolean, locate?: string): PagedRows =>
  usePagedRows(listArchive, query, open, locate)

/**
 * The rows of the list `list` pages (a stable function) matching `query`; `open` false (no archive, an empty
 * library) gives none. `locate` (the open document) is placed in the list even before its page is fetched, so the
 * list can scroll to it.
 */
export function usePagedRows(list: PageLister, query: string, open: boolean, locate?: string): PagedRows {
  const [fetched, setFetched] = useState<Fetched>(() => ({ query, total: undefined, pages: new Map() }))
  // The pages asked for the filter typed last (a filter typed again is asked again: its rows were let go).
  const asked = useRef({ query, keys: new Set<string>() })
  if (asked.current.query !== query) asked.current = { query, keys: new Set() }
  const [generation, setGeneration] = useState(0)
  // The filter typed last: an answer to an earlier one, arriving late, is dropped.
  const latestQuery = useRef(query)
  latestQuery.current = query

  const fetchPage = useCallback(
    function fetchPage(page: number, where?: string, verify = false) {
      const key = `${generation}|${query}|${page}|${where ?? ''}|${verify}`
      const { keys } = asked.current
      if (!open || keys.has(key)) return
      const request = {
        offset: page * ROWS_PAGE,
        limit: ROWS_PAGE,
        ...(query.trim() ? { query } : {}),
        ...(where ? { locate: where } : {}),
        ...(verify ? { verify } : {})
      }
      const answered = list(request)
      if (!answered) return
      keys.add(key)
      answered.then(
        (answer: ArchivePage) => {
          if (latestQuery.current !== query) return
          // The rows are shown at once; their files are checked next, and a damaged one is marked then.
          if (answer.unverified && !verify) fetchPage(page, where, true)
          setFetched((current) => {
            // A new filter shows from its first page: count and first rows together. A later page that comes
            // first is asked again once the list draws it.
            if (current.query !== query && page !== 0) {
              keys.delete(key)
              return current
            }
            const base: Fetched = current.query === query ? current : { query, total: undefined, pages: new Map() }
            const pages = new Map(base.pages)
            pages.set(page, { generation, rows: answer.rows.map(archiveRow) })
            const located =
              where && answer.located !== undefined && answer.located >= 0
                ? { id: where, index: answer.located }
                : base.located
            return { query, total: answer.total, pages, ...(located ? { located } : {}) }
          })
        },
        (error: unknown) => {
          keys.delete(key)
          console.warn('A page of the list could not be read', error)
        }
      )
    },
    [list, open, query, generation]
  )

  // Each filter (and each refresh, and each document opened) starts from its first page, the open one located.
  useEffect(() => fetchPage(0, locate), [fetchPage, locate])

  // Until the new filter's first page comes, the rows of the one before stay (the list never blinks empty).
  const shown = fetched
  const rows = useMemo<LibraryRows>(() => {
    const pages: Pages = shown?.pages ?? new Map()
    return {
      length: shown?.total ?? 0,
      query: shown.query,
      ...(shown?.located ? { located: shown.located } : {}),
      at: (index) => pages.get(Math.floor(index / ROWS_PAGE))?.rows[index % ROWS_PAGE],
      findIndex(match) {
        for (const [page, { rows }] of pages) {
          const at = rows.findIndex(match)
          if (at >= 0) return page * ROWS_PAGE + at
        }
        return -1
      },
      want(from, to) {
        for (let page = Math.floor(from / ROWS_PAGE); page * ROWS_PAGE < to; page++)
          if (pages.get(page)?.generation !== generation) fetchPage(page, page === 0 ? locate : undefined)
      }
    }
  }, [shown, fetchPage, generation, locate])

  const refresh = useCallback(() => {
    asked.current.keys.clear()
    setGeneration((n) => n + 1)
  }, [])
  return { rows, total: shown?.total, refresh }
}
