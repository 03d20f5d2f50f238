// The form that edits a bookmark's note and tags, used on cards and in the bookmarks view. What the
// user types is kept as a draft until saved (drafts/); on a failed save the form stays open with it.

import { useId, type FormEvent } from 'react'
import type { Bookmark } from '../db/bookmark'
import { updateBookmark } from '../db/bookmarks-store'
import { bookmarkDraftFields, type BookmarkDraftFields, type Draft } from '../db/draft'
import { DraftConflict } from '../drafts/draft-conflict'
import { DraftOffer } from '../drafts/draft-offer'
import { useDraftEditing } from '../drafts/use-draft-editing'
import { useTranslation } from '../i18n/i18n'
import { useKeepOnFailure } from '../layout/use-keep-on-failure'
import { bookmarkDraftPreview, bookmarkFields } from './bookmark-draft-offer'
import { parseTagInput } from './bookmark-entries'

interface BookmarkEditorProps {
  bookmark: Bookmark
  /** A kept draft the user chose to resume (the card's "Reprendre le brouillon"). */
  resumeFrom?: Draft<BookmarkDraftFields> | null
  /** Called with the saved bookmark after a successful save, with null on cancel. */
  onClose(saved: Bookmark | null): void
}

/** Note (plain text) and comma-separated tags of one bookmark. Escape cancels. */
export function BookmarkEditor({ bookmark, resumeFrom, onClose }: BookmarkEditorProps) {
  const { t } = useTranslation()
  const id = useId()
  const draft = useDraftEditing({
    subject: { kind: 'bookmark', targetKey: bookmark.targetKey },
    saved: bookmark,
    savedFields: bookmarkFields(bookmark),
    parse: bookmarkDraftFields,
    resumeFrom
  })
  const { note, tags } = draft.fields
  const { saving, error, run } = useKeepOnFailure()
  // A save of our own moves the live record on before the form closes: that is no conflict.
  const conflict = draft.conflict && !saving

  async function save(event: FormEvent) {
    event.preventDefault()
    if (conflict) return
    const saved = await run(() => updateBookmark(bookmark.id, { note, tags: parseTagInput(tags) }))
    if (saved) {
      await draft.finish()
      onClose(saved)
    }
  }
  const cancel = () => {
    void draft.finish()
    onClose(null)
  }

  return (
    <form
      className="bookmark-editor"
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          cancel()
        }
      }}
    >
      {draft.offer ? (
        <DraftOffer
          stored={draft.offer}
          preview={bookmarkDraftPreview(draft.offer.draft.fields)}
          onResume={draft.resume}
          onDiscard={draft.discard}
        />
      ) : null}
      {conflict ? (
        <DraftConflict
          savedNote={bookmark.note}
          savedTags={bookmark.tags}
          savedAt={bookmark.updatedAt}
          onKeepMine={draft.keepMine}
          onTakeSaved={draft.takeSaved}
        />
      ) : null}
      <label htmlFor={`${id}-note`}>{t('bookmarks.editor.note')}</label>
      <textarea
        id={`${id}-note`}
        value={note}
        rows={3}
        onChange={(event) => draft.change({ note: event.target.value })}
        autoFocus
      />
      <label htmlFor={`${id}-tags`}>{t('bookmarks.editor.tags')}</label>
      <input
        id={`${id}-tags`}
        type="text"
        value={tags}
        aria-describedby={`${id}-tags-hint`}
        onChange={(event) => draft.change({ tags: event.target.value })}
      />
      <p id={`${id}-tags-hint`} className="field-hint">
        {t('bookmarks.editor.tagsHint')}
        {draft.kept ? <span className="draft-kept"> · {t('drafts.kept')}</span> : null}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={saving || conflict}>
          {t('bookmarks.editor.save')}
        </button>
        <button type="button" className="secondary-button" onClick={cancel}>
          {t('bookmarks.editor.cancel')}
        </button>
      </div>
    </form>
  )
}
