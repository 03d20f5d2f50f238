// Keeps the search worker's index in step with the library and the user's data: documents when the
// library changes, a document's notes when one of them changes (read for that document alone), bookmarks
// when they change.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Annotation } from '../db/annotation'
import { annotationsOfDocument } from '../db/annotations-store'
import { db } from '../db/folio-db'
import { groupByDocument } from '../db/group-by-document'
import { applyAnnotationChanges, latestUpdate, unheardIds, type SentAnnotations } from './annotation-changes'
import {
  BOOKMARKS_SCOPE,
  bookmarkEntries,
  documentEntries,
  documentScope,
  noteEntries,
  notesScope
} from './search-entries'
import { searchClient } from './search-client'

/** A cheap fingerprint of a list of records: their ids and last changes. */
const fingerprint = (records: readonly { id: string; updatedAt: string }[]) =>
  records.map((r) => `${r.id}@${r.updatedAt}`).join(',')

/**
 * The table's ids and the annotations changed since `since` (plus any the index never heard of), live.
 * Reading ids only costs far less than reading every note; the notes read are the changed ones.
 */
function useAnnotationChanges(sent: SentAnnotations, since: { current: string }) {
  return useLiveQuery(async () => {
    // The first read takes every note: then `changed` holds each document's notes whole.
    const complete = since.current === ''
    const ids = (await db.annotations.toCollection().primaryKeys()) as string[]
    const changed = await db.annotations.where('updatedAt').aboveOrEqual(since.current).toArray()
    const unheard = unheardIds(sent, ids, changed)
    const restored = unheard.length
      ? (await db.annotations.bulkGet(unheard)).filter(
          (annotation): annotation is Annotation => annotation !== undefined
        )
      : []
    return { ids, changed: [...changed, ...restored], complete }
  }, [])
}

/** Syncs `documents`, the user's notes and their bookmarks into the search index, sending only what changed. */
export function useSearchSync(documents: readonly ArchiveDocumentEntry[]): void {
  const sentAnnotations = useRef<SentAnnotations>(new Map())
  const since = useRef('')
  const changes = useAnnotationChanges(sentAnnotations.current, since)
  const bookmarks = useLiveQuery(() => db.bookmarks.toArray(), [])
  const sent = useRef(new Map<string, string>())
  const notesQueue = useRef(Promise.resolve())

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
    if (!changes) return
    const affected = applyAnnotationChanges(sentAnnotations.current, changes.ids, changes.changed)
    since.current = latestUpdate(since.current, changes.changed)
    if (affected.size === 0) return
    const withNotes = new Set([...sentAnnotations.current.values()].map((annotation) => annotation.documentId))
    // Each scope is re-sent whole: from the notes just read when they are all there (the first read), else
    // from its own notes read now, one document at a time, in order.
    const read = changes.complete ? groupByDocument(changes.changed) : null
    notesQueue.current = notesQueue.current
      .then(async () => {
        for (const docId of affected) {
          const list = withNotes.has(docId) ? (read?.get(docId) ?? (await annotationsOfDocument(docId))) : []
          if (list.length) searchClient.sync(notesScope(docId), noteEntries(docId, list))
        }
        searchClient.retain('notes:', [...withNotes].map(notesScope))
      })
      .catch((error: unknown) => console.warn('Search index not updated for notes', error))
  }, [changes])

  useEffect(() => {
    if (!bookmarks) return
    const key = fingerprint(bookmarks)
    if (sent.current.get(BOOKMARKS_SCOPE) === key) return
    sent.current.set(BOOKMARKS_SCOPE, key)
    searchClient.sync(BOOKMARKS_SCOPE, bookmarkEntries(bookmarks))
  }, [bookmarks])
}
