// A further-reading reference as a card: every bibliographic field (unknown ones say so),
// the verbatim source text, and a jump to the bullet where the article cites it.

import type { Reference } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { blockElementId, cardElementId, reveal } from '../layout/reveal'
import { CardField } from '../layout/card-field'

export function ReferenceCard({ reference }: { reference: Reference }) {
  const { t } = useTranslation()
  const unknown = t('reference.unknown')
  const authors = reference.authors.map((person) => (person.given ? `${person.given} ${person.family}` : person.family))
  return (
    <article className="card reference-card" id={cardElementId(reference.id)} aria-labelledby={`${reference.id}-title`}>
      <h3 id={`${reference.id}-title`}>{reference.title ?? reference.sourceText}</h3>
      <dl className="card-fields">
        <CardField label={t('reference.authors')} value={authors.length ? authors.join(', ') : null} unknown={unknown} />
        <CardField label={t('reference.container')} value={reference.container} unknown={unknown} />
        <CardField label={t('reference.year')} value={reference.year} unknown={unknown} />
        <CardField label={t('reference.volume')} value={reference.volume} unknown={unknown} />
        <CardField label={t('reference.issue')} value={reference.issue} unknown={unknown} />
        <CardField label={t('reference.pages')} value={reference.pages} unknown={unknown} />
      </dl>
      <figure className="card-source">
        <figcaption>{t('reference.source')}</figcaption>
        <blockquote>{reference.sourceText}</blockquote>
      </figure>
      <div className="card-actions">
        <button type="button" className="link-button" onClick={() => reveal(blockElementId(reference.blockId))}>
          {t('reference.showInText')}
        </button>
      </div>
    </article>
  )
}
