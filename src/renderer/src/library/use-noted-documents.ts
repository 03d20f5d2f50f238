// The documents the app works on beyond the one open: those the user has annotated or bookmarked, the archive's
// and their own (read from main, for the bookmarks view, the exports and the titles of search hits). Their number
// grows with the user's notes, never with the archive or the library.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import type { ArchiveDocumentEntry, LibraryDocumentResult } from '../../../shared/archive/archive-types'
import { readArchiveDocument } from '../archive/archive-documents'
import { db } from '../db/folio-db'
import type { UserLibraryState } from './use-library'

/** The ids main gives the user's own documents: those are read from the library, the others from the archive. */
const OWN_ID = /^u-[0-9a-f]{16}$/

/** The ids of the documents that hold an annotation or a bookmark, live. */
function useNotedIds(): readonly string[] | undefined {
  return useLiveQuery(async () => {
    const [annotated, bookmarked] = await Promise.all([
      db.annotations.orderBy('documentId').uniqueKeys(),
      db.bookmarks.orderBy('documentId').uniqueKeys()
    ])
    return [...new Set([...annotated, ...bookmarked].map(String))].sort()
  }, [])
}

/** A document read, and for one of the user's, the library's revision it was read in (read again after a change). */
type Read = { entry: ArchiveDocumentEntry; revision?: number }

/** One noted document as main reads it; null when it is damaged, gone or unreadable. */
async function readNoted(id: string, library: Pick<UserLibraryState, 'own'>): Promise<ArchiveDocumentEntry | null> {
  const read: LibraryDocumentResult = OWN_ID.test(id) ? await library.own(id) : await readArchiveDocument(id)
  return read.ok ? read.entry : null
}

/**
 * `open`, then each document the user has notes on (as main reads them; a damaged one is left out). The user's own
 * are read again after each change of the library (one removed leaves the list).
 */
export function useNotedDocuments(
  library: Pick<UserLibraryState, 'own' | 'revision'>,
  open: ArchiveDocumentEntry | undefined
): readonly ArchiveDocumentEntry[] {
  const ids = useNotedIds()
  const [read, setRead] = useState<ReadonlyMap<string, Read>>(new Map())
  const key = ids?.join('\n') ?? ''
  const { revision } = library

  useEffect(() => {
    const stale = (id: string) => {
      const known = read.get(id)
      return !known || (known.revision !== undefined && known.revision !== revision)
    }
    const missing = (ids ?? []).filter((id) => stale(id) && id !== open?.id)
    if (missing.length === 0) return
    let live = true
    void Promise.all(missing.map((id) => readNoted(id, library).catch(() => null))).then((results) => {
      if (!live) return
      setRead((current) => {
        const next = new Map(current)
        results.forEach((entry, index) => {
          const id = missing[index] as string
          if (entry) next.set(id, { entry, ...(OWN_ID.test(id) ? { revision } : {}) })
          else next.delete(id)
        })
        return next
      })
    })
    return () => {
      live = false
    }
    // `key` stands for `ids`; `read` and `open` only narrow what is asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision])

  return useMemo(() => {
    const noted = new Set(ids ?? [])
    const byId = new Map<string, ArchiveDocumentEntry>()
    for (const [id, { entry }] of read) if (noted.has(id)) byId.set(id, entry)
    if (open && open.document.blocks.length > 0) byId.set(open.id, open)
    return [...byId.values()]
  }, [read, open, ids])
}
