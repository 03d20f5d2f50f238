// The notes panel: the open document's annotations in reading order, filterable by colour and
// tag, then the orphans — annotations whose passage is no longer in the text, never dropped.

import { useState } from 'react'
import type { ArticleDocument } from '../../../shared/archive/document'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { AnnotationCard } from './annotation-card'
import { useAnnotations } from './annotations-context'
import { SyncedGroupNotes } from '../groups/when-synced'

export function NotesPanel({ document }: { document: ArticleDocument }) {
  const { t, i18n } = useTranslation()
  const { annotations, anchors } = useAnnotations()
  const [color, setColor] = useState<HighlightColor | null>(null)
  const [tag, setTag] = useState<string | null>(null)
  if (!annotations) return null

  const tags = [...new Set(annotations.flatMap((annotation) => annotation.tags))].sort((a, b) =>
    a.localeCompare(b, i18n.language)
  )
  const shown = annotations.filter(
    (annotation) => (!color || annotation.color === color) && (!tag || annotation.tags.includes(tag))
  )
  const anchored = shown
    .filter((annotation) => anchors.get(annotation.id) !== null)
    .sort((a, b) => (anchors.get(a.id)?.start ?? Infinity) - (anchors.get(b.id)?.start ?? Infinity))
  const orphans = shown.filter((annotation) => anchors.get(annotation.id) === null)

  return (
    <div className="notes-panel" data-document-id={document.id}>
      <div className="notes-filters" role="group" aria-label={t('annotations.filters')}>
        <div className="filter-colors">
          {HIGHLIGHT_COLORS.map((value) => (
            <button
              key={value}
              type="button"
              className={`swatch swatch-${value}`}
              aria-pressed={color === value}
              aria-label={t('annotations.filterColor', { color: t(`annotations.colors.${value}`) })}
              onClick={() => setColor(color === value ? null : value)}
            />
          ))}
        </div>
        {tags.length ? (
          <select
            aria-label={t('annotations.filterTag')}
            value={tag ?? ''}
            onChange={(event) => setTag(event.target.value || null)}
          >
            <option value="">{t('annotations.allTags')}</option>
            {tags.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <SyncedGroupNotes document={document} />
      <h2 className="panel-heading">{t('annotations.count_annotations', { count: anchored.length })}</h2>
      {annotations.length === 0 ? <p className="muted">{t('annotations.empty')}</p> : null}
      {anchored.map((annotation) => (
        <AnnotationCard key={annotation.id} annotation={annotation} anchor={anchors.get(annotation.id)} />
      ))}
      {orphans.length ? (
        <section className="orphans" aria-labelledby="orphans-title">
          <h2 id="orphans-title" className="panel-heading">
            {t('annotations.orphans', { count: orphans.length })}
          </h2>
          <p className="muted">{t('annotations.orphansHelp')}</p>
          {orphans.map((annotation) => (
            <AnnotationCard key={annotation.id} annotation={annotation} anchor={null} />
          ))}
        </section>
      ) : null}
    </div>
  )
}
