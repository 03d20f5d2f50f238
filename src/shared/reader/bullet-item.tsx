// One bullet of the article; a reference or link bullet carries a button to its card, disabled
// while nothing can open it (main's first screen, before the app has taken over).

import { blockElementId } from '../archive/block-element-id'
import type { BulletBlock } from '../archive/document'
import type { ReaderMessages } from '../i18n/reader-messages'
import { BlockText } from './block-text'
import type { ShowCard } from './show-card'

export function BulletItem({
  block,
  words,
  onShowCard
}: {
  block: BulletBlock
  words: ReaderMessages
  onShowCard?: ShowCard
}) {
  const target = block.referenceId ?? block.linkId
  return (
    <li id={blockElementId(block.id)}>
      <BlockText blockId={block.id} text={block.text} />
      {target ? (
        <button
          type="button"
          className="link-button to-card"
          disabled={onShowCard === undefined}
          onClick={onShowCard && (() => onShowCard(target))}
        >
          {words.showCard}
        </button>
      ) : null}
    </li>
  )
}
