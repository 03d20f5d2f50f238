// The reader of a copy (a PDF, a saved page) in place of the article: the file drawn by its own viewer, the
// annotations painted over its text and made from a selection there, as in an article. A PDF's text is
// extracted once, page by page, while it shows; main keeps it, so that search and the next opening have it.

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { pageBlockId, pageOfBlockId } from '../../../shared/copies/pdf-page-text'
import type { CopyEntry, CopyText } from '../../../shared/copies/copy-types'
import { copyPath } from '../../../shared/copies/copy-url'
import { HighlightLayer } from '../annotations/highlight-layer'
import { SyncedMemberHighlightsOfCopy } from '../groups/when-synced'
import { SelectionToolbar } from '../annotations/selection-toolbar'
import { readReadingState, saveReadingState } from '../db/reading-store'
import { useTranslation } from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'
import { useHandOver } from '../startup/startup'
import { CopyBookmarkBar } from './copy-bookmark-bar'
import { SavedPageReader } from './saved-page-reader'
import { copyEntry, keepCopyText } from './copy-entry'
import { loadPdfView } from './pdf/load-pdf-view'
import { useHitWordMarks } from './use-hit-word-marks'

const PdfView = lazy(() => loadPdfView().then((module) => ({ default: module.PdfView })))

type Position = { page: number; offset: number }

/** Where the user was in the copy (its reading state, page by page), or null. */
function usePosition(id: string): Position | null | undefined {
  const [position, setPosition] = useState<Position | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    readReadingState(id).then(
      (state) => {
        const page = state ? pageOfBlockId(state.blockId) : null
        if (live) setPosition(state && page ? { page, offset: state.fraction } : null)
      },
      () => live && setPosition(null)
    )
    return () => {
      live = false
    }
  }, [id])
  return position
}

function PdfReader({
  copy,
  entry,
  onText
}: {
  copy: CopyEntry
  entry: ArchiveDocumentEntry
  onText(next: ArchiveDocumentEntry): void
}) {
  const { t } = useTranslation()
  const rootRef = useRef<HTMLDivElement>(null)
  const surfaceRef = useRef<HTMLDivElement>(null)
  const position = usePosition(copy.id)
  // The page at the top of the view, for the page bookmark: where the copy opened, then where it scrolled.
  const [topPage, setTopPage] = useState<number | null>(null)
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set())
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const pages = useRef<string[]>([])
  // The copy as main knows it now (its pages and title, once the reader told main), and its text once known.
  const latest = useRef(copy)
  const text = useRef<CopyText | null>(
    entry.document.blocks.length > 0 ? { pages: entry.document.blocks.map((block) => block.text) } : null
  )
  const known = entry.document.blocks.length > 0

  const onPageText = useCallback(
    (page: number, pageText: string, done: number, total: number) => {
      pages.current[page - 1] = pageText
      setProgress({ done, total })
      // For the benchmark (bench/suite/pdf-figures.ts): every page's text is in.
      if (done === total) performance.mark('folio:pdf-text-extracted')
      if (done < total || known) return
      const extracted = { pages: Array.from({ length: total }, (_, index) => pages.current[index] ?? '') }
      text.current = extracted
      onText(keepCopyText(latest.current, extracted))
    },
    [known, onText]
  )
  const onLoaded = useCallback(
    ({ pages: count, title }: { pages: number; title: string | null }) => {
      if (latest.current.pages === count && latest.current.title === title) return
      void getFolioApi()
        ?.describeCopy(copy.id, { pages: count, title })
        .then((described) => {
          if (!described) return
          latest.current = described
          onText(copyEntry(described, text.current))
        })
        .catch((error: unknown) => console.warn('The copy was not described', error))
    },
    [copy.id, onText]
  )
  const onPosition = useCallback(
    ({ page, offset }: Position) => {
      setTopPage(page)
      void saveReadingState(copy.id, pageBlockId(page), offset).catch((error: unknown) =>
        console.warn('Reading position not saved', error)
      )
    },
    [copy.id]
  )
  const onOpenLink = useCallback((url: string) => void getFolioApi()?.openExternal(url), [])
  // A search hit's words, once its page's text layer is drawn (the copy open already, or opened by the hit).
  useHitWordMarks(copy.id, rootRef, entry.document, shown)

  return (
    <div className="copy-reader" ref={surfaceRef}>
      <div className="copy-reader-bar">
        <h1 className="copy-reader-title">{copy.title ?? copy.fileName}</h1>
        <CopyBookmarkBar copyId={copy.id} title={copy.title ?? copy.fileName} page={topPage ?? position?.page ?? 1} />
        {progress && progress.done < progress.total && !known ? (
          <span className="copy-reader-progress" role="status">
            {t('copyCard.extracting', { done: progress.done, total: progress.total })}
          </span>
        ) : null}
      </div>
      <div className="copy-pages" data-document-id={copy.id} ref={rootRef}>
        {position === undefined ? null : (
          <Suspense fallback={null}>
            <PdfView
              url={copyPath(copy.id)}
              initialPosition={position}
              onPosition={onPosition}
              onLoaded={onLoaded}
              onPageText={onPageText}
              knownTexts={known ? text.current?.pages : null}
              onPagesShown={setShown}
              onOpenLink={onOpenLink}
            />
          </Suspense>
        )}
      </div>
      <HighlightLayer rootRef={rootRef} shown={shown} />
      <SyncedMemberHighlightsOfCopy rootRef={rootRef} shown={shown} />
      <SelectionToolbar surfaceRef={surfaceRef} />
    </div>
  )
}

/** The copy `entry` (its `copy` set) in the reader; `onText`: its document, once its pages' text is known. */
export function CopyReader({
  entry,
  onText
}: {
  entry: ArchiveDocumentEntry
  onText(next: ArchiveDocumentEntry): void
}) {
  // Opened at start, a copy is the app's at once: main's first screen showed the archive's document meanwhile.
  useHandOver(true)
  const copy = entry.copy
  if (!copy) return null
  if (copy.kind === 'pdf') return <PdfReader copy={copy} entry={entry} onText={onText} />
  return <SavedPageReader copy={copy} entry={entry} onText={onText} />
}
