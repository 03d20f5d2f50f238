// The documents the app works on beyond the one open: the user's own, and the archive's they have annotated or
// bookmarked (read from main, for the bookmarks view, the exports and the titles of search hits). Their number
// grows with the user's notes, never with the archive.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { readArchiveDocument } from '../archive/archive-documents'
import { db } from '../db/folio-db'

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

/** `own` and `open`, then each archive document the user has notes on (as main reads them; a damaged one is left out). */
export function useNotedDocuments(
  own: readonly ArchiveDocumentEntry[],
  open: ArchiveDocumentEntry | undefined
): readonly ArchiveDocumentEntry[] {
  const ids = useNotedIds()
  const [read, setRead] = useState<ReadonlyMap<string, ArchiveDocumentEntry>>(new Map())
  const key = ids?.join('\n') ?? ''

  useEffect(() => {
    const ownIds = new Set(own.map((entry) => entry.id))
    const missing = (ids ?? []).filter((id) => !ownIds.has(id) && !read.has(id) && id !== open?.id)
    if (missing.length === 0) return
    let live = true
    void Promise.all(missing.map((id) => readArchiveDocument(id).catch(() => null))).then((results) => {
      if (!live) return
      setRead((current) => {
        const next = new Map(current)
        for (const result of results) if (result?.ok) next.set(result.entry.id, result.entry)
        return next
      })
    })
    return () => {
      live = false
    }
    // `key` stands for `ids`; `read` and `open` only narrow what is asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, own])

  return useMemo(() => {
    const byId = new Map<string, ArchiveDocumentEntry>(read)
    if (open && open.document.blocks.length > 0) byId.set(open.id, open)
    for (const entry of own) byId.delete(entry.id)
    return [...byId.values(), ...own]
  }, [read, open, own])
}
