// Find in a PDF (Ctrl+F in the view): searches the pages' extracted text (case- and accent-insensitive, as the
// article's find), "n / m", Enter / Shift+Enter, goes to the match's page and marks it in the text layers.

import { useEffect, useMemo, useRef, useState } from 'react'
import { pageBlockId } from '../../../../shared/copies/pdf-page-text'
import { findInDocument } from '../../../../shared/search/find-in-text'
import { offsetsToRange } from '../../annotations/dom/text-position'
import { useTranslation } from '../../i18n/i18n'

interface Match {
  page: number
  start: number
  end: number
}

function paint(name: string, ranges: Range[], priority: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  if (!ranges.length) return void CSS.highlights.delete(name)
  const highlight = new Highlight(...ranges)
  highlight.priority = priority
  CSS.highlights.set(name, highlight)
}

export interface PdfFindProps {
  texts: readonly string[]
  total: number
  root: HTMLElement | null
  shown: ReadonlySet<number>
  onGoTo(page: number): void
  onClose(): void
}

export function PdfFind({ texts, total, root, shown, onGoTo, onClose }: PdfFindProps) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const matches = useMemo(
    () =>
      texts.flatMap((text, index) =>
        findInDocument({ blocks: [{ id: pageBlockId(index + 1), text }] }, query).map((found) => ({
          page: index + 1,
          ...found
        }))
      ),
    [texts, query]
  )
  useEffect(() => input.current?.focus(), [])
  useEffect(() => setCurrent(0), [query])

  const active: Match | undefined = matches[current]
  useEffect(() => {
    if (active) onGoTo(active.page)
  }, [active?.page, active?.start, onGoTo]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!root) return
    const rangeOf = (match: Match) =>
      shown.has(match.page)
        ? offsetsToRange(match.start, match.end, root, {
            blocks: [{ id: pageBlockId(match.page), text: texts[match.page - 1] ?? '' }]
          })
        : null
    const ranges = matches.map(rangeOf).filter((range): range is Range => range !== null)
    paint('folio-find', ranges, 4)
    const activeRange = active ? rangeOf(active) : null
    paint('folio-find-current', activeRange ? [activeRange] : [], 5)
    return () => {
      paint('folio-find', [], 4)
      paint('folio-find-current', [], 5)
    }
  }, [root, shown, matches, active, texts])

  const step = (by: number) => matches.length && setCurrent((index) => (index + by + matches.length) % matches.length)
  const count = !query.trim()
    ? ''
    : matches.length
      ? `${current + 1} / ${matches.length}`
      : texts.length < total
        ? t('pdf.findPending', { done: texts.length, total })
        : t('pdf.findNone')
  return (
    <div className="pdf-find" role="search">
      <input
        ref={input}
        type="search"
        aria-label={t('pdf.find')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            step(event.shiftKey ? -1 : 1)
          } else if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
        }}
      />
      <output className="pdf-find-count" aria-live="polite">
        {count}
      </output>
      <button type="button" onClick={() => step(-1)} aria-label={t('pdf.findPrevious')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} aria-label={t('pdf.findNext')}>
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label={t('pdf.findClose')}>
        ×
      </button>
    </div>
  )
}
