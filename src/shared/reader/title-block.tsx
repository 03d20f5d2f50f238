// The article's title line: the French title as the page heading and the English title below it.
// The " - " between them stays in the DOM (visually discreet) so the block text is the source line.

import { blockElementId } from '../archive/block-element-id'
import type { TitleBlock as TitleBlockModel } from '../archive/document'
import type { ReaderMessages } from '../i18n/reader-messages'

export function TitleBlock({ block, words }: { block: TitleBlockModel; words: ReaderMessages }) {
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
          <p className="english-title" lang="en" title={words.englishTitle}>
            {block.englishTitle}
          </p>
        </>
      )}
    </header>
  )
}
