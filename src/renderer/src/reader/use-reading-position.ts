// Remembers where the user is in each document and brings them back there when they open it
// again: the block at the top of the reader and how far into it, saved as they scroll.

import { useEffect } from 'react'
import type { ArticleDocument } from '../../../shared/archive/document'
import { readReadingState, saveReadingState } from '../db/reading-store'
import { useStartup } from '../startup/startup'
import { scrollToReadingState, topBlock } from './reading-position'

const SAVE_DELAY_MS = 400

/** Restores the saved position of `document` when it opens, then saves it while the user reads. */
export function useReadingPosition(document: ArticleDocument): void {
  const { tookOverScroll } = useStartup()
  useEffect(() => {
    const pane = window.document.querySelector<HTMLElement>('.reader-pane')
    const root = window.document.querySelector(`.reader[data-document-id="${CSS.escape(document.id)}"]`)
    if (!pane || !root) return
    let live = true
    let timer: number | undefined
    // The first screen already restored the position (and the user may have scrolled since): keep it.
    if (!tookOverScroll(document.id)) {
      pane.scrollTop = 0
      void readReadingState(document.id).then((state) => {
        // A jump that happened meanwhile (a bookmark, a search result) wins over the saved position.
        if (live && state && pane.scrollTop === 0) scrollToReadingState(pane, root, state)
      })
    }
    const onScroll = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        const position = topBlock(pane, root)
        if (!position) return
        saveReadingState(document.id, position.blockId, position.fraction).catch((error: unknown) =>
          console.warn('Reading position not saved', error)
        )
      }, SAVE_DELAY_MS)
    }
    pane.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      live = false
      window.clearTimeout(timer)
      pane.removeEventListener('scroll', onScroll)
    }
  }, [document, tookOverScroll])
}
