// Remembers where the user is in each document and brings them back there when they open it
// again: the block at the top of the reader and how far into it, saved as they scroll.

import { useEffect } from 'react'
import type { ArticleDocument } from '../../../shared/archive/document'
import { readReadingState, saveReadingState } from '../db/reading-store'

const SAVE_DELAY_MS = 400

/** The block at the top edge of the pane, and the fraction of it scrolled past. */
function topBlock(pane: Element, root: Element): { blockId: string; fraction: number } | null {
  const top = pane.getBoundingClientRect().top
  for (const element of root.querySelectorAll<HTMLElement>('[data-block-id]')) {
    const rect = element.getBoundingClientRect()
    if (rect.bottom > top + 1) {
      return { blockId: element.dataset.blockId ?? '', fraction: rect.height ? Math.max(0, (top - rect.top) / rect.height) : 0 }
    }
  }
  return null
}

/** Restores the saved position of `document` when it opens, then saves it while the user reads. */
export function useReadingPosition(document: ArticleDocument): void {
  useEffect(() => {
    const pane = window.document.querySelector<HTMLElement>('.reader-pane')
    const root = window.document.querySelector(`.reader[data-document-id="${CSS.escape(document.id)}"]`)
    if (!pane || !root) return
    let live = true
    let timer: number | undefined
    pane.scrollTop = 0
    void readReadingState(document.id).then((state) => {
      // A jump that happened meanwhile (a bookmark, a search result) wins over the saved position.
      if (!live || !state || pane.scrollTop !== 0) return
      const element = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(state.blockId)}"]`)
      if (!element) return
      const offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop
      pane.scrollTop = offset + state.fraction * element.getBoundingClientRect().height
    })
    const onScroll = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        const position = topBlock(pane, root)
        if (position) saveReadingState(document.id, position.blockId, position.fraction).catch((error: unknown) => console.warn('Reading position not saved', error))
      }, SAVE_DELAY_MS)
    }
    pane.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      live = false
      window.clearTimeout(timer)
      pane.removeEventListener('scroll', onScroll)
    }
  }, [document])
}
