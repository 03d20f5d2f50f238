// Edits one annotation: colour, Markdown note (with a preview) and tags. What the user types is kept as
// a draft until it is saved (drafts/); saving keeps the editor open with the user's text when the write fails.

import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ANNOTATION_LIMITS, HIGHLIGHT_COLORS, type Annotation } from '../db/annotation'
import { allTags, updateAnnotation } from '../db/annotations-store'
import { textLength } from '../db/text-length'
import { annotationDraftFields, type AnnotationDraftFields, type Draft } from '../db/draft'
import { DraftConflict } from '../drafts/draft-conflict'
import { DraftOffer } from '../drafts/draft-offer'
import { useDraftEditing } from '../drafts/use-draft-editing'
import { formatNumber } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'
import { useKeepOnFailure } from '../layout/use-keep-on-failure'
import { NoteMarkdown } from './note-markdown'
import { TagInput } from './tag-input'

interface AnnotationEditorProps {
  annotation: Annotation
  /** A kept draft the user chose to resume (the card's "Reprendre le brouillon"). */
  resumeFrom?: Draft<AnnotationDraftFields> | null
  /** Called with the saved annotation after a successful save, with nothing on cancel. */
  onDone(saved?: Annotation): void
}

/** The editor's fields as the annotation has them saved. */
export const annotationFields = (annotation: Annotation): AnnotationDraftFields => ({
  color: annotation.color,
  note: annotation.note,
  tags: annotation.tags,
  tagText: ''
})

/** What a draft shows of itself in an offer: its note, else its tags. */
export const annotationDraftPreview = ({ note, tags, tagText }: AnnotationDraftFields): string =>
  note.trim() || [...tags, tagText].filter(Boolean).join(', ')

export function AnnotationEditor({ annotation, resumeFrom, onDone }: AnnotationEditorProps) {
  const { t } = useTranslation()
  const suggestions = useLiveQuery(() => allTags(), []) ?? []
  const draft = useDraftEditing({
    subject: { kind: 'annotation', annotationId: annotation.id },
    saved: annotation,
    savedFields: annotationFields(annotation),
    parse: annotationDraftFields,
    resumeFrom
  })
  const { color, note, tags, tagText } = draft.fields
  const [preview, setPreview] = useState(false)
  const { saving, error, run } = useKeepOnFailure()
  const noteLength = textLength(note)
  const tooLong = noteLength > ANNOTATION_LIMITS.note
  // A save of our own moves the live record on before the editor closes: that is no conflict.
  const conflict = draft.conflict && !saving

  // On failure the editor stays open with everything the user typed, and its draft stays kept.
  const save = async () => {
    if (conflict) return
    const saved = await run(() => updateAnnotation(annotation.id, { color, note, tags: [...tags, tagText] }))
    if (saved) {
      await draft.finish()
      onDone(saved)
    }
  }
  const cancel = () => {
    void draft.finish()
    onDone()
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
        if (event.key === 'Escape') cancel()
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save()
      }}
    >
      {draft.offer ? (
        <DraftOffer
          stored={draft.offer}
          preview={annotationDraftPreview(draft.offer.draft.fields)}
          onResume={draft.resume}
          onDiscard={draft.discard}
        />
      ) : null}
      {conflict ? (
        <DraftConflict
          savedNote={annotation.note}
          savedTags={annotation.tags}
          savedAt={annotation.updatedAt}
          onKeepMine={draft.keepMine}
          onTakeSaved={draft.takeSaved}
        />
      ) : null}
      <fieldset className="color-choice">
        <legend>{t('annotations.color')}</legend>
        {HIGHLIGHT_COLORS.map((value) => (
          <label key={value} className={`swatch swatch-${value}`} title={t(`annotations.colors.${value}`)}>
            <input
              type="radio"
              name="color"
              value={value}
              checked={color === value}
              onChange={() => draft.change({ color: value })}
            />
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
            onChange={(event) => draft.change({ note: event.target.value })}
          />
        )}
        <p className={tooLong ? 'note-count is-over' : 'note-count'}>
          {draft.kept ? <span className="draft-kept">{t('drafts.kept')} · </span> : null}
          {t('annotations.count', { count: noteLength, max: formatNumber(ANNOTATION_LIMITS.note) })}
        </p>
      </div>
      <TagInput
        tags={tags}
        text={tagText}
        suggestions={suggestions}
        onChange={(next, text) => draft.change({ tags: next, tagText: text })}
      />
      {error ? (
        <p className="editor-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit" className="primary-button" disabled={saving || conflict}>
          {t('annotations.save')}
        </button>
        <button type="button" className="secondary-button" onClick={cancel}>
          {t('annotations.cancel')}
        </button>
      </div>
    </form>
  )
}
