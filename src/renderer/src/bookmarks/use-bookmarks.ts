// Live reads of bookmarks and attached link URLs for components (Dexie liveQuery): each hook
// re-renders when the data changes, in this window or another. Writes go through db/bookmarks-store.

import { useLiveQuery } from 'dexie-react-hooks'
import type { Bookmark, BookmarkKind, LinkUrl } from '../db/bookmark'
import { bookmarkOf, bookmarkTags, linkUrlOf, listBookmarks, type BookmarkFilter } from '../db/bookmarks-store'

/** The thing's bookmark, null when it has none, undefined while loading. */
export function useBookmarkOf(
  kind: BookmarkKind,
  documentId: string,
  targetId: string | null
): Bookmark | null | undefined {
  return useLiveQuery(
    async () => (targetId ? ((await bookmarkOf(kind, documentId, targetId)) ?? null) : null),
    [kind, documentId, targetId]
  )
}

/** The bookmarks passing the filter (unsorted), undefined while loading. */
export function useBookmarks(filter: BookmarkFilter = {}): Bookmark[] | undefined {
  const { kind = null, tag = null } = filter
  return useLiveQuery(() => listBookmarks({ kind, tag }), [kind, tag])
}

/** The number of bookmarks of each kind, and in all. */
export function useBookmarkCounts(): Record<BookmarkKind | 'all', number> | undefined {
  return useLiveQuery(async () => {
    const all = await listBookmarks()
    const counts = { all: all.length, document: 0, position: 0, reference: 0, link: 0 }
    for (const bookmark of all) counts[bookmark.kind] += 1
    return counts
  }, [])
}

/** Every tag used on a bookmark, alphabetically. */
export function useBookmarkTags(): string[] {
  return useLiveQuery(() => bookmarkTags(), [], [])
}

/** The position bookmarks of one document (the blocks to mark in the reader). */
export function usePositionBookmarks(documentId: string): Bookmark[] {
  return useLiveQuery(
    async () => (await listBookmarks({ kind: 'position' })).filter((bookmark) => bookmark.documentId === documentId),
    [documentId],
    []
  )
}

/** The URL the user attached to a link: null when none, undefined while loading. */
export function useLinkUrl(linkId: string): LinkUrl | null | undefined {
  return useLiveQuery(async () => (await linkUrlOf(linkId)) ?? null, [linkId])
}
