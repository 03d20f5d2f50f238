// In-document find (Ctrl+F): every match painted, the current one marked and scrolled to, a count,
// next / previous (Enter, Shift+Enter, F3) and Escape to close. Accent- and case-insensitive.

import { useEffect, useMemo, useRef, useState } from 'react'
import type { ArticleDocument } from '../../../shared/archive/document'
import { findInDocument } from '../../../shared/search/find-in-text'
import { offsetsToRange } from '../annotations/dom/text-position'
import { useTranslation } from '../i18n/i18n'

function paint(name: string, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  if (ranges.length) {
    const highlight = new Highlight(...ranges)
    highlight.priority = name === 'folio-find-current' ? 5 : 4
    CSS.highlights.set(name, highlight)
  } else CSS.highlights.delete(name)
}

export function FindBar({ document }: { document: ArticleDocument }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const matches = useMemo(() => (open ? findInDocument(document, query) : []), [document, query, open])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        setOpen(true)
        requestAnimationFrame(() => input.current?.select())
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => setCurrent(0), [query, document])

  useEffect(() => {
    const root = window.document.querySelector(`.reader[data-document-id="${CSS.escape(document.id)}"]`)
    const ranges = root ? matches.map((match) => offsetsToRange(match.start, match.end, root, document)) : []
    const shown = ranges.filter((range): range is Range => range !== null)
    paint('folio-find', shown)
    const active = ranges[current] ?? null
    paint('folio-find-current', active ? [active] : [])
    const element = active?.startContainer.parentElement
    element?.scrollIntoView({ block: 'center' })
    return () => {
      paint('folio-find', [])
      paint('folio-find-current', [])
    }
  }, [matches, current, document])

  if (!open) return null
  const step = (delta: number) => matches.length && setCurrent((current + delta + matches.length) % matches.length)
  const close = () => {
    setOpen(false)
    setQuery('')
  }
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        value={query}
        aria-label={t('find.input')}
        placeholder={t('find.input')}
        autoFocus
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close()
          else if (event.key === 'Enter' || event.key === 'F3') {
            event.preventDefault()
            step(event.shiftKey ? -1 : 1)
          }
        }}
      />
      <span className="find-count" role="status">
        {query.trim() === ''
          ? ''
          : matches.length
            ? t('find.count', { current: current + 1, total: matches.length })
            : t('find.none')}
      </span>
      <button
        type="button"
        aria-label={t('find.previous')}
        title={t('find.previous')}
        disabled={!matches.length}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('find.next')}
        title={t('find.next')}
        disabled={!matches.length}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button type="button" aria-label={t('find.close')} title={t('find.close')} onClick={close}>
        ×
      </button>
    </div>
  )
}
