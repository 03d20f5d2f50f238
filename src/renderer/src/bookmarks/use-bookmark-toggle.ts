// The state behind one bookmark toggle: is the thing bookmarked, toggle it, and undo a removal
// that would have lost a note or tags. Shared by the card toggles and the reader's bookmark bar.

import { useCallback, useState } from 'react'
import type { Bookmark } from '../db/bookmark'
import { restoreBookmark, toggleBookmark, type BookmarkTarget } from '../db/bookmarks-store'
import { useBookmarkOf } from './use-bookmarks'

export interface BookmarkToggleState {
  target: BookmarkTarget | null
  /** The bookmark, null when there is none, undefined while loading. */
  bookmark: Bookmark | null | undefined
  toggle(): Promise<void>
  /** The bookmark just removed, when it had a note or tags (so that the removal can be undone). */
  removed: Bookmark | null
  undo(): Promise<void>
  /** The last failure, in words for the user. */
  error: string | null
  dismiss(): void
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Bookmark state and actions for `target` (null: nothing to bookmark, e.g. no paragraph in view). */
export function useBookmarkToggle(target: BookmarkTarget | null): BookmarkToggleState {
  const bookmark = useBookmarkOf(target?.kind ?? 'document', target?.documentId ?? '', target?.targetId ?? null)
  const [removed, setRemoved] = useState<Bookmark | null>(null)
  const [error, setError] = useState<string | null>(null)

  const toggle = useCallback(async () => {
    if (!target) return
    setError(null)
    try {
      const result = await toggleBookmark(target)
      const lost = !result.bookmarked && (result.removed.note.trim() !== '' || result.removed.tags.length > 0)
      setRemoved(lost && !result.bookmarked ? result.removed : null)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }, [target])

  const undo = useCallback(async () => {
    if (!removed) return
    try {
      await restoreBookmark(removed)
      setRemoved(null)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }, [removed])

  const dismiss = useCallback(() => {
    setRemoved(null)
    setError(null)
  }, [])

  return { target, bookmark, toggle, removed, undo, error, dismiss }
}
