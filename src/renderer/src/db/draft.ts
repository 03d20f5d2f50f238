// A draft: what the user has typed in an editor and not saved yet, kept while they type so that a
// reload, a crash or a closed window loses nothing. One draft per editing session, found by what it edits.

import { HIGHLIGHT_COLORS, type HighlightColor } from './annotation'

/** What a draft edits: an annotation (by id) or a bookmark (by its thing, so a re-made bookmark finds it). */
export type DraftSubject = { kind: 'annotation'; annotationId: string } | { kind: 'bookmark'; targetKey: string }

/** The annotation editor's fields; `tagText` is what is typed in the tag field, not yet a tag. */
export interface AnnotationDraftFields {
  color: HighlightColor
  note: string
  tags: string[]
  tagText: string
}

/** The bookmark editor's fields; `tags` is the comma-separated text as typed. */
export interface BookmarkDraftFields {
  note: string
  tags: string
}

export type DraftFields = AnnotationDraftFields | BookmarkDraftFields

export interface Draft<F extends DraftFields = DraftFields> {
  /** A random UUID, one per editing session: two windows editing one note keep two drafts. */
  id: string
  /** {@link subjectKey} of what is edited (indexed). */
  subjectKey: string
  fields: F
  /** `updatedAt` of the saved record the draft's text started from: the "newer save wins" rule reads it. */
  baseUpdatedAt: string
  /** ISO 8601 timestamps. */
  createdAt: string
  updatedAt: string
}

/** Drafts not touched for this long are dropped at start-up. */
export const DRAFT_MAX_AGE_DAYS = 30

/** How long typing must pause before the draft is written. */
export const DRAFT_DEBOUNCE_MS = 400

/** The key drafts of one subject share. */
export const subjectKey = (subject: DraftSubject): string =>
  subject.kind === 'annotation' ? `annotation:${subject.annotationId}` : `bookmark:${subject.targetKey}`

/** The subject a key names, or null for a key this version does not know. */
export function subjectOfKey(key: string): DraftSubject | null {
  if (key.startsWith('annotation:')) return { kind: 'annotation', annotationId: key.slice('annotation:'.length) }
  if (key.startsWith('bookmark:')) return { kind: 'bookmark', targetKey: key.slice('bookmark:'.length) }
  return null
}

/**
 * The "newer save wins" rule: true when the saved record was changed (by another window, an import, an
 * undo) after the draft's text started from it — the draft must then not replace it without the user's choice.
 */
export const savedSinceDraft = (draft: Pick<Draft, 'baseUpdatedAt'>, saved: { updatedAt: string }): boolean =>
  saved.updatedAt !== draft.baseUpdatedAt

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/** Annotation fields read back from storage, or null when they are not (another version, damage). */
export function annotationDraftFields(value: unknown): AnnotationDraftFields | null {
  const fields = value as Partial<AnnotationDraftFields> | null
  if (typeof fields !== 'object' || fields === null) return null
  if (!(HIGHLIGHT_COLORS as readonly unknown[]).includes(fields.color)) return null
  if (typeof fields.note !== 'string' || !isStringArray(fields.tags) || typeof fields.tagText !== 'string') return null
  return { color: fields.color as HighlightColor, note: fields.note, tags: fields.tags, tagText: fields.tagText }
}

/** Bookmark fields read back from storage, or null when they are not. */
export function bookmarkDraftFields(value: unknown): BookmarkDraftFields | null {
  const fields = value as Partial<BookmarkDraftFields> | null
  if (typeof fields !== 'object' || fields === null) return null
  if (typeof fields.note !== 'string' || typeof fields.tags !== 'string') return null
  return { note: fields.note, tags: fields.tags }
}
