// Test helper: a minimal document (just blocks with ids) built from plain text, like the parser would:
// one block per non-empty line, bullets without their "•" marker, ids from the block's own text.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ArticleDocument, ParagraphBlock } from '../../../src/shared/archive/document'
import { StableIds } from '../../../src/shared/archive/stable-id'

const BULLET = /^\s*•[\s\u00a0]+/

/**
 * Builds `{ blocks }` from text: every non-empty line becomes a block (a bullet loses its marker),
 * ids come from the block text (identical texts get `-2`, `-3`…), as `parseArticle` does.
 * Only the fields anchoring reads are meaningful; every block is a paragraph.
 */
export function textDocument(text: string): Pick<ArticleDocument, 'blocks'> {
  const ids = new StableIds()
  const blocks: ParagraphBlock[] = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(BULLET, ''))
    .map((line) => ({ id: ids.next('p', line), kind: 'paragraph', text: line, sectionId: null }))
  return { blocks }
}

/** Builds a document from block texts given one per entry (no line splitting). */
export function blocksDocument(texts: readonly string[]): Pick<ArticleDocument, 'blocks'> {
  const ids = new StableIds()
  return { blocks: texts.map((t) => ({ id: ids.next('p', t), kind: 'paragraph', text: t, sectionId: null })) }
}

/** The seed article's raw text. */
export function seedArticleText(): string {
  const path = fileURLToPath(new URL('../../../resources/archive/000_fed214270135fa12.txt', import.meta.url))
  return readFileSync(path, 'utf8')
}
