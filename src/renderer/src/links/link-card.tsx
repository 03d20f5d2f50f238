// An external link as a card: title, author, year, site, format and size, archive date, both URLs
// (or "inconnue dans la source") and the user's own, a status, its bookmark, "Ouvrir", the copies the user
// attached (copies/link-copies.tsx), the source text.

import { Fragment, useMemo } from 'react'
import { blockElementId } from '../../../shared/archive/block-element-id'
import type { ExternalLink } from '../../../shared/archive/document'
import { LinkCopies } from '../copies/link-copies'
import { BookmarkDetails } from '../bookmarks/bookmark-details'
import { BookmarkToggle } from '../bookmarks/bookmark-toggle'
import { useBookmarkToggle } from '../bookmarks/use-bookmark-toggle'
import { useLinkUrl } from '../bookmarks/use-bookmarks'
import type { BookmarkTarget } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { formatIsoDate } from '../i18n/format'
import { cardElementId, reveal } from '../layout/reveal'
import { CardField } from '../layout/card-field'
import { useNavigation } from '../layout/navigation'
import { linkStatus } from './link-address'
import { LinkOpen } from './link-open'
import { LinkUrlForm } from './link-url-form'

/** The URL with line-break opportunities after each "/" of its path, so a narrow card breaks it between parts. */
function breakableUrl(url: string) {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? ''
  const parts = url.slice(scheme.length).split(/(?<=\/)/)
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {index === 0 ? scheme + part : part}
    </Fragment>
  ))
}

export function LinkCard({ link }: { link: ExternalLink }) {
  const { t } = useTranslation()
  const { documentId } = useNavigation()
  const userUrl = useLinkUrl(link.id) ?? null
  const unknown = t('link.unknown')
  const status = linkStatus(link, userUrl?.url ?? null)
  const statusText = {
    'unknown-url': t('link.statusUnknownUrl'),
    archived: t('link.statusArchived'),
    live: t('link.statusLive'),
    'user-url': t('links.statusUserUrl')
  }[status]
  const target = useMemo<BookmarkTarget>(
    () => ({ kind: 'link', documentId, targetId: link.id, label: link.title }),
    [documentId, link.id, link.title]
  )
  const bookmark = useBookmarkToggle(target)
  return (
    <article
      className="card link-card"
      id={cardElementId(link.id)}
      aria-labelledby={`${link.id}-title`}
      data-bookmark-card=""
    >
      <div className="card-header">
        <h3 id={`${link.id}-title`}>{link.title}</h3>
        <BookmarkToggle state={bookmark} />
      </div>
      <BookmarkDetails state={bookmark} />
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
              // The label says "Archivé"; the value is the date alone, never "Archivé : archivé le …".
              <time dateTime={link.archiveDate}>{formatIsoDate(link.archiveDate)}</time>
            ) : null
          }
          unknown={unknown}
        />
        <CardField label={t('link.originalUrl')} value={link.originalUrl} unknown={t('link.urlUnknown')} />
        <CardField label={t('link.archivedUrl')} value={link.archivedUrl} unknown={t('link.urlUnknown')} />
        {userUrl ? (
          <CardField
            label={t('links.userUrl')}
            value={
              <span className="user-url">
                <span className="user-url-text">{breakableUrl(userUrl.url)}</span>{' '}
                <span className="user-badge">{t('links.userUrlBadge')}</span>
              </span>
            }
            unknown={unknown}
          />
        ) : null}
        <CardField
          label={t('link.status')}
          value={<span className={`link-status is-${status}`}>{statusText}</span>}
          unknown={unknown}
        />
      </dl>
      <LinkOpen link={link} userUrl={userUrl?.url ?? null} />
      <LinkCopies documentId={documentId} linkId={link.id} />
      <LinkUrlForm link={link} documentId={documentId} userUrl={userUrl} />
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
