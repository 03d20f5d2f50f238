// The reader's article, the one definition of its DOM: title, infobox card, introduction, sections, then
// the archive's notes on the source. Pure (its words and actions come as props): the app draws it, and main
// renders it to HTML for the first screen.

import type { Ref } from 'react'
import type { ArchiveDocumentEntry } from '../archive/archive-types'
import type { Block } from '../archive/document'
import type { ReaderMessages } from '../i18n/reader-messages'
import { BlockList } from './block-list'
import { InfoboxCard } from './infobox-card'
import { SectionView } from './section-view'
import type { ShowCard } from './show-card'
import { TitleBlock } from './title-block'

export interface ArticleProps {
  entry: ArchiveDocumentEntry
  /** The reader's words in the UI language. */
  words: ReaderMessages
  /** Opens a bullet's card; without it the "show card" buttons are disabled. */
  onShowCard?: ShowCard
  ref?: Ref<HTMLElement>
}

export function Article({ entry, words, onShowCard, ref }: ArticleProps) {
  const { document } = entry
  const byId = new Map<string, Block>(document.blocks.map((block) => [block.id, block]))
  const title = document.blocks[0]
  const intro = document.blocks.filter(
    (block) => (block.kind === 'paragraph' || block.kind === 'bullet') && block.sectionId === null
  )
  return (
    <article
      ref={ref}
      className="reader"
      lang={document.language}
      aria-label={words.label}
      data-document-id={document.id}
    >
      {title?.kind === 'title' ? <TitleBlock block={title} words={words} /> : null}
      <InfoboxCard document={document} words={words} />
      <BlockList blocks={intro} words={words} onShowCard={onShowCard} />
      {document.sections.map((section) => {
        const heading = document.blocks.find((block) => block.kind === 'heading' && block.sectionId === section.id)
        if (!heading) return null
        const blocks = section.blockIds.map((id) => byId.get(id)).filter((block): block is Block => block !== undefined)
        return (
          <SectionView
            key={section.id}
            section={section}
            heading={heading}
            blocks={blocks}
            words={words}
            onShowCard={onShowCard}
          />
        )
      })}
      {entry.notes.length > 0 ? (
        <details className="source-notes">
          <summary>{words.sourceNotes}</summary>
          <ul>
            {entry.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  )
}
