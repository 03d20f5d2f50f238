// Two devices that bookmarked the same thing while apart made two bookmarks of one target, each with its own id;
// the database holds one per target (`targetKey` is unique). Both devices settle it the same way, whatever order
// the bookmarks meet in: the one with the smaller id stays, with the other's note and tags added to its own, and
// the other is deleted everywhere. Nothing the user wrote on either is lost.

import type { Bookmark } from '../db/bookmark'
import { BOOKMARK_LIMITS } from '../db/bookmark'

/** The bookmark that stays when `a` and `b` mark the same target: the smaller id, holding both notes and tags. */
export function settleBookmarks(a: Bookmark, b: Bookmark): { kept: Bookmark; dropped: Bookmark } {
  const [kept, dropped] = a.id < b.id ? [a, b] : [b, a]
  const notes = [...new Set([kept.note, dropped.note].map((note) => note.trim()).filter(Boolean))]
  const note = notes.join('\n\n').slice(0, BOOKMARK_LIMITS.note)
  const tags = [...new Set([...kept.tags, ...dropped.tags])].slice(0, BOOKMARK_LIMITS.tags)
  const updatedAt = kept.updatedAt > dropped.updatedAt ? kept.updatedAt : dropped.updatedAt
  const same = note === kept.note && tags.length === kept.tags.length
  return { kept: same ? kept : { ...kept, note, tags, updatedAt }, dropped }
}
