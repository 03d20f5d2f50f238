// The open document's table of contents: its sections, the one being read marked as the reader
// scrolls (an IntersectionObserver on the section headings), each a jump.

import { useEffect, useState } from 'react'
import { blockElementId, blockIdOfElementId } from '../../../shared/archive/block-element-id'
import type { ArticleDocument } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'

/** The id of the heading block of the section being read: the last heading above the top third
 * of the reader (or, scrolled to the end, the last heading on screen). */
function useCurrentSection(document: ArticleDocument): string | null {
  const [current, setCurrent] = useState<string | null>(null)
  useEffect(() => {
    const headings = document.blocks.filter((block) => block.kind === 'heading')
    const elements = headings
      .map((block) => window.document.getElementById(blockElementId(block.id)))
      .filter((element): element is HTMLElement => element !== null)
    const pane = window.document.querySelector('.reader-pane')
    if (!pane || elements.length === 0) return
    const update = () => {
      // At the end of the document the last sections cannot reach the top: any visible heading counts.
      const atEnd = pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2
      const limit = pane.getBoundingClientRect().top + (atEnd ? pane.clientHeight : pane.clientHeight / 3)
      let found: string | null = null
      for (const element of elements)
        if (element.getBoundingClientRect().top <= limit) found = blockIdOfElementId(element.id)
      setCurrent(found)
    }
    const observer = new IntersectionObserver(update, { root: pane, rootMargin: '0px 0px -66% 0px' })
    elements.forEach((element) => observer.observe(element))
    pane.addEventListener('scroll', update, { passive: true })
    update()
    return () => {
      observer.disconnect()
      pane.removeEventListener('scroll', update)
    }
  }, [document])
  return current
}

export function TableOfContents({ document }: { document: ArticleDocument }) {
  const { t } = useTranslation()
  const { goToBlock } = useNavigation()
  const current = useCurrentSection(document)
  const headings = document.blocks.filter((block) => block.kind === 'heading')
  if (headings.length === 0) return null
  return (
    <section className="sidebar-section table-of-contents">
      <h2 id="toc-title">{t('library.contents')}</h2>
      <ol aria-labelledby="toc-title">
        {headings.map((heading) => (
          <li key={heading.id}>
            <button
              type="button"
              className="sidebar-item"
              aria-current={current === heading.id ? 'location' : undefined}
              onClick={() => goToBlock(document.id, heading.id)}
            >
              {heading.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
