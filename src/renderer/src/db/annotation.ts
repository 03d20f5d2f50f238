// One annotation: a highlighted passage of a document, with its colour, Markdown note and tags,
// and the W3C selectors that find the passage again after the text changes.

import type { AnnotationTarget } from '../../../shared/anchoring/types'

/** Highlight colours, in the order the toolbar offers them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/**
 * The limits of a stored annotation: the one rule its store, its editor, the backup import
 * (record-schemas.ts) and the merge (merge-rule.ts) apply.
 */
export const ANNOTATION_LIMITS = {
  /** Longest note, in characters. */
  note: 100_000,
  /** Longest tag, in characters. */
  tag: 100,
  /** Most tags on one annotation. */
  tags: 50,
  /** Longest quote, or quote context, of the passage (a quote may be a long passage). */
  quote: 100_000
} as const

export interface Annotation {
  /** A random UUID. */
  id: string
  documentId: string
  target: AnnotationTarget
  color: HighlightColor
  /** Markdown, shown rendered and sanitised. */
  note: string
  tags: string[]
  /** ISO 8601 timestamps. */
  createdAt: string
  updatedAt: string
}

/** What the user can change on an annotation. */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'note' | 'tags' | 'target'>>
