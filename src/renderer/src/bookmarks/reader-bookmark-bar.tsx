// The bar at the top of the reader: bookmark the open document, or the heading or paragraph in view
// (its label follows the scroll), and copy the folio:// link to it. It also marks the bookmarked blocks and
// listens for Ctrl+D.

import { useEffect, useMemo, useRef, useState } from 'react'
import type { ArticleDocument } from '../../../shared/archive/document'
import type { BookmarkTarget } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { blockInView, markBookmarkedBlocks } from './block-in-view'
import { BookmarkToggle } from './bookmark-toggle'
import { CopyBookmarkLink } from './copy-bookmark-link'
import { useBookmarkShortcut } from './use-bookmark-shortcut'
import { useBookmarkToggle } from './use-bookmark-toggle'
import { usePositionBookmarks } from './use-bookmarks'

/** The reader's scroll container: the bar's parent. */
const paneOf = (bar: HTMLElement | null): HTMLElement | null => bar?.parentElement ?? null

/** Document and position toggles; place it first inside the reader's scroll container. */
export function ReaderBookmarkBar({ document }: { document: ArticleDocument }) {
  const { t } = useTranslation()
  const bar = useRef<HTMLDivElement>(null)
  const [blockId, setBlockId] = useState<string | null>(null)

  useEffect(() => {
    const pane = paneOf(bar.current)
    if (!pane) return
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setBlockId(blockInView(pane, bar.current?.offsetHeight ?? 0)))
    }
    update()
    pane.addEventListener('scroll', update, { passive: true })
    window.addEventListener('resize', update)
    return () => {
      cancelAnimationFrame(frame)
      pane.removeEventListener('scroll', update)
      window.removeEventListener('resize', update)
    }
  }, [document.id])

  const block = document.blocks.find((candidate) => candidate.id === blockId)
  const positionLabel = block ? (block.kind === 'title' ? block.title : block.text) : null
  const positionTarget = useMemo<BookmarkTarget | null>(
    () =>
      block && positionLabel
        ? { kind: 'position', documentId: document.id, targetId: block.id, label: positionLabel }
        : null,
    [block, positionLabel, document.id]
  )
  const documentTarget = useMemo<BookmarkTarget>(
    () => ({ kind: 'document', documentId: document.id, targetId: document.id, label: document.title }),
    [document.id, document.title]
  )
  const position = useBookmarkToggle(positionTarget)
  const whole = useBookmarkToggle(documentTarget)
  useBookmarkShortcut({ position: () => void position.toggle(), document: () => void whole.toggle() })

  const positions = usePositionBookmarks(document.id)
  const markedIds = positions.map((bookmark) => bookmark.targetId).join('\n')
  useEffect(() => {
    const pane = paneOf(bar.current)
    return pane && markedIds ? markBookmarkedBlocks(pane, markedIds.split('\n')) : undefined
  }, [markedIds, document.id])

  return (
    <div ref={bar} className="reader-bookmark-bar" role="group" aria-label={t('bookmarks.bar.label')}>
      <div className="reader-bookmark-bar-inner">
        <BookmarkToggle state={whole} label={t('bookmarks.bar.document')} hint={t('bookmarks.bar.documentHint')} />
        <BookmarkToggle
          state={position}
          label={t('bookmarks.bar.position')}
          detail={positionLabel ?? t('bookmarks.bar.noPosition')}
          hint={t('bookmarks.bar.positionHint')}
        />
        {/* The link to the heading or paragraph in view; the document's when none is. */}
        <CopyBookmarkLink target={positionTarget ?? documentTarget} />
      </div>
    </div>
  )
}
