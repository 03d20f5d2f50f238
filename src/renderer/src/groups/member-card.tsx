// Another member's annotation in the notes panel: the author's name, the passage (a click goes to it), the note
// and when it was last changed. Read-only: no edit, no delete, no link — it is theirs.

import { useEffect, useRef } from 'react'
import type { Anchor } from '../../../shared/anchoring/types'
import type { ArticleDocument } from '../../../shared/archive/document'
import { NoteMarkdown } from '../annotations/note-markdown'
import { revealPassage } from '../annotations/reveal-passage'
import { useTranslation } from '../i18n/i18n'
import { memberColor, type MemberAnnotation } from './use-member-annotations'

const QUOTE_PREVIEW = 280
const NOTE_PREVIEW = 1200

export function MemberCard({
  member,
  anchor,
  style,
  active,
  group,
  document
}: {
  member: MemberAnnotation
  anchor: Anchor | null | undefined
  style: number
  active: boolean
  group: string | null
  document: ArticleDocument
}) {
  const { t, i18n } = useTranslation()
  const card = useRef<HTMLElement>(null)
  const { annotation, author } = member
  const quote = annotation.target.selectors.quote.exact
  const note = annotation.note

  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: 'nearest' })
  }, [active])

  return (
    <article
      ref={card}
      className={`annotation-card member-card${active ? ' is-active' : ''}`}
      style={memberColor(style)}
      data-author={author.account}
      aria-label={t('groups.cardLabel', { name: author.name, quote: quote.slice(0, 60) })}
    >
      <p className="member-card-author">
        <strong>{author.name}</strong>
        {group ? <span className="muted"> · {t('groups.inGroup', { group })}</span> : null}
      </p>
      <button
        type="button"
        className="annotation-quote"
        disabled={!anchor}
        onClick={() => anchor && revealPassage(document, anchor)}
        title={anchor ? undefined : t('groups.orphan')}
      >
        <blockquote>{quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote}</blockquote>
      </button>
      {note ? <NoteMarkdown text={note.length > NOTE_PREVIEW ? `${note.slice(0, NOTE_PREVIEW)}…` : note} /> : null}
      <p className="annotation-dates">
        <time dateTime={annotation.updatedAt}>
          {new Date(annotation.updatedAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
      </p>
    </article>
  )
}
