// The named writes and reads of bookmarks and of the URLs the user attaches to archived links.
// Every write validates its input, runs in a transaction, and fails with a WriteError (a code the UI puts in words).

import { validateUserUrl, type UrlRejection } from '../../../shared/links/url-policy'
import { MAX_ID_LENGTH } from '../../../shared/archive/stable-id'
import {
  BOOKMARK_KINDS,
  BOOKMARK_LIMITS,
  bookmarkTargetKey,
  type Bookmark,
  type BookmarkKind,
  type LinkUrl
} from './bookmark'
import { db as defaultDb, type FolioDb } from './folio-db'
import { cleanTagList, tagRule } from './tags'
import { toWriteError, WriteError } from './write-error'
import { textLength } from './text-length'

/** The thing a bookmark points at, and the text it shows. */
export interface BookmarkTarget {
  kind: BookmarkKind
  documentId: string
  /** The document id (kind `document`), the block id, the reference id or the link id. */
  targetId: string
  label: string
}

export interface NewBookmark extends BookmarkTarget {
  note?: string
  tags?: readonly string[]
}

/** What the user can change on a bookmark. */
export type BookmarkChanges = Partial<{ note: string; tags: readonly string[]; label: string }>

/** The result of {@link toggleBookmark}: the new bookmark, or the one removed (to undo with {@link restoreBookmark}). */
export type ToggleResult = { bookmarked: true; bookmark: Bookmark } | { bookmarked: false; removed: Bookmark }

/** A URL the user typed was refused by the URL policy; `reason` says why (and `scheme`, the one refused). */
export class UrlRefusedError extends WriteError {
  constructor(
    readonly reason: UrlRejection,
    scheme: string
  ) {
    super('url-refused', { reason, scheme })
    this.name = 'UrlRefusedError'
  }
}

const TAG_RULE = tagRule(BOOKMARK_LIMITS, 'bookmark')

/** Trims and folds whitespace, drops empty and duplicate tags (case-insensitively), enforces the limits. */
export const cleanBookmarkTags = (tags: readonly string[]): string[] => cleanTagList(tags, TAG_RULE)

/**
 * A label on one line, at most `max` characters (cut on a word, with "…"). Text captured when a bookmark
 * is made is cut to {@link BOOKMARK_LIMITS}.capturedLabel; a label given later only to the stored limit.
 */
export function cleanLabel(label: string, max: number = BOOKMARK_LIMITS.capturedLabel): string {
  const line = label.replace(/\s+/g, ' ').trim()
  if (textLength(line) <= max) return line
  const cut = line.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

function checkNote(note: string): string {
  const max = BOOKMARK_LIMITS.note
  if (textLength(note) > max) {
    throw new WriteError('bookmark-note-too-long', { length: textLength(note), max })
  }
  return note
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) throw new WriteError('bookmark-target')
  return id
}

function checkTarget(target: BookmarkTarget): BookmarkTarget {
  if (!(BOOKMARK_KINDS as readonly string[]).includes(target.kind))
    throw new WriteError('bookmark-kind', { kind: String(target.kind) })
  const documentId = checkId(target.documentId)
  const targetId = checkId(target.targetId)
  if (target.kind === 'document' && targetId !== documentId) throw new WriteError('bookmark-document-target')
  return { kind: target.kind, documentId, targetId, label: cleanLabel(target.label) || targetId }
}

async function write<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    throw toWriteError(error)
  }
}

/** The bookmark of one thing, if it is bookmarked. */
export function bookmarkOf(
  kind: BookmarkKind,
  documentId: string,
  targetId: string,
  database: FolioDb = defaultDb
): Promise<Bookmark | undefined> {
  return database.bookmarks
    .where('targetKey')
    .equals(bookmarkTargetKey(kind, documentId, targetId))
    .first()
}

/** Bookmarks a thing and returns its bookmark; a thing already bookmarked keeps (and returns) its bookmark. */
export async function createBookmark(input: NewBookmark, database: FolioDb = defaultDb): Promise<Bookmark> {
  const target = checkTarget(input)
  const now = new Date().toISOString()
  const bookmark: Bookmark = {
    id: crypto.randomUUID(),
    ...target,
    targetKey: bookmarkTargetKey(target.kind, target.documentId, target.targetId),
    note: checkNote(input.note ?? ''),
    tags: cleanBookmarkTags(input.tags ?? []),
    createdAt: now,
    updatedAt: now
  }
  return write(() =>
    database.transaction('rw', database.bookmarks, async () => {
      const existing = await database.bookmarks.where('targetKey').equals(bookmark.targetKey).first()
      if (existing) return existing
      await database.bookmarks.add(bookmark)
      return bookmark
    })
  )
}

