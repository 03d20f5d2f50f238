// An external link as a card: title, author, year, site, format and size, archive date,
// both URLs (or "inconnue dans la source"), a status, and the verbatim source text.

import type { ExternalLink } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { formatIsoDate } from '../i18n/format'
import { blockElementId, cardElementId, reveal } from '../layout/reveal'
import { CardField } from '../layout/card-field'

function linkStatus(link: ExternalLink): 'unknown-url' | 'archived' | 'live' {
  if (link.archivedUrl) return 'archived'
  if (link.originalUrl) return 'live'
  return 'unknown-url'
}

export function LinkCard({ link }: { link: ExternalLink }) {
  const { t } = useTranslation()
  const unknown = t('link.unknown')
  const status = linkStatus(link)
  const statusText = {
    'unknown-url': t('link.statusUnknownUrl'),
    archived: t('link.statusArchived'),
    live: t('link.statusLive')
  }[status]
  return (
    <article className="card link-card" id={cardElementId(link.id)} aria-labelledby={`${link.id}-title`}>
      <h3 id={`${link.id}-title`}>{link.title}</h3>
      <dl className="card-fields">
        <CardField label={t('link.author')} value={link.author} unknown={unknown} />
        <CardField label={t('link.year')} value={link.year} unknown={unknown} />
        <CardField label={t('link.publisher')} value={link.publisher} unknown={unknown} />
        <CardField label={t('link.format')} value={link.format} unknown={unknown} />
        <CardField label={t('link.size')} value={link.size} unknown={unknown} />
        <CardField
          label={t('link.archived')}
          value={
            link.archiveDate ? (
              <time dateTime={link.archiveDate}>{t('link.archivedOn', { date: formatIsoDate(link.archiveDate) })}</time>
            ) : null
          }
          unknown={unknown}
        />
        <CardField label={t('link.originalUrl')} value={link.originalUrl} unknown={t('link.urlUnknown')} />
        <CardField label={t('link.archivedUrl')} value={link.archivedUrl} unknown={t('link.urlUnknown')} />
        <CardField label={t('link.status')} value={<span className={`link-status is-${status}`}>{statusText}</span>} unknown={unknown} />
      </dl>
      <figure className="card-source">
        <figcaption>{t('link.source')}</figcaption>
        <blockquote>{link.sourceText}</blockquote>
      </figure>
      <div className="card-actions">
        <button type="button" className="link-button" onClick={() => reveal(blockElementId(link.blockId))}>
          {t('link.showInText')}
        </button>
      </div>
    </article>
  )
}
