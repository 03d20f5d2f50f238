// The annotations view's filters: words, colours (the notes panel's swatches), tags (several, all or any), document,
// creation dates, "with a note", "passages not found", the links of one annotation ("Voir ses liens", a chip to
// clear), and the order.

import { useId } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import {
  ANNOTATION_SORTS,
  isEmptyFilter,
  NO_FILTER,
  tagKey,
  type AnnotationFilter,
  type AnnotationSort
} from './filter-model'

interface ToolbarProps {
  filter: AnnotationFilter
  onFilter(filter: AnnotationFilter): void
  sort: AnnotationSort
  onSort(sort: AnnotationSort): void
  /** Tags in use, most used first. */
  tags: readonly string[]
  documents: readonly { id: string; title: string }[]
  /** True while the orphans are being looked for. */
  checkingOrphans: boolean
  /** The quote of the annotation whose links are shown (null when it is not read, or none is). */
  linkedQuote: string | null
}

/** Characters of the quote the links' chip shows. */
const CHIP_QUOTE = 50

export function AnnotationsToolbar(props: ToolbarProps) {
  const { filter, onFilter, sort, onSort, tags, documents, checkingOrphans, linkedQuote } = props
  const { t } = useTranslation()
  const id = useId()
  const set = (changes: Partial<AnnotationFilter>) => onFilter({ ...filter, ...changes })
  const toggleColor = (color: HighlightColor) =>
    set({
      colors: filter.colors.includes(color) ? filter.colors.filter((c) => c !== color) : [...filter.colors, color]
    })
  const chosen = new Set(filter.tags.map(tagKey))
  const offered = tags.filter((tag) => !chosen.has(tagKey(tag)))

  return (
    <div className="annotations-view-filters" role="group" aria-label={t('annotationsView.filters.label')}>
      {filter.linkedTo !== null ? <LinkedChip quote={linkedQuote} onClear={() => set({ linkedTo: null })} /> : null}
      <label className="annotations-view-search">
        <span>{t('annotationsView.filters.text')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('annotationsView.filters.textPlaceholder')}
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      <div className="filter-colors" role="group" aria-label={t('annotationsView.filters.colors')}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}`}
            aria-pressed={filter.colors.includes(color)}
            aria-label={t('annotations.filterColor', { color: t(`annotations.colors.${color}`) })}
            onClick={() => toggleColor(color)}
          />
        ))}
      </div>
      <div className="annotations-view-tags" role="group" aria-label={t('annotationsView.filters.tags')}>
        <select
          aria-label={t('annotationsView.filters.tagAdd')}
          value=""
          onChange={(event) => event.target.value && set({ tags: [...filter.tags, event.target.value] })}
        >
          <option value="">{t('annotationsView.filters.tagChoose')}</option>
          {offered.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        {filter.tags.map((tag) => (
          <button
            key={tag}
            type="button"
            className="tag-chip"
            aria-label={t('annotationsView.filters.tagRemove', { tag })}
            onClick={() => set({ tags: filter.tags.filter((known) => known !== tag) })}
          >
            {tag} ×
          </button>
        ))}
        {filter.tags.length > 1 ? (
          <select
            aria-label={t('annotationsView.filters.tagMode')}
            value={filter.tagMode}
            onChange={(event) => set({ tagMode: event.target.value === 'any' ? 'any' : 'all' })}
          >
            <option value="all">{t('annotationsView.filters.all')}</option>
            <option value="any">{t('annotationsView.filters.any')}</option>
          </select>
        ) : null}
      </div>
      <div className="annotations-view-selects">
        <label htmlFor={`${id}-document`}>{t('annotationsView.filters.document')}</label>
        <select
          id={`${id}-document`}
          value={filter.documentIds[0] ?? ''}
          onChange={(event) => set({ documentIds: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">{t('annotationsView.filters.anyDocument')}</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>{t('annotationsView.filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from}
          onChange={(event) => set({ from: event.target.value })}
        />
        <label htmlFor={`${id}-to`}>{t('annotationsView.filters.to')}</label>
        <input id={`${id}-to`} type="date" value={filter.to} onChange={(event) => set({ to: event.target.value })} />
      </div>
      <div className="annotations-view-checks">
        <label>
          <input
            type="checkbox"
            checked={filter.hasNote}
            onChange={(event) => set({ hasNote: event.target.checked })}
          />{' '}
          {t('annotationsView.filters.hasNote')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.orphaned}
            onChange={(event) => set({ orphaned: event.target.checked })}
          />{' '}
          {t('annotationsView.filters.orphaned')}
        </label>
        {checkingOrphans ? (
          <span className="muted" aria-live="polite">
            {t('annotationsView.filters.checking')}
          </span>
        ) : null}
        <label htmlFor={`${id}-sort`}>{t('annotationsView.filters.sort')}</label>
        <select id={`${id}-sort`} value={sort} onChange={(event) => onSort(event.target.value as AnnotationSort)}>
          {ANNOTATION_SORTS.map((option) => (
            <option key={option} value={option}>
              {t(`annotationsView.sorts.${option}`)}
            </option>
          ))}
        </select>
        {isEmptyFilter(filter) ? null : (
          <button type="button" className="link-button" onClick={() => onFilter(NO_FILTER)}>
            {t('annotationsView.filters.clear')}
          </button>
        )}
      </div>
    </div>
  )
}

/** The chip of the "Voir ses liens" filter: whose links are shown; pressing it shows every annotation again. */
function LinkedChip({ quote, onClear }: { quote: string | null; onClear(): void }) {
  const { t } = useTranslation()
  const short = quote === null ? null : quote.length > CHIP_QUOTE ? `${quote.slice(0, CHIP_QUOTE)}…` : quote
  const words =
    short === null ? t('annotationsView.filters.linkedToGone') : t('annotationsView.filters.linkedTo', { quote: short })
  return (
    <p className="annotations-view-linked">
      <button
        type="button"
        className="tag-chip"
        aria-label={t('annotationsView.filters.linkedToRemove', { words })}
        onClick={onClear}
      >
        {words} ×
      </button>
    </p>
  )
}
