// One group of the library's documents (the archive's, or the user's) as a virtual list: only the rows in view
// are in the DOM, whatever the archive's size. The rows are one Tab stop; the arrow keys move between them.

import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react'
import type { DamagedArchiveDocument } from '../../../shared/archive/archive-types'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'

/** A row of the library: a document that opens, or one that is damaged (opened as its problem). */
export type LibraryRow =
  { id: string; title: string; damaged?: undefined } | { id: string; title: string; damaged: DamagedArchiveDocument }

/**
 * The rows of a list: an array, or a list fetched from main a page at a time (the archive's, the user's own:
 * archive/use-archive-rows.ts): a row not fetched yet is undefined and drawn as a placeholder.
 */
export interface LibraryRows {
  readonly length: number
  at(index: number): LibraryRow | undefined
  /** The index of the first row (among those fetched) that matches; -1 when none does. */
  findIndex(match: (row: LibraryRow) => boolean): number
  /** The filter these rows answer, when they may lag behind the one typed (fetched from main). */
  readonly query?: string
  /** Where one row is, known before its page is fetched (the open document's place, from main). */
  readonly located?: { id: string; index: number }
  /** Rows `from…to` are in view: a paged list fetches those it lacks. */
  want?(from: number, to: number): void
}

/** What the sidebar can ask of a list: focus a row (the filter field's ↓ goes to the first). */
export interface DocumentListHandle {
  /** Focuses the row at `index` (scrolled into view first); false when the list is empty. */
  focusRow(index: number): boolean
}

interface DocumentListProps {
  rows: LibraryRows
  currentId: string
  /** The id of the group's heading, which names the list. */
  labelledBy: string
  /** The filter's query: when it changes, the list goes back to its top. */
  query: string
  /** The user's own documents can be removed, a damaged one too. */
  onRemove?: (row: LibraryRow) => void
  /** ↑ on the first row: back to the filter field. */
  onLeaveTop?: () => void
  ref?: Ref<DocumentListHandle>
}

/** A row's height before it is measured: one line of title (a damaged row, or a long title, is taller). */
const ESTIMATED_ROW = 34
/** Rows drawn beyond each edge of the view, so a fast scroll shows no gap. */
const OVERSCAN = 8

/** A damaged archive document's row: its name, marked, and the problem's kind; opening it shows the problem. */
function DamagedButton({
  damaged,
  current,
  tabbable
}: {
  damaged: DamagedArchiveDocument
  current: boolean
  tabbable: boolean
}) {
  const { t } = useTranslation()
  const { openDocument } = useNavigation()
  const kind = t(`archiveError.kinds.${damaged.problem.kind}`)
  return (
    <button
      type="button"
      className="sidebar-item document-item"
      tabIndex={tabbable ? 0 : -1}
      aria-current={current ? 'page' : undefined}
      aria-label={t('archiveDamage.rowLabel', { title: damaged.title, kind })}
      onClick={() => openDocument(damaged.id)}
    >
      <span className="damaged-mark" aria-hidden="true">
        ⚠ {t('archiveDamage.badge')}
      </span>{' '}
      {damaged.title}
      <span className="damaged-problem">{kind}</span>
    </button>
  )
}

/** Ascending indexes as runs of consecutive ones: [from, to) each. */
export function runsOf(indexes: readonly number[]): [from: number, to: number][] {
  const runs: [number, number][] = []
  for (const index of indexes) {
    const last = runs.at(-1)
    if (last && index === last[1]) last[1] = index + 1
    else runs.push([index, index + 1])
  }
  return runs
}

