// Keeps the search worker's index in step with the library and the user's data: documents when the
// library changes, a document's notes when one of them changes, bookmarks when they change.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Annotation } from '../db/annotation'
import { db } from '../db/folio-db'
import { BOOKMARKS_SCOPE, bookmarkEntries, documentEntries, documentScope, noteEntries, notesScope } from './search-entries'
import { searchClient } from './search-client'

/** A cheap fingerprint of a list of records: their ids and last changes. */
const fingerprint = (records: readonly { id: string; updatedAt: string }[]) => records.map((r) => `${r.id}@${r.updatedAt}`).join(',')

/** Syncs `documents`, all annotations and all bookmarks into the search index, sending only what changed. */
export function useSearchSync(documents: readonly ArchiveDocumentEntry[]): void {
  const annotations = useLiveQuery(() => db.annotations.toArray(), [])
  const bookmarks = useLiveQuery(() => db.bookmarks.toArray(), [])
  const sent = useRef(new Map<string, string>())

  useEffect(() => {
    if (documents.length === 0) return
    const scopes = documents.map((entry) => documentScope(entry.id))
    for (const entry of documents) {
      const scope = documentScope(entry.id)
      const key = `${entry.document.blocks.length}:${entry.document.titleLine}:${entry.document.blocks.map((b) => b.id).join(',')}`
      if (sent.current.get(scope) === key) continue
      sent.current.set(scope, key)
      searchClient.sync(scope, documentEntries(entry))
    }
    searchClient.retain('doc:', scopes)
  }, [documents])

  useEffect(() => {
    if (!annotations) return
    const byDocument = new Map<string, Annotation[]>()
    for (const annotation of annotations) byDocument.set(annotation.documentId, [...(byDocument.get(annotation.documentId) ?? []), annotation])
    for (const [docId, list] of byDocument) {
      const scope = notesScope(docId)
      const key = fingerprint(list)
      if (sent.current.get(scope) === key) continue
      sent.current.set(scope, key)
      searchClient.sync(scope, noteEntries(docId, list))
    }
    searchClient.retain('notes:', [...byDocument.keys()].map(notesScope))
    for (const scope of [...sent.current.keys()]) if (scope.startsWith('notes:') && !byDocument.has(scope.slice(6))) sent.current.delete(scope)
  }, [annotations])

  useEffect(() => {
    if (!bookmarks) return
    const key = fingerprint(bookmarks)
    if (sent.current.get(BOOKMARKS_SCOPE) === key) return
    sent.current.set(BOOKMARKS_SCOPE, key)
    searchClient.sync(BOOKMARKS_SCOPE, bookmarkEntries(bookmarks))
  }, [bookmarks])
}
