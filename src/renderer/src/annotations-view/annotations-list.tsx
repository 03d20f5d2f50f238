// The annotations view's list as a virtual list (the library's pattern, library/document-list.tsx): only the rows
// in view are in the DOM, measured once drawn, whatever the number of annotations; a new filter goes back to the top.

import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import type { Annotation } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { AnnotationRow } from './annotation-row'
import type { DocumentInfo } from './document-info'

/** A row's height before it is measured: a two-line quote, a line of note, the dates. */
const ESTIMATED_ROW = 132
/** Rows drawn beyond each edge of the view, so a fast scroll shows no gap. */
const OVERSCAN = 6

interface AnnotationsListProps {
  shown: readonly Annotation[]
  info: DocumentInfo
  ticked: ReadonlySet<string>
  orphans: ReadonlySet<string>
  /** Changes with the filter and the order: the list goes back to its top. */
  resetKey: string
  onTick(id: string, range: boolean): void
  onOpen(annotation: Annotation): void
}

export function AnnotationsList({ shown, info, ticked, orphans, resetKey, onTick, onOpen }: AnnotationsListProps) {
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  // A new key function makes the virtualizer place every row again: one per list shown, not per render.
  const itemKey = useCallback((index: number) => shown[index]?.id ?? index, [shown])
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: OVERSCAN,
    getItemKey: itemKey
  })
  useEffect(() => {
    virtualizer.scrollToOffset(0)
  }, [resetKey, virtualizer])

  return (
    <div className="annotations-view-scroller" ref={scroller}>
      <ul
        className="annotations-view-list"
        aria-label={t('annotationsView.list')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const annotation = shown[item.index] as Annotation
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="annotations-view-row"
              aria-setsize={shown.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <AnnotationRow
                annotation={annotation}
                title={info.titles.get(annotation.documentId) ?? null}
                place={info.placeOf(annotation)}
                ticked={ticked.has(annotation.id)}
                orphan={orphans.has(annotation.id)}
                onTick={onTick}
                onOpen={onOpen}
              />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
