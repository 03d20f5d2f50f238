// The annotations view: every annotation of every document in one list, filtered and sorted in memory (read once,
// live, folded once), ticked one by one, by range or all shown, and tagged, recoloured, exported or deleted at once.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Annotation } from '../db/annotation'
import { db as defaultDb, type FolioDb } from '../db/folio-db'
import { useTranslation } from '../i18n/i18n'
import { useAllAnnotations } from './annotations-query'
import { AnnotationsList } from './annotations-list'
import { AnnotationsToolbar } from './annotations-toolbar'
import { BulkBar } from './bulk-bar'
import type { BulkChange } from './bulk-writes'
import { documentInfo } from './document-info'
import {
  filterRows,
  indexAnnotations,
  isEmptyFilter,
  NO_FILTER,
  sortRows,
  tagKey,
  type AnnotationFilter,
  type AnnotationSort,
  type IndexedAnnotation
} from './filter-model'
import { EMPTY_SELECTION, extendTo, selectAll, toggle, type Selection } from './selection'
import { useLinksByAnnotation } from './use-links-by-annotation'
import { useOrphans } from './use-orphans'
import { addChange, withOverlay, type WrittenOverlay } from './written-overlay'

export interface AnnotationsViewProps {
  /** The documents the user has notes on, as the app reads them (useNotedDocuments): titles, sections, texts. */
  documents: readonly ArchiveDocumentEntry[]
  /** Opens the annotation's passage in its document (the app's job). */
  onOpen(annotation: Annotation): void
  /** The database; the app's by default (tests give their own). */
  database?: FolioDb
}

/** Tags in use, each spelt as first seen, most used first. */
function tagsInUse(rows: Iterable<IndexedAnnotation>): string[] {
  const counts = new Map<string, { tag: string; count: number }>()
  for (const { annotation } of rows)
    for (const tag of annotation.tags) {
      const known = counts.get(tagKey(tag))
      if (known) known.count += 1
      else counts.set(tagKey(tag), { tag, count: 1 })
    }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'fr')).map((e) => e.tag)
}

export function AnnotationsView({ documents, onOpen, database = defaultDb }: AnnotationsViewProps) {
  const { t } = useTranslation()
  const read = useAllAnnotations(database)
  const [overlay, setOverlay] = useState<WrittenOverlay | null>(null)
  const rows = useMemo(() => (read.all ? withOverlay(read.all, overlay) : read.first), [read.all, read.first, overlay])
  // The latest read, for a change told later (an undo, long after its write).
  const lastRead = useRef(read.all)
  useEffect(() => {
    lastRead.current = read.all
  }, [read.all])
  const onWritten = useCallback((change: BulkChange) => {
    const base = lastRead.current
    if (base) setOverlay((current) => addChange(current, base, change))
  }, [])
  const folds = useRef<ReadonlyMap<string, IndexedAnnotation>>(new Map())
  const indexed = useMemo(() => {
    const next = indexAnnotations(rows ?? [], folds.current)
    folds.current = next
    return next
  }, [rows])
  const info = useMemo(() => documentInfo(documents), [documents])
  const [sort, setSort] = useState<AnnotationSort>('updated')
  const sorted = useMemo(() => sortRows(indexed.values(), sort, info), [indexed, sort, info])
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER)
  const orphans = useOrphans(read.all ? rows : undefined, documents, filter.orphaned)
  const links = useLinksByAnnotation(database)
  // The list follows the field in the same render: at 50,000 annotations a filter is ≈20 ms, and a deferred value
  // cost a second render and the transition's yields — a change shown in p95 64–71 ms deferred, 36–42 ms not
  // (npm run bench, annotations, the same quiet machine).
  const shown = useMemo(
    () => filterRows(sorted, filter, { orphans: orphans.ids, links }),
    [sorted, filter, orphans.ids, links]
  )
  // The annotation whose links are shown ("Voir ses liens"), as the list and the filter's chip name it. Asking for
  // them clears the other filters: what is linked to it shows whatever its words, colour or document.
  const focus = filter.linkedTo !== null ? (indexed.get(filter.linkedTo)?.annotation ?? null) : null
  const onShowLinks = useCallback((id: string) => setFilter({ ...NO_FILTER, linkedTo: id }), [])
  const tags = useMemo(() => tagsInUse(indexed.values()), [indexed])

  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION)
  const shownRef = useRef(shown)
  shownRef.current = shown
  const onTick = useCallback((id: string, range: boolean) => {
    setSelection((current) => (range ? extendTo(current, shownRef.current, id) : toggle(current, id)))
  }, [])
  const selected = useMemo(
    () => (selection.ids.size ? shown.filter((annotation) => selection.ids.has(annotation.id)) : []),
    [shown, selection]
  )

  const total = read.all ? rows?.length : undefined
  const resetKey = `${sort}\n${JSON.stringify(filter)}`

  return (
    <section className="annotations-view" aria-labelledby="annotations-view-title">
      <header className="annotations-view-header">
        <h2 id="annotations-view-title">{t('annotationsView.title')}</h2>
        {total !== undefined ? (
          <p className="annotations-view-count" aria-live="polite">
            {t('annotationsView.shown', { shown: shown.length, total })}
          </p>
        ) : null}
      </header>
      <AnnotationsToolbar
        filter={filter}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
        tags={tags}
        documents={info.ordered}
        checkingOrphans={filter.orphaned && !orphans.done}
        linkedQuote={focus?.target.selectors.quote.exact ?? null}
      />
      <BulkBar
        database={database}
        selected={selected}
        shownCount={shown.length}
        titles={info.titles}
        documents={documents}
        onSelectAll={() => setSelection((current) => selectAll(current, shownRef.current))}
        onClear={() => setSelection(EMPTY_SELECTION)}
        onWritten={onWritten}
      />
      {rows === undefined ? (
        <p className="muted" aria-busy="true">
          {t('annotationsView.loading')}
        </p>
      ) : total === 0 ? (
        <p className="muted">{t('annotationsView.empty')}</p>
      ) : (
        <>
          {read.all === undefined ? (
            <p className="muted" aria-busy="true">
              {t('annotationsView.loadingRest')}
            </p>
          ) : null}
          {shown.length === 0 && !isEmptyFilter(filter) ? (
            <p className="muted">{t('annotationsView.noMatch')}</p>
          ) : null}
          <AnnotationsList
            shown={shown}
            info={info}
            ticked={selection.ids}
            orphans={orphans.ids}
            resetKey={resetKey}
            links={links}
            focus={focus}
            onTick={onTick}
            onOpen={onOpen}
            onShowLinks={onShowLinks}
          />
        </>
      )}
    </section>
  )
}
