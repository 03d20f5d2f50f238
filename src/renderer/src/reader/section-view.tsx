// One section of the article: its heading, then its paragraphs and bullets; an empty section
// says it is empty. Reference and link bullets carry a button to their card.

import { blockElementId } from '../../../shared/archive/block-element-id'
import type { Block, BulletBlock, Section } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { BlockText } from './block-text'

export function BulletItem({ block }: { block: BulletBlock }) {
  const { t } = useTranslation()
  const { documentId, goToCard } = useNavigation()
  const target = block.referenceId ?? block.linkId
  return (
    <li id={blockElementId(block.id)}>
      <BlockText blockId={block.id} text={block.text} />
      {target ? (
        <button type="button" className="link-button to-card" onClick={() => goToCard(documentId, target)}>
          {t('reader.showCard')}
        </button>
      ) : null}
    </li>
  )
}

/** Paragraphs and bullets in order, consecutive bullets grouped in one list. */
export function BlockList({ blocks }: { blocks: Block[] }) {
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
            {group.map((block) => (block.kind === 'bullet' ? <BulletItem key={block.id} block={block} /> : null))}
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

export function SectionView({ section, heading, blocks }: { section: Section; heading: Block; blocks: Block[] }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby={blockElementId(heading.id)} data-section-id={section.id}>
      <h2 id={blockElementId(heading.id)}>
        <BlockText blockId={heading.id} text={heading.text} />
      </h2>
      {blocks.length === 0 ? (
        <p className="empty-section">{t('reader.emptySection')}</p>
      ) : (
        <BlockList blocks={blocks} />
      )}
    </section>
  )
}
