// What gets indexed: each document's blocks, references and links, and the user's notes, tags and
// bookmarks — as search entries grouped in scopes that are re-synced whole when they change.

import type { SearchEntry } from '../../../shared/search/types'
import type { Annotation } from '../db/annotation'
import type { Bookmark } from '../db/bookmark'
import { scopedId } from '../../../shared/search/document-entries'

export { documentEntries, documentScope } from '../../../shared/search/document-entries'
export const notesScope = (docId: string): string => `notes:${docId}`
export const BOOKMARKS_SCOPE = 'bookmarks'

/** A document's annotations: the note (titled by its quote) and, separately, its tags. */
export function noteEntries(docId: string, annotations: readonly Annotation[]): SearchEntry[] {
  const scope = notesScope(docId)
  return annotations.flatMap((annotation) => {
    const quote = annotation.target.selectors.quote.exact
    const entries: SearchEntry[] = [
      {
        id: scopedId(scope, 'note', annotation.id),
        kind: 'note',
        docId,
        targetId: annotation.id,
        title: quote.slice(0, 200),
        text: annotation.note
      }
    ]
    if (annotation.tags.length) {
      entries.push({
        id: scopedId(scope, 'tag', annotation.id),
        kind: 'tag',
        docId,
        targetId: annotation.id,
        title: quote.slice(0, 200),
        text: annotation.tags.join(' · ')
      })
    }
    return entries
  })
}

/** Every bookmark: its label, note and tags. */
export function bookmarkEntries(bookmarks: readonly Bookmark[]): SearchEntry[] {
  return bookmarks.map((bookmark) => ({
    id: scopedId(BOOKMARKS_SCOPE, 'bookmark', bookmark.id),
    kind: 'bookmark',
    docId: bookmark.documentId,
    targetId: bookmark.id,
    title: bookmark.label,
    text: [bookmark.note, bookmark.tags.join(' · ')].filter(Boolean).join('\n')
  }))
}
