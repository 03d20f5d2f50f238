// A saved web page in the reader, annotated like an article: the page's body is its one block ("page-1"), whose
// text is what the frame shows; highlights are painted in the frame and made from a selection there. The text is
// kept by main the first time, for search and so that the annotations anchor at once the next time.

import { lazy, Suspense, useCallback, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { CopyEntry } from '../../../shared/copies/copy-types'
import { pageBlockId } from '../../../shared/copies/pdf-page-text'
import { HighlightLayer } from '../annotations/highlight-layer'
import { SyncedMemberHighlightsOfCopy } from '../groups/when-synced'
import { SelectionToolbar } from '../annotations/selection-toolbar'
import { CopyBookmarkBar } from './copy-bookmark-bar'
import { copyEntryIndexed, keepCopyText } from './copy-entry'
import { getFolioApi } from '../ipc/folio-client'
import { lendHighlightStyles } from './frame-highlight-styles'
import { useHitWordMarks } from './use-hit-word-marks'

const SavedPageView = lazy(() => import('./saved-page-view').then((module) => ({ default: module.SavedPageView })))

/** The longest title kept from a page's <title>. */
const TITLE_LIMIT = 500

/** The text of a saved page's body as the reader's offsets count it (every text node, in order). */
export const savedPageText = (body: HTMLElement): string => body.textContent ?? ''

export function SavedPageReader({
  copy,
  entry,
  onText
}: {
  copy: CopyEntry
  entry: ArchiveDocumentEntry
  onText(next: ArchiveDocumentEntry): void
}) {
  const surfaceRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLElement | null>(null)
  // Changes when the frame's document comes or goes, for the highlights to be painted in it.
  const [loads, setLoads] = useState(0)
  const known = entry.document.blocks[0]?.text ?? null
  const title = copy.title ?? copy.fileName

  const onFrameDocument = useCallback(
    (doc: Document | null) => {
      const body = doc?.body ?? null
      bodyRef.current = body
      if (doc && body) {
        body.dataset.blockId = pageBlockId(1)
        lendHighlightStyles(doc)
        const text = { pages: [savedPageText(body)] }
        if (text.pages[0] !== known) onText(keepCopyText(copy, text))
        // Named by the title the page gives itself, as a PDF is (its file name until then).
        const facts = { pages: 1, title: doc.title.trim().slice(0, TITLE_LIMIT) || null }
        if (facts.title !== copy.title || copy.pages !== 1)
          void getFolioApi()
            ?.describeCopy(copy.id, facts)
            .then((described) => described && onText(copyEntryIndexed(described, text)))
            .catch((error: unknown) => console.warn('The copy was not described', error))
      }
      setLoads((count) => count + 1)
    },
    [copy, known, onText]
  )
  // A search hit's words, in the frame as it is (a second hit in the page shown marks its own words too).
  useHitWordMarks(copy.id, bodyRef, entry.document, loads)

  return (
    <div className="copy-reader" ref={surfaceRef}>
      <div className="copy-reader-bar">
        <h1 className="copy-reader-title">{title}</h1>
        <CopyBookmarkBar copyId={copy.id} title={title} page={null} />
      </div>
      <div className="saved-page-root" data-document-id={copy.id}>
        <Suspense fallback={null}>
          <SavedPageView copyId={copy.id} title={title} onFrameDocument={onFrameDocument} />
        </Suspense>
      </div>
      <HighlightLayer rootRef={bodyRef} shown={loads} />
      <SyncedMemberHighlightsOfCopy rootRef={bodyRef} shown={loads} />
      <SelectionToolbar surfaceRef={surfaceRef} textRef={bodyRef} />
    </div>
  )
}
