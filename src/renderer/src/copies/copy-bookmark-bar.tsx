// The bookmark toggles of a copy's reader: the copy itself, and the page at the top of the view (a position
// bookmark on the page's block, "page-<n>", which the bookmarks view opens at that page). Ctrl+D and
// Ctrl+Shift+D press them, as in an article; "Copier le lien" copies the link to that page (or to the copy).

import { useMemo } from 'react'
import { pageBlockId } from '../../../shared/copies/pdf-page-text'
import type { BookmarkTarget } from '../db/bookmarks-store'
import { BookmarkToggle } from '../bookmarks/bookmark-toggle'
import { CopyBookmarkLink } from '../bookmarks/copy-bookmark-link'
import { useBookmarkShortcut } from '../bookmarks/use-bookmark-shortcut'
import { useBookmarkToggle } from '../bookmarks/use-bookmark-toggle'
import { useTranslation } from '../i18n/i18n'

/**
 * The toggles for copy `copyId` (shown as `title`), whose page `page` is at the top of the view (null: a copy
 * without pages, a saved page, has only the copy's toggle).
 */
export function CopyBookmarkBar({ copyId, title, page }: { copyId: string; title: string; page: number | null }) {
  const { t } = useTranslation()
  const pageLabel = page === null ? null : t('copyCard.page', { page })
  const pageTarget = useMemo<BookmarkTarget | null>(
    () =>
      page === null || pageLabel === null
        ? null
        : { kind: 'position', documentId: copyId, targetId: pageBlockId(page), label: pageLabel },
    [copyId, page, pageLabel]
  )
  const copyTarget = useMemo<BookmarkTarget>(
    () => ({ kind: 'document', documentId: copyId, targetId: copyId, label: title }),
    [copyId, title]
  )
  const position = useBookmarkToggle(pageTarget)
  const whole = useBookmarkToggle(copyTarget)
  useBookmarkShortcut({ position: () => void position.toggle(), document: () => void whole.toggle() })
  return (
    <div className="copy-bookmark-bar" role="group" aria-label={t('bookmarks.bar.label')}>
      <BookmarkToggle state={whole} label={t('bookmarks.bar.document')} hint={t('bookmarks.bar.documentHint')} />
      {pageLabel === null ? null : <BookmarkToggle state={position} label={pageLabel} hint={t('copyCard.pageHint')} />}
      <CopyBookmarkLink target={pageTarget ?? copyTarget} />
    </div>
  )
}
