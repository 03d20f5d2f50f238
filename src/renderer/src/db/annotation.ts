// One annotation: a highlighted passage of a document, with its colour, Markdown note and tags,
// and the W3C selectors that find the passage again after the text changes.

import type { AnnotationTarget } from '../../../shared/anchoring/types'

/** Highlight colours, in the order the toolbar offers them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/** Longest note accepted, in characters. */
export const MAX_NOTE_LENGTH = 100_000
export const MAX_TAG_LENGTH = 100
export const MAX_TAGS = 50

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