/** Bookmarks the thing, or removes its bookmark when it has one — in one transaction, so two quick clicks stay consistent. */
export async function toggleBookmark(target: BookmarkTarget, database: FolioDb = defaultDb): Promise<ToggleResult> {
  const checked = checkTarget(target)
  const key = bookmarkTargetKey(checked.kind, checked.documentId, checked.targetId)
  return write(() =>
    database.transaction('rw', database.bookmarks, async (): Promise<ToggleResult> => {
      const existing = await database.bookmarks.where('targetKey').equals(key).first()
      if (existing) {
        await database.bookmarks.delete(existing.id)
        return { bookmarked: false, removed: existing }
      }
      return { bookmarked: true, bookmark: await createBookmark(checked, database) }
    })
  )
}

/** Applies the user's changes (note, tags, label); returns the saved bookmark. */
export async function updateBookmark(
  id: string,
  changes: BookmarkChanges,
  database: FolioDb = defaultDb
): Promise<Bookmark> {
  const patch: Partial<Bookmark> = { updatedAt: new Date().toISOString() }
  if (changes.note !== undefined) patch.note = checkNote(changes.note)
  if (changes.tags !== undefined) patch.tags = cleanBookmarkTags(changes.tags)
  if (changes.label !== undefined) patch.label = cleanLabel(changes.label, BOOKMARK_LIMITS.label)
  return write(() =>
    database.transaction('rw', database.bookmarks, async () => {
      const current = await database.bookmarks.get(id)
      if (!current) throw new WriteError('bookmark-gone')
      const next = { ...current, ...patch }
      await database.bookmarks.put(next)
      return next
    })
  )
}

/** Deletes a bookmark and returns it, so that the deletion can be undone with {@link restoreBookmark}. */
export async function deleteBookmark(id: string, database: FolioDb = defaultDb): Promise<Bookmark | undefined> {
  return write(() =>
    database.transaction('rw', database.bookmarks, async () => {
      const current = await database.bookmarks.get(id)
      if (current) await database.bookmarks.delete(id)
      return current
    })
  )
}

/** Puts back a removed bookmark exactly as it was, replacing any bookmark made of the same thing since. */
export async function restoreBookmark(bookmark: Bookmark, database: FolioDb = defaultDb): Promise<void> {
  await write(() =>
    database.transaction('rw', database.bookmarks, async () => {
      await database.bookmarks.where('targetKey').equals(bookmark.targetKey).delete()
      await database.bookmarks.put(bookmark)
    })
  )
}

/** Which bookmarks {@link listBookmarks} returns: all, or one kind, or those with one tag (any case). */
export interface BookmarkFilter {
  kind?: BookmarkKind | null
  tag?: string | null
}

/** The bookmarks that pass the filter, in no particular order (sort with `sortBookmarks`). */
export function listBookmarks(filter: BookmarkFilter = {}, database: FolioDb = defaultDb): Promise<Bookmark[]> {
  const { kind, tag } = filter
  if (tag) {
    const tagged = database.bookmarks.where('tags').equalsIgnoreCase(tag)
    return (kind ? tagged.filter((bookmark) => bookmark.kind === kind) : tagged).toArray()
  }
  return kind ? database.bookmarks.where('kind').equals(kind).toArray() : database.bookmarks.toArray()
}

/** Every tag used on a bookmark, once whatever its case (the first spelling in code-point order), alphabetically. */
export async function bookmarkTags(database: FolioDb = defaultDb): Promise<string[]> {
  const seen = new Map<string, string>()
  for (const key of await database.bookmarks.orderBy('tags').uniqueKeys()) {
    const tag = String(key)
    const folded = tag.toLocaleLowerCase('fr')
    if (!seen.has(folded)) seen.set(folded, tag)
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' }))
}

/** The URL the user attached to a link, if any. */
export function linkUrlOf(linkId: string, database: FolioDb = defaultDb): Promise<LinkUrl | undefined> {
  return database.linkUrls.get(linkId)
}

/**
 * Attaches a URL the user knows to an archived link (stored in their database, never in the archive).
 * Only absolute http(s) URLs pass (`validateUserUrl`); the URL is stored as the URL parser normalises it.
 * @throws UrlRefusedError with the reason when the URL is refused.
 */
export async function setLinkUrl(
  link: { linkId: string; documentId: string },
  url: string,
  database: FolioDb = defaultDb
): Promise<LinkUrl> {
  const checked = validateUserUrl(url)
  if (!checked.ok) {
    const scheme = /^\s*([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase() ?? ''
    throw new UrlRefusedError(checked.reason, scheme)
  }
  const record: LinkUrl = {
    linkId: checkId(link.linkId),
    documentId: checkId(link.documentId),
    url: checked.url,
    updatedAt: new Date().toISOString()
  }
  await write(() => database.transaction('rw', database.linkUrls, () => database.linkUrls.put(record)))
  return record
}

/** Removes the URL the user attached to a link; returns it, for undo. */
export async function clearLinkUrl(linkId: string, database: FolioDb = defaultDb): Promise<LinkUrl | undefined> {
  return write(() =>
    database.transaction('rw', database.linkUrls, async () => {
      const current = await database.linkUrls.get(linkId)
      if (current) await database.linkUrls.delete(linkId)
      return current
    })
  )
}
