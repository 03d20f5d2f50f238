// The reader: the whole article in reading order — title, infobox card, introduction,
// sections — followed by the archive's notes on the source.

import { useRef } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { useAnnotations } from '../annotations/annotations-context'
import { HighlightLayer } from '../annotations/highlight-layer'
import { allAnchored } from '../annotations/painted-spans'
import { SelectionToolbar } from '../annotations/selection-toolbar'
import type { Block } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { HandOver } from '../first-screen/hand-over'
import { InfoboxCard } from './infobox-card'
import { BlockList, SectionView } from './section-view'
import { TitleBlock } from './title-block'
import { useReadingPosition } from './use-reading-position'

export function ReaderView({ entry }: { entry: ArchiveDocumentEntry }) {
  const { t } = useTranslation()
  const { document } = entry
  const surfaceRef = useRef<HTMLDivElement>(null)
  const articleRef = useRef<HTMLElement>(null)
  useReadingPosition(document)
  // The app takes over once it shows every highlight the first screen shows: annotations read and anchored
  // (at once when the boot script handed them over, after its own read when the boot script could not).
  const { annotations, anchors } = useAnnotations()
  const highlightsReady = annotations !== undefined && allAnchored(annotations, anchors)
  const byId = new Map<string, Block>(document.blocks.map((block) => [block.id, block]))
  const title = document.blocks[0]
  const intro = document.blocks.filter(
    (block) => (block.kind === 'paragraph' || block.kind === 'bullet') && block.sectionId === null
  )
  return (
    <div className="reader-surface" ref={surfaceRef}>
      <article
        ref={articleRef}
        className="reader"
        lang={document.language}
        aria-label={t('reader.label')}
        data-document-id={document.id}
      >
        {title?.kind === 'title' ? <TitleBlock block={title} /> : null}
        <InfoboxCard document={document} />
        <BlockList blocks={intro} />
        {document.sections.map((section) => {
          const heading = document.blocks.find((block) => block.kind === 'heading' && block.sectionId === section.id)
          if (!heading) return null
          const blocks = section.blockIds
            .map((id) => byId.get(id))
            .filter((block): block is Block => block !== undefined)
          return <SectionView key={section.id} section={section} heading={heading} blocks={blocks} />
        })}
        {entry.notes.length > 0 ? (
          <details className="source-notes">
            <summary>{t('reader.sourceNotes')}</summary>
            <ul>
              {entry.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </article>
      <HighlightLayer rootRef={articleRef} />
      <SelectionToolbar surfaceRef={surfaceRef} />
      <HandOver ready={highlightsReady} />
    </div>
  )
}
