// One annotation in the notes panel: its quote (and page, in a PDF), colour, rendered note, tags and dates, with
// actions to jump to the passage, edit, delete — and, for an orphan, re-attach to a new selection.

import { ColourAndDates, TagList } from './annotation-facts'
import { useState } from 'react'
import type { Anchor } from '../../../shared/anchoring/types'
import { pageOfPassage } from '../../../shared/copies/copy-page'
import type { Annotation } from '../db/annotation'
import { annotationDraftFields, type AnnotationDraftFields, type Draft } from '../db/draft'
import { deleteDraft } from '../db/drafts-store'
import { DraftOffer } from '../drafts/draft-offer'
import { useStoredDraft } from '../drafts/use-stored-draft'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { useJustSaved } from '../layout/use-just-saved'
import { AnnotationEditor, annotationDraftPreview } from './annotation-editor'
import { AnnotationLinks } from './annotation-links'
import { useAnnotations } from './annotations-context'
import { NoteMarkdown } from './note-markdown'
import { PassageActions } from './passage-actions'
import { revealPassage } from './reveal-passage'

const QUOTE_PREVIEW = 280
/** Longer notes are shown folded, so that a 100,000-character note does not flood the panel. */
const NOTE_PREVIEW = 1200

interface AnnotationCardProps {
  annotation: Annotation
  /** Undefined while anchoring, null for an orphan. */
  anchor: Anchor | null | undefined
}

export function AnnotationCard({ annotation: live, anchor }: AnnotationCardProps) {
  const { t } = useTranslation()
  const [annotation, remember] = useJustSaved(live)
  const { document, activeId, setActiveId, remove, selection, reattach } = useAnnotations()
  const notice = useNotice()
  const [unfolded, setUnfolded] = useState(false)
  const [resumeFrom, setResumeFrom] = useState<Draft<AnnotationDraftFields> | null>(null)
  const editing = activeId === annotation.id
  // A draft kept by a reload, a crash or another window is offered here; the open editor offers its own.
  const stored = useStoredDraft({ kind: 'annotation', annotationId: annotation.id }, annotation, annotationDraftFields)
  const folded = !unfolded && annotation.note.length > NOTE_PREVIEW
  const quote = annotation.target.selectors.quote.exact
  const shown = quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote
  const page = pageOfPassage(document.id, annotation.target.blockId)

  const run = (action: () => Promise<unknown>) => action().catch(notice.fail)

  return (
    <article
      className={`annotation-card color-${annotation.color}${editing ? ' is-active' : ''}`}
      data-annotation-id={annotation.id}
      aria-label={t('annotations.cardLabel', { quote: quote.slice(0, 60) })}
    >
      <button
        type="button"
        className="annotation-quote"
        disabled={!anchor}
        onClick={() => anchor && revealPassage(document, anchor)}
        title={anchor ? t('annotations.goToPassage') : undefined}
      >
        <blockquote>{shown}</blockquote>
      </button>
      {page !== null ? <p className="annotation-page">{t('annotations.onPage', { page })}</p> : null}
      {editing ? (
        <AnnotationEditor
          annotation={annotation}
          resumeFrom={resumeFrom}
          onDone={(saved) => {
            if (saved) remember(saved)
            setResumeFrom(null)
            setActiveId(null)
          }}
        />
      ) : (
        <>
          {stored ? (
            <DraftOffer
              stored={stored}
              preview={annotationDraftPreview(stored.draft.fields)}
              onResume={() => {
                setResumeFrom(stored.draft)
                setActiveId(annotation.id)
              }}
              onDiscard={() => deleteDraft(stored.draft.id)}
            />
          ) : null}
          {annotation.note ? (
            <NoteMarkdown text={folded ? `${annotation.note.slice(0, NOTE_PREVIEW)}…` : annotation.note} />
          ) : null}
          {annotation.note.length > NOTE_PREVIEW ? (
            <button type="button" className="link-button" aria-expanded={!folded} onClick={() => setUnfolded(folded)}>
              {folded ? t('annotations.unfold', { count: annotation.note.length }) : t('annotations.fold')}
            </button>
          ) : null}
          <TagList tags={annotation.tags} />
          <p className="annotation-dates">
            <ColourAndDates annotation={annotation} />
          </p>
          <AnnotationLinks annotation={annotation} document={document} />
          <div className="card-actions">
            <button type="button" className="link-button" onClick={() => setActiveId(annotation.id)}>
              {t('annotations.edit')}
            </button>
            {anchor === null ? (
              <button
                type="button"
                className="link-button"
                disabled={!selection}
                title={selection ? undefined : t('annotations.reattachHint')}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => run(() => reattach(annotation.id))}
              >
                {t('annotations.reattach')}
              </button>
            ) : null}
            <PassageActions annotation={annotation} document={document} quote={quote} page={page} />
            <button type="button" className="link-button is-danger" onClick={() => run(() => remove(annotation.id))}>
              {t('annotations.delete')}
            </button>
          </div>
        </>
      )}
    </article>
  )
}
