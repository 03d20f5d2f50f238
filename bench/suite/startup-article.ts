// What the start-up benchmark shows: the archive's article as Folio loads it (through the real
// handler), annotations to seed on it, and a static HTML page holding the same text.

import { describeRange } from '../../src/shared/anchoring/describe'
import type { AnnotationTarget } from '../../src/shared/anchoring/types'
import { blockOffsets, type ArticleDocument } from '../../src/shared/archive/document'
import { loadArchive } from '../../src/main/archive/load-archive'

/** An annotation as Folio stores it (src/renderer/src/db/annotation.ts). */
export interface SeededAnnotation {
  id: string
  documentId: string
  target: AnnotationTarget
  color: string
  note: string
  tags: string[]
  createdAt: string
  updatedAt: string
}

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange']

/** The first document of the archive in `archiveDir`, as the reader opens it at start. */
export async function openingArticle(archiveDir: string): Promise<ArticleDocument> {
  const result = await loadArchive(archiveDir)
  const first = result.ok ? result.archive.documents[0] : undefined
  if (!first) throw new Error(`the archive in ${archiveDir} has no document`)
  return first.document
}

/**
 * `count` annotations spread over the article's paragraphs: word-aligned passages of 15–40 characters,
 * one per equal slot of each paragraph, so none overlap; every other one has a Markdown note and tags.
 */
export function seedAnnotations(document: ArticleDocument, count: number): SeededAnnotation[] {
  const paragraphs = document.blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 200)
  if (paragraphs.length === 0) throw new Error('the article has no paragraph to annotate')
  const offsets = blockOffsets(document)
  const perParagraph = Math.ceil(count / paragraphs.length)
  const annotations: SeededAnnotation[] = []
  for (let i = 0; i < count; i++) {
    const block = paragraphs[i % paragraphs.length]!
    const slot = Math.floor(block.text.length / perParagraph)
    const slotStart = Math.floor(i / paragraphs.length) * slot
    const from = block.text.indexOf(' ', slotStart) + 1
    const end = block.text.lastIndexOf(' ', Math.min(from + 40, slotStart + slot - 1))
    const to = end - from >= 15 ? end : Math.min(from + 15, slotStart + slot - 1)
    const base = offsets.get(block.id) ?? 0
    const createdAt = new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString()
    annotations.push({
      id: `bench-${i.toString().padStart(4, '0')}`,
      documentId: document.id,
      target: describeRange(document, base + from, base + to),
      color: COLORS[i % COLORS.length]!,
      note: i % 2 ? '' : `Note **${i}** : à relire, voir [la source](https://example.org/${i}).`,
      tags: i % 2 ? [] : ['benchmark', `passage ${i}`],
      createdAt,
      updatedAt: createdAt
    })
  }
  return annotations
}

/** A snippet of the article's text that is on screen once the reader has painted it. */
export function paintedSnippet(document: ArticleDocument): string {
  const paragraph = document.blocks.find((block) => block.kind === 'paragraph')
  if (!paragraph) throw new Error('the article has no paragraph')
  return paragraph.text.slice(0, 60)
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The article's text as a static HTML page: a heading or a paragraph per block, no script, no style. */
export function staticArticleHtml(document: ArticleDocument): string {
  const body = document.blocks
    .map((block) => {
      const tag =
        block.kind === 'title' ? 'h1' : block.kind === 'heading' || block.kind === 'infobox-heading' ? 'h2' : 'p'
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`
    })
    .join('\n')
  return `<!doctype html>\n<html lang="${escapeHtml(document.language)}">\n<head>\n<meta charset="UTF-8" />\n<link rel="icon" href="data:," />\n<title>${escapeHtml(document.title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
}
