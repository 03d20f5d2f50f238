// The bookmarks view (side panel, "Signets" tab): every bookmark, filterable by kind and tag, sorted
// by date or title; each goes to its target. Below, exports of the bookmarked references or all.

import { useId, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { BOOKMARK_KINDS, type Bookmark, type BookmarkKind } from '../db/bookmark'
import { deleteBookmark, restoreBookmark } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { ReferenceExport } from '../references/reference-export'
import {
  BOOKMARK_SORTS,
  bookmarkedReferences,
  resolveBookmarks,
  sortBookmarks,
  type BookmarkSort
} from './bookmark-entries'
import { BookmarkItem } from './bookmark-item'
import { useBookmarkCounts, useBookmarks, useBookmarkTags } from './use-bookmarks'

/** All bookmarks, across the archive's documents. */
export function BookmarksView({ documents }: { documents: readonly ArchiveDocumentEntry[] }) {
  const { t } = useTranslation()
  const id = useId()
  const [kind, setKind] = useState<BookmarkKind | null>(null)
  const [tag, setTag] = useState<string | null>(null)
  const [sort, setSort] = useState<BookmarkSort>('date')
  const notice = useNotice()
  const bookmarks = useBookmarks({ kind, tag })
  const counts = useBookmarkCounts()
  const tags = useBookmarkTags()
  const referenceBookmarks = useBookmarks({ kind: 'reference' }) ?? []
  const entries = sortBookmarks(resolveBookmarks(bookmarks ?? [], documents), sort)
  // Tags match whatever their case: show the chosen tag as the list spells it.
  const shownTag =
    tag === null ? '' : (tags.find((known) => known.toLocaleLowerCase('fr') === tag.toLocaleLowerCase('fr')) ?? tag)

  async function remove(bookmark: Bookmark) {
    try {
      const deleted = await deleteBookmark(bookmark.id)
      if (deleted) {
        notice.offerUndo({
          message: t('bookmarks.list.deleted', { label: deleted.label }),
          undo: () => restoreBookmark(deleted),
          undone: t('bookmarks.toggle.restored')
        })
      }
    } catch (failure) {
      notice.fail(failure)
    }
  }

  return (
    <div className="bookmarks-view">
      <div className="bookmark-filters" role="group" aria-label={t('bookmarks.filters.label')}>
        <div className="kind-filter" role="group" aria-label={t('bookmarks.filters.kind')}>
          {([null, ...BOOKMARK_KINDS] as const).map((option) => (
            <button
              key={option ?? 'all'}
              type="button"
              className="filter-chip"
              aria-pressed={kind === option}
              onClick={() => setKind(option)}
            >
              {t(`bookmarks.kindsPlural.${option ?? 'all'}`)}{' '}
              <span className="count">{counts?.[option ?? 'all'] ?? 0}</span>
            </button>
          ))}
        </div>
        <div className="filter-selects">
          <label htmlFor={`${id}-tag`}>{t('bookmarks.filters.tag')}</label>
          <select id={`${id}-tag`} value={shownTag} onChange={(event) => setTag(event.target.value || null)}>
            <option value="">{t('bookmarks.filters.anyTag')}</option>
            {(shownTag && !tags.includes(shownTag) ? [shownTag, ...tags] : tags).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-sort`}>{t('bookmarks.filters.sort')}</label>
          <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as BookmarkSort)}>
            {BOOKMARK_SORTS.map((option) => (
              <option key={option} value={option}>
                {t(option === 'date' ? 'bookmarks.filters.byDate' : 'bookmarks.filters.byTitle')}
              </option>
            ))}
          </select>
        </div>
      </div>

      {bookmarks === undefined ? (
        <p className="muted" aria-busy="true">
          {t('bookmarks.list.loading')}
        </p>
      ) : entries.length === 0 ? (
        <p className="bookmarks-empty">{counts?.all ? t('bookmarks.list.noMatch') : t('bookmarks.list.empty')}</p>
      ) : (
        <>
          <p className="bookmark-count">{t('bookmarks.list.count', { count: entries.length })}</p>
          <ul className="bookmark-list">
            {entries.map((entry) => (
              <BookmarkItem
                key={entry.bookmark.id}
                entry={entry}
                activeTag={tag}
                onTag={(chosen) => setTag(chosen === tag ? null : chosen)}
                onDelete={() => void remove(entry.bookmark)}
              />
            ))}
          </ul>
        </>
      )}

      <section className="bookmarks-export" aria-labelledby="bookmarks-export-title">
        <h3 id="bookmarks-export-title">{t('bookmarks.export.title')}</h3>
        <ReferenceExport
          references={bookmarkedReferences(referenceBookmarks, documents)}
          scope={t('bookmarks.export.bookmarked')}
          title={t('bookmarks.export.bookmarked')}
        />
        <ReferenceExport
          references={documents.flatMap((entry) => entry.document.references)}
          scope={t('bookmarks.export.all')}
          title={t('bookmarks.export.all')}
        />
      </section>
    </div>
  )
}
