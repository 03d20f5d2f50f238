// An annotation's links on its card: "confirme → « … » (Document)" for those it starts, "← contredit par « … »" for
// those that point at it, each followed with a click (the other passage opens and flashes) and removable with undo;
// then "Relier à…", which opens the picker.

import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useOpenArchive } from '../archive/open-archive-context'
import type { Annotation } from '../db/annotation'
import { db as defaultDb, type FolioDb } from '../db/folio-db'
import { isPresetRelation } from '../db/annotation-link'
import {
  type LinkEnd,
  linksOfAnnotation,
  removeAnnotationLink,
  restoreAnnotationLinks
} from '../db/annotation-links-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { passageLinkOfAnnotation } from '../links/passage-link-of'
import { usePassageLinkContext } from '../links/open-passage-link'
import { AnnotationLinkPicker } from './annotation-link-picker'
import { quotePreview } from './link-search'
import { type ShownDocument, useDocumentTitle } from './use-document-title'

/** The words of a relation as read from `direction`'s end: "contredit" from its start, "contredit par" from its end. */
export function useRelationWords(): (relation: string, direction: LinkEnd['direction']) => string {
  const { t } = useTranslation()
  return (relation, direction) => {
    if (isPresetRelation(relation))
      return direction === 'outgoing'
        ? t(`annotationLinks.relation.${relation}`)
        : t(`annotationLinks.inverse.${relation}`)
    return direction === 'outgoing' ? relation : t('annotationLinks.inverseOwn', { relation })
  }
}

interface LinksProps {
  /** The document the card is in. */
  document: ShownDocument
  database?: FolioDb
}

function LinkItem({ end, document, database = defaultDb }: LinksProps & { end: LinkEnd }) {
  const { t } = useTranslation()
  const notice = useNotice()
  const open = usePassageLinkContext()
  const archive = useOpenArchive()
  const words = useRelationWords()
  const title = useDocumentTitle(end.other?.documentId, document)
  const { link, direction, other } = end
  const relation = words(link.relation, direction)

  const remove = async () => {
    const removed = await removeAnnotationLink(link.id, database)
    if (removed)
      notice.offerUndo({
        message: t('annotationLinks.removed'),
        undo: () => restoreAnnotationLinks([removed], database),
        undone: t('annotationLinks.restored')
      })
  }

  return (
    <li className={`annotation-link is-${direction}${other ? '' : ' is-gone'}`} data-link-id={link.id}>
      <span className="annotation-link-relation">{direction === 'outgoing' ? `${relation} →` : `← ${relation}`}</span>{' '}
      {other ? (
        <button
          type="button"
          className="link-button annotation-link-follow"
          title={t('annotationLinks.follow')}
          disabled={!open}
          onClick={() => open?.(passageLinkOfAnnotation(archive?.id ?? '', other))}
        >
          « {quotePreview(other)} »{title ? ` (${title})` : ''}
        </button>
      ) : (
        <span className="annotation-link-gone" title={t('annotationLinks.goneHint')}>
          {t('annotationLinks.gone')}
        </span>
      )}{' '}
      <button
        type="button"
        className="link-button is-danger"
        aria-label={t('annotationLinks.removeLabel', { relation })}
        onClick={() => void remove().catch(notice.fail)}
      >
        {t('annotationLinks.remove')}
      </button>
    </li>
  )
}

/** The links of `annotation`, both ways, and the "Relier à…" button and picker. */
export function AnnotationLinks({
  annotation,
  document,
  database = defaultDb
}: LinksProps & { annotation: Annotation }) {
  const { t } = useTranslation()
  const ends = useLiveQuery(() => linksOfAnnotation(annotation.id, database), [annotation.id, database])
  const [picking, setPicking] = useState(false)

  return (
    <div className="annotation-links">
      {ends && ends.length > 0 ? (
        <ul className="annotation-link-list" aria-label={t('annotationLinks.list')}>
          {ends.map((end) => (
            <LinkItem key={`${end.link.id}-${end.direction}`} end={end} document={document} database={database} />
          ))}
        </ul>
      ) : null}
      {picking ? (
        <AnnotationLinkPicker
          from={annotation}
          document={document}
          database={database}
          onDone={() => setPicking(false)}
        />
      ) : (
        <button type="button" className="link-button" aria-expanded={false} onClick={() => setPicking(true)}>
          {t('annotationLinks.linkTo')}
        </button>
      )}
    </div>
  )
}
