// A bookmark: a document, a position in it (a heading or paragraph), a reference or an archived
// link the user wants to find again, with an optional note and tags.

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
