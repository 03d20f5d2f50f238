// A link from one annotation to another (of any document), with the relation the user picked — one of the
// presets ("confirme", "contredit", "voir aussi", "cite") or a word of their own — stored in annotationLinks.

import { textLength } from './text-length'

/** The relations offered in the picker, stored by these keys and shown in the user's language. */
export const LINK_RELATIONS = ['confirms', 'contradicts', 'seeAlso', 'cites'] as const
export type LinkRelationKey = (typeof LINK_RELATIONS)[number]

/** The limits of a stored link: the one rule its store, its picker and the backup import apply. */
export const ANNOTATION_LINK_LIMITS = {
  /** Longest relation of the user's own, in characters. */
  relation: 60
} as const

export interface AnnotationLink {
  /** A random UUID. */
  id: string
  /** The annotation the link starts from ("A confirme B": A). */
  fromId: string
  /** The annotation it points at (B). */
  toId: string
  /** A key of {@link LINK_RELATIONS}, or the user's own word as typed (plain text, never markup). */
  relation: string
  /** ISO 8601 timestamps. */
  createdAt: string
  updatedAt: string
}

/** True when `relation` is one of the presets (then it is shown in the user's language). */
export const isPresetRelation = (relation: string): relation is LinkRelationKey =>
  (LINK_RELATIONS as readonly string[]).includes(relation)

/** `relation` trimmed with its spaces collapsed, or null when it is empty or longer than the limit. */
export function cleanRelation(relation: string): string | null {
  const clean = relation.replace(/\s+/g, ' ').trim()
  if (clean === '' || textLength(clean) > ANNOTATION_LINK_LIMITS.relation) return null
  return clean
}
