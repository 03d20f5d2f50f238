// One section of the article: its heading, then its paragraphs and bullets; an empty section
// says it is empty.

import { blockElementId } from '../archive/block-element-id'
import type { Block, Section } from '../archive/document'
import type { ReaderMessages } from '../i18n/reader-messages'
import { BlockList } from './block-list'
import { BlockText } from './block-text'
import type { ShowCard } from './show-card'

interface SectionViewProps {
  section: Section
  heading: Block
  blocks: Block[]
  words: ReaderMessages
  onShowCard?: ShowCard
}

export function SectionView({ section, heading, blocks, words, onShowCard }: SectionViewProps) {
  return (
    <section aria-labelledby={blockElementId(heading.id)} data-section-id={section.id}>
      <h2 id={blockElementId(heading.id)}>
        <BlockText blockId={heading.id} text={heading.text} />
      </h2>
      {blocks.length === 0 ? (
        <p className="empty-section">{words.emptySection}</p>
      ) : (
        <BlockList blocks={blocks} words={words} onShowCard={onShowCard} />
      )}
    </section>
  )
}
