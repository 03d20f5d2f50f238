// A copy (a PDF, or a saved page as one page) as an ArticleDocument, so annotations, anchoring and search work on it as
// on an article: one paragraph block per page, id "page-<n>", its text the page text (pdf-page-text.ts).

import type { ArticleDocument, ParagraphBlock } from '../archive/document'
import { pageBlockId } from './pdf-page-text'

export interface CopyDocumentInput {
  /** The copy's id ("c-…"). */
  id: string
  /** The copy's title, shown where an article shows its title line. */
  title: string
  /** The text of each page, in order. */
  pages: readonly string[]
}

/** The document of a copy: a paragraph per page (no title block: blocks[0] is page 1), no sections or links. */
export function copyDocument({ id, title, pages }: CopyDocumentInput): ArticleDocument {
  const blocks: ParagraphBlock[] = pages.map((text, index) => ({
    id: pageBlockId(index + 1),
    kind: 'paragraph',
    text,
    sectionId: null
  }))
  return {
    id,
    titleLine: title,
    title,
    englishTitle: null,
    language: '',
    infobox: null,
    blocks,
    sections: [],
    references: [],
    links: []
  }
}
