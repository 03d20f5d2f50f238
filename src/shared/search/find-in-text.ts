// Finds every occurrence of a query in a document's text for in-document find (Ctrl+F): case-,
// accent- and punctuation-insensitive like the search, returned as ranges of the original text.

import type { AnchorableDocument } from '../anchoring/types'
import { normalizeText, normalizeWithSources, toOriginalRange } from './normalize'

export interface FoundRange {
  start: number
  end: number
}

/** The folded query with runs of separators collapsed to one space and trimmed. */
function foldQuery(query: string): string {
  return normalizeText(query).replace(/\s+/g, ' ').trim()
}

/**
 * Every match of `query` in the document text (block texts joined by '\n'), in reading order.
 * Separators in the text (spaces, hyphens, NBSP, apostrophes) match any run of separators in the query.
 */
export function findInDocument(doc: AnchorableDocument, query: string, limit = 10_000): FoundRange[] {
  const folded = foldQuery(query)
  if (folded === '') return []
  const pattern = new RegExp(
    folded
      .split(' ')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g'
  )
  const found: FoundRange[] = []
  let offset = 0
  for (const block of doc.blocks) {
    const normalized = normalizeWithSources(block.text)
    for (const match of normalized.text.matchAll(pattern)) {
      const [start, end] = toOriginalRange(normalized, match.index, match.index + match[0].length)
      found.push({ start: offset + start, end: offset + end })
      if (found.length >= limit) return found
    }
    offset += block.text.length + 1
  }
  return found
}
