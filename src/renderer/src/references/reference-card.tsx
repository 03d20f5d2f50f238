// A further-reading reference as a card: every bibliographic field (unknown ones say so), its
// bookmark, its formatted citation, an export, the verbatim source text, and a jump to its bullet.

import { useMemo } from 'react'
import { blockElementId } from '../../../shared/archive/block-element-id'
import type { Reference } from '../../../shared/archive/document'
import { BookmarkDetails } from '../bookmarks/bookmark-details'
import { BookmarkToggle } from '../bookmarks/bookmark-toggle'
import { useBookmarkToggle } from '../bookmarks/use-bookmark-toggle'
import type { BookmarkTarget } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { cardElementId, reveal } from '../layout/reveal'
import { CardField } from '../layout/card-field'
import { useNavigation } from '../layout/navigation'
import { CitationBlock } from './citation-block'
import { ReferenceExport } from './reference-export'

export function ReferenceCard({ reference }: { reference: Reference }) {
  const { t } = useTranslation()
  const { documentId } = useNavigation()
  const unknown = t('reference.unknown')
  const authors = reference.authors.map((person) => (person.given ? `${person.given} ${person.family}` : person.family))
  const title = reference.title ?? reference.sourceText
  const target = useMemo<BookmarkTarget>(
    () => ({ kind: 'reference', documentId, targetId: reference.id, label: title }),
    [documentId, reference.id, title]
  )
  const bookmark = useBookmarkToggle(target)
  return (
    <article
      className="card reference-card"
      id={cardElementId(reference.id)}
      aria-labelledby={`${reference.id}-title`}
      data-bookmark-card=""
    >
      <div className="card-header">
        <h3 id={`${reference.id}-title`}>{title}</h3>
        <BookmarkToggle state={bookmark} />
      </div>
      <BookmarkDetails state={bookmark} />
      <dl className="card-fields">
        <CardField
          label={t('reference.authors')}
          value={authors.length ? authors.join(', ') : null}
          unknown={unknown}
        />
        <CardField label={t('reference.container')} value={reference.container} unknown={unknown} />
        <CardField label={t('reference.year')} value={reference.year} unknown={unknown} />
        <CardField label={t('reference.volume')} value={reference.volume} unknown={unknown} />
        <CardField label={t('reference.issue')} value={reference.issue} unknown={unknown} />
        <CardField label={t('reference.pages')} value={reference.pages} unknown={unknown} />
      </dl>
      <CitationBlock reference={reference} />
      <figure className="card-source">
        <figcaption>{t('reference.source')}</figcaption>
        <blockquote>{reference.sourceText}</blockquote>
      </figure>
      <div className="card-actions">
        <button type="button" className="link-button" onClick={() => reveal(blockElementId(reference.blockId))}>
          {t('reference.showInText')}
        </button>
      </div>
      <ReferenceExport references={[reference]} scope={t('citations.export.one')} />
    </article>
  )
}
