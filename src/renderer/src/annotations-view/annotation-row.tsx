// One annotation in the annotations view: a tick box, its quote (which opens the passage), the start of its note (in
// Markdown, as the notes panel shows it), its tags, document, place, colour and dates — the card's frame and words.

import { ColourAndDates, TagList } from '../annotations/annotation-facts'
import { memo } from 'react'
import { NoteMarkdown } from '../annotations/note-markdown'
import type { Annotation } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import type { Place } from './document-info'

/** Characters of the quote and of the note shown in a row: the list stays a list, however long they are. */
const QUOTE_PREVIEW = 280
const NOTE_PREVIEW = 240

const cut = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text)

export interface AnnotationRowProps {
  annotation: Annotation
  /** Its document's title, or null when that document was not read. */
  title: string | null
  place: Place
  ticked: boolean
  orphan: boolean
  onTick(id: string, range: boolean): void
  onOpen(annotation: Annotation): void
}

export const AnnotationRow = memo(function AnnotationRow({
  annotation,
  title,
  place,
  ticked,
  orphan,
  onTick,
  onOpen
}: AnnotationRowProps) {
  const { t } = useTranslation()
  const quote = annotation.target.selectors.quote.exact
  const note = annotation.note.trim()
  return (
    <article
      className={`annotation-card annotations-view-card color-${annotation.color}${ticked ? ' is-ticked' : ''}`}
      data-annotation-id={annotation.id}
    >
      <input
        type="checkbox"
        className="annotations-view-tick"
        checked={ticked}
        aria-label={t('annotationsView.row.select', { quote: quote.slice(0, 60) })}
        // React's change of a checkbox is its click: shift held there ticks a range.
        onChange={(event) => onTick(annotation.id, (event.nativeEvent as MouseEvent).shiftKey === true)}
      />
      <div className="annotations-view-body">
        <button
          type="button"
          className="annotation-quote"
          title={t('annotationsView.row.open')}
          onClick={() => onOpen(annotation)}
        >
          <blockquote>{cut(quote, QUOTE_PREVIEW)}</blockquote>
        </button>
        {note ? (
          <div className="annotations-view-note">
            <NoteMarkdown text={cut(note, NOTE_PREVIEW)} />
          </div>
        ) : null}
        <TagList tags={annotation.tags} />
        <p className="annotation-dates">
          <span className="annotations-view-document">
            {title ?? t('annotationsView.row.unknownDocument', { id: annotation.documentId })}
          </span>
          {place ? (
            <>
              {' · '}
              {place.kind === 'page'
                ? t('annotations.onPage', { page: place.page })
                : t('annotationsView.row.section', { heading: place.heading })}
            </>
          ) : null}
          {orphan ? <span className="annotations-view-orphan"> · {t('annotationsView.row.orphan')}</span> : null}
          <br />
          <ColourAndDates annotation={annotation} />
        </p>
      </div>
    </article>
  )
})
