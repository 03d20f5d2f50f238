// Edits one annotation: colour, Markdown note (with a preview) and tags. Saving keeps the editor
// open with the user's text when the write fails, and says why.

import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { HIGHLIGHT_COLORS, MAX_NOTE_LENGTH, type Annotation, type HighlightColor } from '../db/annotation'
import { allTags, updateAnnotation } from '../db/annotations-store'
import { formatNumber } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'
import { useKeepOnFailure } from '../layout/use-keep-on-failure'
import { NoteMarkdown } from './note-markdown'
import { TagInput } from './tag-input'

interface AnnotationEditorProps {
  annotation: Annotation
  /** Called with the saved annotation after a successful save, with nothing on cancel. */
  onDone(saved?: Annotation): void
}

export function AnnotationEditor({ annotation, onDone }: AnnotationEditorProps) {
  const { t } = useTranslation()
  const suggestions = useLiveQuery(() => allTags(), []) ?? []
  const [color, setColor] = useState<HighlightColor>(annotation.color)
  const [note, setNote] = useState(annotation.note)
  const [tags, setTags] = useState(annotation.tags)
  const [preview, setPreview] = useState(false)
  const { saving, error, run } = useKeepOnFailure()
  const tooLong = note.length > MAX_NOTE_LENGTH

  // On failure the editor stays open with everything the user typed.
  const save = async () => {
    const saved = await run(() => updateAnnotation(annotation.id, { color, note, tags }))
    if (saved) onDone(saved)
  }

  return (
    <form
      className="annotation-editor"
      aria-label={t('annotations.editorLabel')}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone()
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save()
      }}
    >
      <fieldset className="color-choice">
        <legend>{t('annotations.color')}</legend>
        {HIGHLIGHT_COLORS.map((value) => (
          <label key={value} className={`swatch swatch-${value}`} title={t(`annotations.colors.${value}`)}>
            <input type="radio" name="color" value={value} checked={color === value} onChange={() => setColor(value)} />
            <span className="visually-hidden">{t(`annotations.colors.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="note-field">
        <div className="note-field-header">
          <label htmlFor={`note-${annotation.id}`}>{t('annotations.note')}</label>
          <button type="button" className="link-button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
            {preview ? t('annotations.write') : t('annotations.preview')}
          </button>
        </div>
        {preview ? (
          <NoteMarkdown text={note} />
        ) : (
          <textarea
            id={`note-${annotation.id}`}
            value={note}
            rows={6}
            autoFocus
            placeholder={t('annotations.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
        <p className={tooLong ? 'note-count is-over' : 'note-count'}>
          {t('annotations.count', { count: note.length, max: formatNumber(MAX_NOTE_LENGTH) })}
        </p>
      </div>
      <TagInput tags={tags} suggestions={suggestions} onChange={setTags} />
      {error ? (
        <p className="editor-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('annotations.save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('annotations.cancel')}
        </button>
      </div>
    </form>
  )
}
