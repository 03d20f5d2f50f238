// Keeps the search worker's index in step with the library and the user's data: the user's own documents fed
// ahead (once the app is interactive, read from main a few at a time; one added later when it is added), a
// document's notes when one of them changes (read for that document alone), bookmarks when they change.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import type { ArchiveRow } from '../../../shared/archive/archive-types'
import { MAX_ARCHIVE_PAGE } from '../../../shared/ipc/contract'
import type { Annotation } from '../db/annotation'
import { annotationsOfDocument } from '../db/annotations-store'
import { db } from '../db/folio-db'
import { groupByDocument } from '../db/group-by-document'
import type { UserLibraryState } from '../library/use-library'
import { applyAnnotationChanges, latestUpdate, unheardIds, type SentAnnotations } from './annotation-changes'
import {
  BOOKMARKS_SCOPE,
  bookmarkEntries,
  documentEntries,
  documentScope,
  noteEntries,
  notesScope
} from './search-entries'
import { useCopiesFeed } from './copies-feed'
import { searchClient } from './search-client'
import { whenIdle } from './when-idle'

/** The user's documents read from main at once while they are fed to the worker. */
const READS_AT_ONCE = 4

/** The titles of the user's documents, as their rows were last listed: the search box names their hits with them. */
const ownTitles = new Map<string, string>()

/** The title of the user's document `id`, once the feed has listed it. */
export const ownDocumentTitle = (id: string): string | undefined => ownTitles.get(id)

/** Every row of the user's library, a page at a time; null when there is no main to ask or `live` turned false. */
async function listedRows(list: UserLibraryState['list'], live: () => boolean): Promise<ArchiveRow[] | null> {
  const rows: ArchiveRow[] = []
  for (let offset = 0; ;) {
    const page = await list({ offset, limit: MAX_ARCHIVE_PAGE })
    if (!page || !live()) return null
    rows.push(...page.rows)
    offset = page.offset + page.rows.length
    if (page.rows.length === 0 || offset >= page.total) return rows
  }
}

/**
 * Feeds the user's documents to the worker ahead, after the app is interactive and again after each change of the
 * library: their rows listed, then each document not sent yet, nor in the index the worker saved at the last session,
 * read from main (ids name content: one indexed is never read again), a few at a time; the documents no longer
 * listed leave the index.
 */
function useOwnDocumentsFeed(library: Pick<UserLibraryState, 'list' | 'own' | 'revision'>): void {
  const sent = useRef(new Set<string>())
  const { list, own, revision } = library
  useEffect(() => {
    let live = true
    const isLive = () => live
    const feed = async () => {
      const rows = await listedRows(list, isLive)
      if (!rows) return
      const saved = await searchClient.savedScopes()
      for (const row of rows) if (saved.has(documentScope(row.id))) sent.current.add(row.id)
      ownTitles.clear()
      for (const row of rows) if (!row.problem) ownTitles.set(row.id, row.title)
      const unsent = rows.filter((row) => !row.problem && !sent.current.has(row.id)).map((row) => row.id)
      let next = 0
      const reader = async () => {
        while (live && next < unsent.length) {
          const id = unsent[next++] as string
          const read = await own(id)
          if (!live || !read.ok) continue
          sent.current.add(id)
          ownTitles.set(id, read.entry.document.title)
          searchClient.sync(documentScope(id), documentEntries(read.entry))
        }
      }
      await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, unsent.length) }, reader))
      if (!live) return
      const listed = new Set(rows.map((row) => row.id))
      for (const id of sent.current) if (!listed.has(id)) sent.current.delete(id)
      searchClient.retain('doc:', [...sent.current].map(documentScope))
    }
    const cancel = whenIdle(() => {
      feed().catch((error: unknown) => console.warn('The search index was not given the library', error))
    })
    return () => {
      live = false
      cancel()
    }
  }, [list, own, revision])
}

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

/** Syncs the user's documents (fed ahead), their notes and their bookmarks into the search index, sending only what changed. */
export function useSearchSync(library: Pick<UserLibraryState, 'list' | 'own' | 'revision'>): void {
  const sentAnnotations = useRef<SentAnnotations>(new Map())
  const since = useRef('')
  const changes = useAnnotationChanges(sentAnnotations.current, since)
  const bookmarks = useLiveQuery(() => db.bookmarks.toArray(), [])
  const sent = useRef(new Map<string, string>())
  const notesQueue = useRef(Promise.resolve())
  useOwnDocumentsFeed(library)
  useCopiesFeed()

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
