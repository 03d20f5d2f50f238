// The form that edits a bookmark's note and tags, used on cards and in the bookmarks view.
// On a failed save the form stays open with the user's text, and the error says why.

import { useId, useState, type FormEvent } from 'react'
import type { Bookmark } from '../db/bookmark'
import { updateBookmark } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { useKeepOnFailure } from '../layout/use-keep-on-failure'
import { formatTagInput, parseTagInput } from './bookmark-entries'

interface BookmarkEditorProps {
  bookmark: Bookmark
  /** Called with the saved bookmark after a successful save, with null on cancel. */
  onClose(saved: Bookmark | null): void
}

/** Note (plain text) and comma-separated tags of one bookmark. Escape cancels. */
export function BookmarkEditor({ bookmark, onClose }: BookmarkEditorProps) {
  const { t } = useTranslation()
  const id = useId()
  const [note, setNote] = useState(bookmark.note)
  const [tags, setTags] = useState(formatTagInput(bookmark.tags))
  const { saving, error, run } = useKeepOnFailure()

  async function save(event: FormEvent) {
    event.preventDefault()
    const saved = await run(() => updateBookmark(bookmark.id, { note, tags: parseTagInput(tags) }))
    if (saved) onClose(saved)
  }

  return (
    <form
      className="bookmark-editor"
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose(null)
        }
      }}
    >
      <label htmlFor={`${id}-note`}>{t('bookmarks.editor.note')}</label>
      <textarea id={`${id}-note`} value={note} rows={3} onChange={(event) => setNote(event.target.value)} autoFocus />
      <label htmlFor={`${id}-tags`}>{t('bookmarks.editor.tags')}</label>
      <input
        id={`${id}-tags`}
        type="text"
        value={tags}
        aria-describedby={`${id}-tags-hint`}
        onChange={(event) => setTags(event.target.value)}
      />
      <p id={`${id}-tags-hint`} className="field-hint">
        {t('bookmarks.editor.tagsHint')}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {t('bookmarks.editor.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onClose(null)}>
          {t('bookmarks.editor.cancel')}
        </button>
      </div>
    </form>
  )
}
