// Paragraphs and bullets in reading order, consecutive bullets grouped in one list.

import { blockElementId } from '../archive/block-element-id'
import type { Block } from '../archive/document'
import type { ReaderMessages } from '../i18n/reader-messages'
import { BlockText } from './block-text'
import { BulletItem } from './bullet-item'
import type { ShowCard } from './show-card'

interface BlockListProps {
  blocks: Block[]
  words: ReaderMessages
  onShowCard?: ShowCard
}

export function BlockList({ blocks, words, onShowCard }: BlockListProps) {
  const groups: Block[][] = []
  for (const block of blocks) {
    const last = groups.at(-1)
    if (last && block.kind === 'bullet' && last[0]?.kind === 'bullet') last.push(block)
    else groups.push([block])
  }
  return (
    <>
      {groups.map((group) =>
        group[0]?.kind === 'bullet' ? (
          <ul key={group[0].id}>
            {group.map((block) =>
              block.kind === 'bullet' ? (
                <BulletItem key={block.id} block={block} words={words} onShowCard={onShowCard} />
              ) : null
            )}
          </ul>
        ) : (
          group.map((block) => (
            <BlockText
              key={block.id}
              as="p"
              id={blockElementId(block.id)}
              blockId={block.id}
              text={block.text}
              className="paragraph"
            />
          ))
        )
      )}
    </>
  )
}
