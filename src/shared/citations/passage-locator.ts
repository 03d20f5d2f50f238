// Where a passage of an article is, as a citation points at it: its section's heading and its paragraph's number in
// that section, made into one CSL locator ("section" "Liens externes, para. 2") that citeproc writes each style's
// and language's way: "sec. Liens externes, para. 2" (Chicago, English), "sect. Liens externes, paragr. 2" (French).

import type { ArticleDocument } from '../archive/document'
import type { CslLocator } from './citation-engine'

/** A passage's place in an article: null parts are unknown or do not apply (the introduction has no section). */
export interface ArticlePlace {
  /** The heading of the section the passage is in, as written; null in the introduction. */
  section: string | null
  /** The paragraph's number among the paragraphs and list items of its section (or introduction), from 1. */
  paragraph: number | null
}

/**
 * The place of block `blockId` in `document`: a paragraph or list item has its section and number; a heading has
 * its section only; the title, the infobox or an unknown block have no place (null), and are cited without one.
 */
export function placeOfBlock(
  document: Pick<ArticleDocument, 'blocks' | 'sections'>,
  blockId: string | null
): ArticlePlace | null {
  if (blockId === null) return null
  const index = document.blocks.findIndex((block) => block.id === blockId)
  const block = document.blocks[index]
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'bullet' && block.kind !== 'heading')) return null
  const section = block.sectionId === null ? null : document.sections.find(({ id }) => id === block.sectionId)
  const heading = section?.heading ?? null
  if (block.kind === 'heading') return heading === null ? null : { section: heading, paragraph: null }
  // The paragraph's number: the text blocks of the same section before it, itself included.
  let paragraph = 0
  for (let at = 0; at <= index; at++) {
    const before = document.blocks[at]!
    if ((before.kind === 'paragraph' || before.kind === 'bullet') && before.sectionId === block.sectionId) paragraph++
  }
  return { section: heading, paragraph }
}

/**
 * The CSL locator of a place: "section" with the heading, followed by ", para. N" when the paragraph is known
 * (citeproc-js reads the "para." inside a locator as a second label and writes it in the style's and locale's
 * terms); "paragraph" alone in the introduction; null when there is nothing to point at.
 */
export function locatorOfPlace(place: ArticlePlace | null): CslLocator | null {
  if (!place) return null
  const heading = place.section?.replace(/\s+/g, ' ').trim() || null
  if (heading === null) return place.paragraph === null ? null : { label: 'paragraph', value: String(place.paragraph) }
  return { label: 'section', value: place.paragraph === null ? heading : `${heading}, para. ${place.paragraph}` }
}
