// The annotations view's list as a virtual list (the library's pattern, library/document-list.tsx): only the rows
// in view are in the DOM, measured once drawn, whatever the number of annotations; a new filter goes back to the top.

import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import type { Annotation } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { AnnotationRow } from './annotation-row'
import type { DocumentInfo } from './document-info'
import type { LinkedEnd, LinksByAnnotation } from './filter-model'

const NO_LINKS: readonly LinkedEnd[] = []

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
  /** Every annotation's links, by annotation (undefined while they are read). */
  links: LinksByAnnotation | undefined
  /** The annotation whose links are shown, or null. */
  focus: Annotation | null
  onTick(id: string, range: boolean): void
  onOpen(annotation: Annotation): void
  onShowLinks(id: string): void
}

export function AnnotationsList(props: AnnotationsListProps) {
  const { shown, info, ticked, orphans, resetKey, links, focus, onTick, onOpen, onShowLinks } = props
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
                links={links?.get(annotation.id) ?? NO_LINKS}
                focus={focus && focus.id !== annotation.id ? focus : null}
                isFocus={focus?.id === annotation.id}
                onTick={onTick}
                onOpen={onOpen}
                onShowLinks={onShowLinks}
              />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
