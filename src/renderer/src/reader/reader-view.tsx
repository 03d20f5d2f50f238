// The reader: the article (shared/reader/article.tsx, the DOM main's first screen draws too) in the UI's
// words, its "show card" buttons opening the card, with the highlights and the selection toolbar over it.

import { memo, useCallback, useMemo, useRef } from 'react'
import type { TFunction } from 'i18next'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { ReaderMessages } from '../../../shared/i18n/reader-messages'
import { Article } from '../../../shared/reader/article'
import { useAnnotations } from '../annotations/annotations-context'
import { HighlightLayer } from '../annotations/highlight-layer'
import { SyncedMemberHighlights } from '../groups/when-synced'
import { allAnchored } from '../annotations/painted-spans'
import { SelectionToolbar } from '../annotations/selection-toolbar'
import { useTranslation } from '../i18n/i18n'
import { useHandOver } from '../startup/startup'
import { useNavigation } from '../layout/navigation'
import { useReadingPosition } from './use-reading-position'

/** The reader's words in the UI's current language (the catalog's `reader` entries, main's words too). */
const readerWords = (t: TFunction): ReaderMessages => ({
  label: t('reader.label'),
  englishTitle: t('reader.englishTitle'),
  infobox: t('reader.infobox'),
  emptySection: t('reader.emptySection'),
  noValue: t('reader.noValue'),
  showCard: t('reader.showCard'),
  sourceNotes: t('reader.sourceNotes')
})

/** Drawn again only when the document, the words or the card action change (not at each highlight). */
const ReaderArticle = memo(Article)

export function ReaderView({ entry }: { entry: ArchiveDocumentEntry }) {
  const { t } = useTranslation()
  const { document } = entry
  const surfaceRef = useRef<HTMLDivElement>(null)
  const articleRef = useRef<HTMLElement>(null)
  useReadingPosition(document)
  // The app takes over once it shows every highlight the first screen shows: annotations read and anchored
  // (at once when the boot script handed them over, after its own read when the boot script could not).
  const { annotations, anchors } = useAnnotations()
  useHandOver(annotations !== undefined && allAnchored(annotations, anchors))
  const words = useMemo(() => readerWords(t), [t])
  const { documentId, goToCard } = useNavigation()
  const showCard = useCallback((target: string) => goToCard(documentId, target), [documentId, goToCard])
  return (
    <div className="reader-surface" ref={surfaceRef}>
      <ReaderArticle ref={articleRef} entry={entry} words={words} onShowCard={showCard} />
      <HighlightLayer rootRef={articleRef} />
      <SyncedMemberHighlights rootRef={articleRef} document={document} />
      <SelectionToolbar surfaceRef={surfaceRef} />
    </div>
  )
}
