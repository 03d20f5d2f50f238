// The state behind one bookmark toggle: is the thing bookmarked, and toggle it. A removal that loses a
// note or tags can be undone like any removal in Folio (the notice's "Annuler", Ctrl+Z); a failure is
// said in the notice too. Shared by the card toggles and the reader's bookmark bar.

import { useCallback } from 'react'
import type { Bookmark } from '../db/bookmark'
import { restoreBookmark, toggleBookmark, type BookmarkTarget } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { useBookmarkOf } from './use-bookmarks'

export interface BookmarkToggleState {
  target: BookmarkTarget | null
  /** The bookmark, null when there is none, undefined while loading. */
  bookmark: Bookmark | null | undefined
  toggle(): Promise<void>
}

/** Bookmark state and actions for `target` (null: nothing to bookmark, e.g. no paragraph in view). */
export function useBookmarkToggle(target: BookmarkTarget | null): BookmarkToggleState {
  const { t } = useTranslation()
  const notice = useNotice()
  const bookmark = useBookmarkOf(target?.kind ?? 'document', target?.documentId ?? '', target?.targetId ?? null)

  const toggle = useCallback(async () => {
    if (!target) return
    try {
      const result = await toggleBookmark(target)
      if (result.bookmarked) return
      const { removed } = result
      // A bare bookmark is put back with one more click; one with a note or tags is worth an undo.
      if (removed.note.trim() !== '' || removed.tags.length > 0) {
        notice.offerUndo({
          message: t('bookmarks.toggle.removed'),
          undo: () => restoreBookmark(removed),
          undone: t('bookmarks.toggle.restored')
        })
      }
    } catch (failure) {
      notice.fail(failure)
    }
  }, [target, notice, t])

  return { target, bookmark, toggle }
}
