// One entry of the bookmarks view: its kind, its label (a button that goes to it), where and when,
// its note and tags (a tag filters the list), and "Modifier" / "Supprimer" / "Copier le lien".

import { useState } from 'react'
import { useOpenArchive } from '../archive/open-archive-context'
import type { BookmarkDraftFields, Draft } from '../db/draft'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { useEditing } from '../layout/use-just-saved'
import { CopyPassageLinkButton } from '../links/copy-passage-link'
import { passageLinkOfBookmark } from '../links/passage-link-of'
import type { BookmarkEntry } from './bookmark-entries'
import { BookmarkDraftOffer } from './bookmark-draft-offer'
import { BookmarkEditor } from './bookmark-editor'

interface BookmarkItemProps {
  entry: BookmarkEntry
  /** The tag the list is filtered by, if any (its chip shows pressed). */
  activeTag: string | null
  onTag(tag: string): void
  onDelete(): void
}

/** A bookmark in the list. Going to a target the archive no longer has explains why instead. */
export function BookmarkItem({ entry, activeTag, onTag, onDelete }: BookmarkItemProps) {
  const { t, i18n } = useTranslation()
  const navigation = useNavigation()
  const archive = useOpenArchive()
  const [missing, setMissing] = useState(false)
  const { documentTitle, found, blockId } = entry
  const edit = useEditing(entry.bookmark)
  const bookmark = edit.shown
  const [resumeFrom, setResumeFrom] = useState<Draft<BookmarkDraftFields> | null>(null)
  const added = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(bookmark.createdAt))

  function go() {
    if (!found || !blockId) {
      setMissing(true)
      if (documentTitle !== null) navigation.openDocument(bookmark.documentId)
      return
    }
    if (bookmark.kind === 'reference' || bookmark.kind === 'link')
      navigation.goToCard(bookmark.documentId, bookmark.targetId)
    else navigation.goToBlock(bookmark.documentId, blockId)
  }

  return (
    <li className={found ? 'bookmark-item' : 'bookmark-item is-missing'} data-kind={bookmark.kind}>
      <div className="bookmark-item-head">
        <span className={`kind-badge is-${bookmark.kind}`}>{t(`bookmarks.kinds.${bookmark.kind}`)}</span>
        <button
          type="button"
          className="bookmark-go"
          aria-label={t('bookmarks.list.goTo', { label: bookmark.label })}
          onClick={go}
        >
          {bookmark.label}
        </button>
      </div>
      <p className="bookmark-meta">
        {documentTitle && bookmark.kind !== 'document' ? (
          <span>{t('bookmarks.list.inDocument', { title: documentTitle })} · </span>
        ) : null}
        <time dateTime={bookmark.createdAt}>{t('bookmarks.list.addedOn', { date: added })}</time>
        {found ? null : <span className="bookmark-missing"> · {t('bookmarks.list.missing')}</span>}
      </p>
      {missing ? (
        <p className="bookmark-missing-hint" role="status">
          {t('bookmarks.list.missingHint')}
        </p>
      ) : null}
      {bookmark.note ? <p className="bookmark-note">{bookmark.note}</p> : null}
      {bookmark.tags.length > 0 ? (
        <p className="bookmark-tags">
          <span className="visually-hidden">{t('bookmarks.summary.tags')} </span>
          {bookmark.tags.map((tag) => (
            <button
              key={tag}
              type="button"
              className="tag-chip"
              aria-pressed={tag === activeTag}
              title={t('bookmarks.list.filterByTag', { tag })}
              onClick={() => onTag(tag)}
            >
              {tag}
            </button>
          ))}
        </p>
      ) : null}
      {edit.editing ? (
        <BookmarkEditor
          bookmark={bookmark}
          resumeFrom={resumeFrom}
          onClose={(saved) => {
            setResumeFrom(null)
            edit.close(saved)
          }}
        />
      ) : (
        <>
          <BookmarkDraftOffer
            bookmark={bookmark}
            onResume={(draft) => {
              setResumeFrom(draft)
              edit.open()
            }}
          />
          <div className="bookmark-item-actions">
            <button
              type="button"
              className="link-button"
              aria-label={t('bookmarks.list.editLabel', { label: bookmark.label })}
              onClick={edit.open}
            >
              {t('bookmarks.list.edit')}
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={t('bookmarks.list.deleteLabel', { label: bookmark.label })}
              onClick={onDelete}
            >
              {t('bookmarks.list.delete')}
            </button>
            {archive ? (
              <CopyPassageLinkButton link={passageLinkOfBookmark(archive.id, bookmark)} label={bookmark.label} />
            ) : null}
          </div>
        </>
      )}
    </li>
  )
}
