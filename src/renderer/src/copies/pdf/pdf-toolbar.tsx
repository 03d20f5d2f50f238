// The PDF reader's toolbar: the page field ("3 / 300", a number and Enter goes there), previous / next page, the
// zoom (fit to width, whole page, percentages, in / out) and the outline's toggle.

import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/i18n'
import { stepZoom, ZOOM_STEPS, type PdfZoom } from './pdf-zoom'

export interface PdfToolbarProps {
  page: number
  total: number
  zoom: PdfZoom
  scale: number
  hasOutline: boolean
  outlineOpen: boolean
  onGoTo(page: number): void
  onZoom(zoom: PdfZoom): void
  onToggleOutline(): void
}

export function PdfToolbar(props: PdfToolbarProps) {
  const { page, total, zoom, scale, hasOutline, outlineOpen, onGoTo, onZoom, onToggleOutline } = props
  const { t } = useTranslation()
  const [typed, setTyped] = useState(String(page))
  useEffect(() => setTyped(String(page)), [page])
  const go = () => {
    const wanted = Number.parseInt(typed, 10)
    if (Number.isFinite(wanted)) onGoTo(Math.min(total, Math.max(1, wanted)))
    else setTyped(String(page))
  }
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t('pdf.toolbar')}>
      {hasOutline && (
        <button type="button" aria-pressed={outlineOpen} onClick={onToggleOutline}>
          {outlineOpen ? t('pdf.hideOutline') : t('pdf.showOutline')}
        </button>
      )}
      <button type="button" aria-label={t('pdf.previous')} disabled={page <= 1} onClick={() => onGoTo(page - 1)}>
        ‹
      </button>
      <label className="pdf-page-field">
        <span className="visually-hidden">{t('pdf.page')}</span>
        <input
          inputMode="numeric"
          value={typed}
          size={Math.max(2, String(total).length)}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), go())}
          onBlur={() => setTyped(String(page))}
        />
        <span className="pdf-page-total">/ {total}</span>
      </label>
      <button type="button" aria-label={t('pdf.next')} disabled={page >= total} onClick={() => onGoTo(page + 1)}>
        ›
      </button>
      <button type="button" aria-label={t('pdf.zoomOut')} onClick={() => onZoom(stepZoom(scale, -1))}>
        −
      </button>
      <select
        aria-label={t('pdf.zoom')}
        value={String(zoom)}
        onChange={(event) => {
          const value = event.target.value
          onZoom(value === 'fit-width' || value === 'fit-page' ? value : Number(value))
        }}
      >
        <option value="fit-width">{t('pdf.fitWidth')}</option>
        <option value="fit-page">{t('pdf.fitPage')}</option>
        {typeof zoom === 'number' && !(ZOOM_STEPS as readonly number[]).includes(zoom) && (
          <option value={String(zoom)}>{Math.round(zoom * 100)} %</option>
        )}
        {ZOOM_STEPS.map((step) => (
          <option key={step} value={String(step)}>
            {Math.round(step * 100)} %
          </option>
        ))}
      </select>
      <button type="button" aria-label={t('pdf.zoomIn')} onClick={() => onZoom(stepZoom(scale, 1))}>
        +
      </button>
    </div>
  )
}
