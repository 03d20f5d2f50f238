// Turns stored bookmarks into the entries the bookmarks view lists: each resolved against the
// archive (does its document, block, reference or link still exist?) and sorted by date or title.

import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Reference } from '../../../shared/archive/document'
import type { Bookmark } from '../db/bookmark'

/** The orders the bookmarks view offers. */
export const BOOKMARK_SORTS = ['date', 'title'] as const
export type BookmarkSort = (typeof BOOKMARK_SORTS)[number]

/** A bookmark with what the archive says about its target today. */
export interface BookmarkEntry {
  bookmark: Bookmark
  /** The title of the bookmark's document, or null when the archive no longer has it. */
  documentTitle: string | null
  /** False when the archive no longer has the document, block, reference or link (its text changed). */
  found: boolean
  /** The block to scroll to: the position itself, the bullet of a reference or link, a document's title. */
  blockId: string | null
}

/** The block where the bookmark's target is in the document, or null when the archive no longer has it. */
function targetBlock(bookmark: Bookmark, entry: ArchiveDocumentEntry | undefined): string | null {
  if (!entry) return null
  const { document } = entry
  switch (bookmark.kind) {
    case 'document':
      return document.blocks[0]?.id ?? null
    case 'position':
      return document.blocks.some((block) => block.id === bookmark.targetId) ? bookmark.targetId : null
    case 'reference':
      return document.references.find((reference) => reference.id === bookmark.targetId)?.blockId ?? null
    case 'link':
      return document.links.find((link) => link.id === bookmark.targetId)?.blockId ?? null
  }
}

/** Resolves each bookmark against the archive's documents. */
export function resolveBookmarks(
  bookmarks: readonly Bookmark[],
  documents: readonly ArchiveDocumentEntry[]
): BookmarkEntry[] {
  const byId = new Map(documents.map((entry) => [entry.id, entry]))
  return bookmarks.map((bookmark) => {
    const entry = byId.get(bookmark.documentId)
    const blockId = targetBlock(bookmark, entry)
    return { bookmark, documentTitle: entry?.document.title ?? null, found: blockId !== null, blockId }
  })
}

/** The archive's references that are bookmarked, in the archive's order. */
export function bookmarkedReferences(
  bookmarks: readonly Bookmark[],
  documents: readonly ArchiveDocumentEntry[]
): Reference[] {
  const keys = new Set(bookmarks.filter((b) => b.kind === 'reference').map((b) => `${b.documentId}\n${b.targetId}`))
  return documents.flatMap((entry) =>
    entry.document.references.filter((reference) => keys.has(`${entry.id}\n${reference.id}`))
  )
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true, ignorePunctuation: true })

/**
 * Sorted copies: `date` puts the most recently created first; `title` sorts labels alphabetically
 * (French collation: accents and case do not split "Été" from "ete"), newest first among equal labels.
 */
export function sortBookmarks<T extends { bookmark: Bookmark }>(entries: readonly T[], sort: BookmarkSort): T[] {
  const byDate = (a: T, b: T) => b.bookmark.createdAt.localeCompare(a.bookmark.createdAt)
  return [...entries].sort(
    sort === 'title' ? (a, b) => collator.compare(a.bookmark.label, b.bookmark.label) || byDate(a, b) : byDate
  )
}

/** The tags the user typed, comma-separated, as a list (cleaning happens in the store). */
export function parseTagInput(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
}

/** A list of tags as the editor shows it. */
export const formatTagInput = (tags: readonly string[]): string => tags.join(', ')
