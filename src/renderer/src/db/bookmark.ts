// A bookmark: a document, a position in it (a heading or paragraph), a reference or an archived
// link the user wants to find again, with an optional note and tags.

/**
 * The limits of a stored bookmark: the one rule its store, the backup import (record-schemas.ts) and the
 * merge (merge-rule.ts) apply. They are the limits an import has always accepted, so that no bookmark
 * already in a database can become one its own editor refuses to save.
 */
export const BOOKMARK_LIMITS = {
  /** Longest note, in characters (as for an annotation's note). */
  note: 100_000,
  /** Longest tag, in characters. */
  tag: 100,
  /** Most tags on one bookmark. */
  tags: 50,
  /** Longest label kept (a label an import or a caller gives). */
  label: 2_000,
  /** Captured text (a whole paragraph, say) is cut to this length when a bookmark is made: short enough for a list. */
  capturedLabel: 200
} as const

export const BOOKMARK_KINDS = ['document', 'position', 'reference', 'link'] as const
export type BookmarkKind = (typeof BOOKMARK_KINDS)[number]

export interface Bookmark {
  id: string
  kind: BookmarkKind
  documentId: string
  /** The document id, the block id, the reference id or the link id, by kind. */
  targetId: string
  /** `${kind}:${documentId}:${targetId}` — unique: one bookmark per thing. */
  targetKey: string
  /** What the bookmark shows (the heading, the reference title…), captured when it was made. */
  label: string
  note: string
  tags: string[]
  createdAt: string
  updatedAt: string
}

/** A URL the user attached to an archived link the archive knows no URL for. Their data, not the archive's. */
export interface LinkUrl {
  linkId: string
  documentId: string
  url: string
  updatedAt: string
}

export const bookmarkTargetKey = (kind: BookmarkKind, documentId: string, targetId: string): string =>
  `${kind}:${documentId}:${targetId}`
