// What an annotation's card and its row in the annotations view both show the same way: its tags, and its colour
// with the dates it was made and changed.

import type { Annotation } from '../db/annotation'
import { formatIsoDateTime } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'

export function TagList({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation()
  if (tags.length === 0) return null
  return (
    <ul className="tag-list" aria-label={t('annotations.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  )
}

/** "jaune · créée le … · modifiée le …" (the last only when it was changed). */
export function ColourAndDates({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  return (
    <>
      <span>{t(`annotations.colors.${annotation.color}`)}</span> ·{' '}
      <time dateTime={annotation.createdAt}>
        {t('annotations.created', { date: formatIsoDateTime(annotation.createdAt) })}
      </time>
      {annotation.updatedAt !== annotation.createdAt ? (
        <>
          {' · '}
          <time dateTime={annotation.updatedAt}>
            {t('annotations.updated', { date: formatIsoDateTime(annotation.updatedAt) })}
          </time>
        </>
      ) : null}
    </>
  )
}