export function DocumentList({ rows, currentId, labelledBy, query, onRemove, onLeaveTop, ref }: DocumentListProps) {
  const { t } = useTranslation()
  const { openDocument } = useNavigation()
  const scroller = useRef<HTMLDivElement>(null)
  const list = useRef<HTMLUListElement>(null)
  // The row that Tab lands on (roving tabindex): the one last focused, else the open document, else the first.
  const [activeId, setActiveId] = useState<string | null>(null)
  // The row whose place is asked for, among those fetched, else where main located it.
  const indexOfId = (id: string) => {
    const index = rows.findIndex((row) => row.id === id)
    return index >= 0 || rows.located?.id !== id ? index : rows.located.index
  }
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const currentIndex = useMemo(() => indexOfId(currentId), [rows, currentId])
  // A row moved to before its page came (End, PageDown far): its place, until its id is known.
  const [activeAt, setActiveAt] = useState<number | null>(null)
  const focusedIndex = useMemo(
    () => (activeId === null ? -1 : rows.findIndex((row) => row.id === activeId)),
    [rows, activeId]
  )
  const activeIndex =
    focusedIndex >= 0
      ? focusedIndex
      : activeAt !== null && activeAt < rows.length
        ? activeAt
        : Math.max(currentIndex, 0)
  const pendingFocus = useRef<number | null>(null)

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: OVERSCAN,
    getItemKey: (index) => rows.at(index)?.id ?? index,
    // The Tab stop stays in the DOM when it scrolls out of view, so focus is never dropped onto the page.
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (activeIndex < rows.length && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex)
        indexes.sort((a, b) => a - b)
      }
      return indexes
    }
  })

  const focusRow = (index: number): boolean => {
    if (!rows.length) return false
    const to = Math.min(Math.max(index, 0), rows.length - 1)
    setActiveId(rows.at(to)?.id ?? null)
    setActiveAt(to)
    pendingFocus.current = to
    virtualizer.scrollToIndex(to, { align: 'auto' })
    return true
  }
  useImperativeHandle(ref, () => ({ focusRow }))

  // Focus moves once the row asked for is drawn (it is, as the Tab stop: see rangeExtractor), and fetched: a
  // placeholder holds the focus meanwhile, so that it never falls back to the page.
  useLayoutEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const row = list.current?.querySelector<HTMLElement>(`li[data-index="${index}"]`)
    const item = row?.querySelector<HTMLElement>('.document-item')
    if (item) {
      pendingFocus.current = null
      item.focus({ preventScroll: true })
    } else row?.querySelector<HTMLElement>('.pending-item')?.focus({ preventScroll: true })
  })

  // The open document is scrolled into view when it opens, when the list first shows, and when an emptied filter
  // brings the whole list back: each once its place is known (a paged list learns it from main).
  const scrolledTo = useRef<string | null>(null)
  useEffect(() => {
    if (currentIndex < 0 || scrolledTo.current === currentId) return
    scrolledTo.current = currentId
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' })
  }, [currentId, currentIndex, virtualizer])
  // A new filter shows its first matches; an emptied one goes back to the open document (above).
  const shownQuery = useRef(query)
  useEffect(() => {
    // Once the rows of the new filter are there (a paged list keeps the last ones shown meanwhile).
    if (shownQuery.current === query || (rows.query !== undefined && rows.query !== query)) return
    shownQuery.current = query
    if (query.trim()) virtualizer.scrollToOffset(0)
    else if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' })
    else scrolledTo.current = null
  }, [query, rows, currentIndex, virtualizer])

  // A paged list fetches the rows in view (and those about to be), and the Tab stop's, wherever it is: each run
  // of rows drawn on its own, never every row between them.
  const items = virtualizer.getVirtualItems()
  const drawn = runsOf(items.map((item) => item.index))
  const drawnKey = drawn.map(([from, to]) => `${from}-${to}`).join(',')
  useEffect(() => {
    for (const [from, to] of drawn) rows.want?.(from, to)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, drawnKey])

  if (!rows.length) return <p className="muted">{t('libraryFilter.noMatch')}</p>

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement
    if (!target.classList.contains('document-item') && !target.classList.contains('pending-item')) return
    const from = Number(target.closest('li')?.dataset.index ?? activeIndex)
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ESTIMATED_ROW) - 1)
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: from + page,
      PageUp: from - page
    }
    const to = moves[event.key]
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    event.preventDefault()
    if (to < 0 && onLeaveTop) onLeaveTop()
    else focusRow(to)
  }

  return (
    <div className="document-scroller" ref={scroller}>
      <ul
        ref={list}
        className="document-list"
        aria-labelledby={labelledBy}
        aria-description={t('libraryFilter.keys')}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const row = rows.at(item.index)
          if (!row) {
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="document-row pending"
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                aria-busy="true"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span className="sidebar-item muted pending-item" tabIndex={-1}>
                  …
                </span>
              </li>
            )
          }
          const tabbable = item.index === activeIndex
          const current = row.id === currentId
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={row.damaged ? 'document-row damaged' : 'document-row'}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={() => {
                setActiveId(row.id)
                setActiveAt(item.index)
              }}
            >
              {row.damaged ? (
                <DamagedButton damaged={row.damaged} current={current} tabbable={tabbable} />
              ) : (
                <button
                  type="button"
                  className="sidebar-item document-item"
                  tabIndex={tabbable ? 0 : -1}
                  aria-current={current ? 'page' : undefined}
                  onClick={() => openDocument(row.id)}
                >
                  {row.title}
                </button>
              )}
              {onRemove ? (
                <button
                  type="button"
                  className="icon-button"
                  tabIndex={tabbable ? 0 : -1}
                  aria-label={t('library.removeLabel', { title: row.title })}
                  title={t('library.remove')}
                  onClick={() => onRemove(row)}
                >
                  ×
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
