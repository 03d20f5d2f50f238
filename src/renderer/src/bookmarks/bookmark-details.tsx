// Under a bookmarked card: the bookmark's note and tags with a button to edit them, "Copier le lien" (the
// folio:// link back to the card), and the offer of a draft of them kept by a reload, a crash or another window.

import { useRef, useState } from 'react'
import { useOpenArchive } from '../archive/open-archive-context'
import type { Bookmark } from '../db/bookmark'
import type { BookmarkDraftFields, Draft } from '../db/draft'
import { BookmarkDraftOffer } from './bookmark-draft-offer'
import { useTranslation } from '../i18n/i18n'
import { useEditing } from '../layout/use-just-saved'
import { CopyPassageLinkButton } from '../links/copy-passage-link'
import { passageLinkOfBookmark } from '../links/passage-link-of'
import { BookmarkEditor } from './bookmark-editor'
import type { BookmarkToggleState } from './use-bookmark-toggle'

/** The note and tags of a card's bookmark (nothing when the card is not bookmarked). */
export function BookmarkDetails({ state }: { state: BookmarkToggleState }) {
  return state.bookmark ? <Details live={state.bookmark} /> : null
}

function Details({ live }: { live: Bookmark }) {
  const { t } = useTranslation()
  const archive = useOpenArchive()
  const editButton = useRef<HTMLButtonElement>(null)
  const edit = useEditing(live)
  const bookmark = edit.shown
  const [resumeFrom, setResumeFrom] = useState<Draft<BookmarkDraftFields> | null>(null)

  return (
    <div className="bookmark-details">
      {bookmark.note ? <p className="bookmark-note">{bookmark.note}</p> : null}
      {bookmark.tags.length > 0 ? (
        <p className="bookmark-tags">
          <span className="visually-hidden">{t('bookmarks.summary.tags')} </span>
          {bookmark.tags.map((tag) => (
            <span key={tag} className="tag-chip">
              {tag}
            </span>
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
            requestAnimationFrame(() => editButton.current?.focus())
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
          <button ref={editButton} type="button" className="link-button" onClick={edit.open}>
            {t('bookmarks.editor.open')}
          </button>
          {archive ? (
            <CopyPassageLinkButton link={passageLinkOfBookmark(archive.id, bookmark)} label={bookmark.label} />
          ) : null}
        </>
      )}
    </div>
  )
}
