// The article's title line: the French title as the page heading and the English title below it.
// The " - " between them stays in the DOM (visually discreet) so the block text is the source line.

import { blockElementId } from '../../../shared/archive/block-element-id'
import type { TitleBlock as TitleBlockModel } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'

export function TitleBlock({ block }: { block: TitleBlockModel }) {
  const { t } = useTranslation()
  const separator =
    block.englishTitle === null
      ? ''
      : block.text.slice(block.title.length, block.text.length - block.englishTitle.length)
  return (
    <header className="block-text article-title" data-block-id={block.id} id={blockElementId(block.id)}>
      <h1>{block.title}</h1>
      {block.englishTitle === null ? null : (
        <>
          <span className="title-separator">{separator}</span>
          <p className="english-title" lang="en" title={t('reader.englishTitle')}>
            {block.englishTitle}
          </p>
        </>
      )}
    </header>
  )
}
