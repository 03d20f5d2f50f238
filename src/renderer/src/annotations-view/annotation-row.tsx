// One annotation in the annotations view: a tick box, its quote (which opens the passage), the start of its note (in
// Markdown, as the notes panel shows it), its tags, document, place, colour and dates — the card's frame and words;
// and "Voir ses liens" when it has links, or, while the view shows an annotation's links, how this one is linked to it.

import { ColourAndDates, TagList } from '../annotations/annotation-facts'
import { memo } from 'react'
import { useRelationWords } from '../annotations/annotation-links'
import { quotePreview } from '../annotations/link-search'
import { NoteMarkdown } from '../annotations/note-markdown'
import type { Annotation } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import type { Place } from './document-info'
import type { LinkedEnd } from './filter-model'

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
  /** Its links, both ways (the same array while the links are unchanged). */
  links: readonly LinkedEnd[]
  /** The annotation whose links the view shows, when it is not this one; null otherwise. */
  focus: Annotation | null
  /** True when the view shows this annotation's links. */
  isFocus: boolean
  onTick(id: string, range: boolean): void
  onOpen(annotation: Annotation): void
  /** Filters the view to this annotation and what is linked to it. */
  onShowLinks(id: string): void
}

/** How the row's annotation is linked to the focus, in the card's words: "contredit → « … »", "← cité par « … »". */
function LinksToFocus({ links, focus }: { links: readonly LinkedEnd[]; focus: Annotation }) {
  const { t } = useTranslation()
  const words = useRelationWords()
  const toFocus = links.filter((end) => end.otherId === focus.id)
  if (toFocus.length === 0) return null
  const quote = quotePreview(focus)
  return (
    <ul className="annotations-view-relations" aria-label={t('annotationsView.row.relations')}>
      {toFocus.map((end, index) => {
        const relation = words(end.relation, end.direction)
        return (
          <li key={index}>
            {end.direction === 'outgoing' ? `${relation} → « ${quote} »` : `← ${relation} « ${quote} »`}
          </li>
        )
      })}
    </ul>
  )
}

export const AnnotationRow = memo(function AnnotationRow({
  annotation,
  title,
  place,
  ticked,
  orphan,
  links,
  focus,
  isFocus,
  onTick,
  onOpen,
  onShowLinks
}: AnnotationRowProps) {
  const { t } = useTranslation()
  const quote = annotation.target.selectors.quote.exact
  const note = annotation.note.trim()
  return (
    <article
      className={`annotation-card annotations-view-card color-${annotation.color}${ticked ? ' is-ticked' : ''}${
        isFocus ? ' is-link-focus' : ''
      }`}
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
        {isFocus ? <p className="annotations-view-focus">{t('annotationsView.row.focus')}</p> : null}
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
        {focus ? <LinksToFocus links={links} focus={focus} /> : null}
        {links.length > 0 && !isFocus ? (
          <button
            type="button"
            className="link-button annotations-view-show-links"
            aria-label={t('annotationsView.row.showLinksLabel', { count: links.length, quote: quote.slice(0, 60) })}
            onClick={() => onShowLinks(annotation.id)}
          >
            {t('annotationsView.row.showLinks', { count: links.length })}
          </button>
        ) : null}
      </div>
    </article>
  )
})
