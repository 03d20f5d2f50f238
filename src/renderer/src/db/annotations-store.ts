// The named writes and reads of annotations. Every write validates its input, runs in a
// transaction, and fails with a WriteError (a code the UI puts in words) — the caller keeps the user's text.

import type { AnnotationTarget } from '../../../shared/anchoring/types'
import {
  ANNOTATION_LIMITS,
  type Annotation,
  type AnnotationChanges,
  HIGHLIGHT_COLORS,
  type HighlightColor
} from './annotation'
import type { AnnotationLink } from './annotation-link'
import { deleteLinksOf, restoreAnnotationLinks } from './annotation-links-store'
import { db as defaultDb, type FolioDb } from './folio-db'
import { cleanTagList, tagRule } from './tags'
import { toWriteError, WriteError } from './write-error'
import { textLength } from './text-length'

const TAG_RULE = tagRule(ANNOTATION_LIMITS, 'annotation')

/** Trims, drops empty and duplicate tags (case-insensitively), and enforces the limits. */
export const cleanTags = (tags: readonly string[]): string[] => cleanTagList(tags, TAG_RULE)

function checkNote(note: string): string {
  const max = ANNOTATION_LIMITS.note
  if (textLength(note) > max) {
    throw new WriteError('annotation-note-too-long', { length: textLength(note), max })
  }
  return note
}

/** A passage longer than the backup import accepts would make the user's backups unrestorable: refused here. */
function checkTarget(target: AnnotationTarget): AnnotationTarget {
  const max = ANNOTATION_LIMITS.quote
  const { exact, prefix, suffix } = target.selectors.quote
  const longest = Math.max(textLength(exact), textLength(prefix), textLength(suffix))
  if (longest > max) {
    throw new WriteError('annotation-quote-too-long', { length: longest, max })
  }
  return target
}

function checkColor(color: string): HighlightColor {
  if (!(HIGHLIGHT_COLORS as readonly string[]).includes(color)) throw new WriteError('annotation-color', { color })
  return color as HighlightColor
}

async function write<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    throw toWriteError(error)
  }
}

export interface NewAnnotation {
  documentId: string
  target: AnnotationTarget
  color: HighlightColor
  note?: string
  tags?: string[]
}

/** The annotation to store for `input`, validated; throws a WriteError for an invalid one. */
function newAnnotation(input: NewAnnotation, now: string): Annotation {
  return {
    id: crypto.randomUUID(),
    documentId: input.documentId,
    target: checkTarget(input.target),
    color: checkColor(input.color),
    note: checkNote(input.note ?? ''),
    tags: cleanTags(input.tags ?? []),
    createdAt: now,
    updatedAt: now
  }
}

/** Creates an annotation and returns it once it is on disk. */
export async function createAnnotation(input: NewAnnotation, database: FolioDb = defaultDb): Promise<Annotation> {
  const annotation = newAnnotation(input, new Date().toISOString())
  await write(() => database.annotations.add(annotation))
  return annotation
}

/**
 * Creates many annotations in one transaction and returns them once all are on disk. Every input is
 * validated first: one invalid input (or one failed write) saves none of them.
 */
export async function bulkCreateAnnotations(
  inputs: readonly NewAnnotation[],
  database: FolioDb = defaultDb
): Promise<Annotation[]> {
  const now = new Date().toISOString()
  const annotations = inputs.map((input) => newAnnotation(input, now))
  await write(() => database.transaction('rw', database.annotations, () => database.annotations.bulkAdd(annotations)))
  return annotations
}

/** Applies the user's changes; returns the saved annotation. */
export async function updateAnnotation(
  id: string,
  changes: AnnotationChanges,
  database: FolioDb = defaultDb
): Promise<Annotation> {
  const patch: AnnotationChanges & { updatedAt: string } = { updatedAt: new Date().toISOString() }
  if (changes.color !== undefined) patch.color = checkColor(changes.color)
  if (changes.note !== undefined) patch.note = checkNote(changes.note)
  if (changes.tags !== undefined) patch.tags = cleanTags(changes.tags)
  if (changes.target !== undefined) patch.target = checkTarget(changes.target)
  return write(() =>
    database.transaction('rw', database.annotations, async () => {
      const current = await database.annotations.get(id)
      if (!current) throw new WriteError('annotation-gone')
      const next = { ...current, ...patch }
      await database.annotations.put(next)
      return next
    })
  )
}

/** The links each deleted annotation took with it, for its undo: kept beside the object the caller holds. */
const linksTakenBy = new WeakMap<Annotation, AnnotationLink[]>()

/**
 * Deletes an annotation with its links (both ways) and returns it, so that the deletion — links included —
 * can be undone with {@link restoreAnnotation}: a link never points at an annotation that is gone.
 */
export async function deleteAnnotation(id: string, database: FolioDb = defaultDb): Promise<Annotation | undefined> {
  return write(() =>
    database.transaction('rw', database.annotations, database.annotationLinks, async () => {
      const current = await database.annotations.get(id)
      if (!current) return current
      await database.annotations.delete(id)
      linksTakenBy.set(current, await deleteLinksOf(id, database))
      return current
    })
  )
}

/** How many links {@link deleteAnnotation} took away with `deleted` (0 for any other annotation). */
export const linksTakenWith = (deleted: Annotation): number => linksTakenBy.get(deleted)?.length ?? 0

/** Puts back a deleted annotation exactly as it was, with the links its deletion took away. */
export async function restoreAnnotation(annotation: Annotation, database: FolioDb = defaultDb): Promise<void> {
  await write(() =>
    database.transaction('rw', database.annotations, database.annotationLinks, async () => {
      await database.annotations.put(annotation)
      await restoreAnnotationLinks(linksTakenBy.get(annotation) ?? [], database)
    })
  )
}

/** A document's annotations, oldest first. */
export function annotationsOfDocument(documentId: string, database: FolioDb = defaultDb): Promise<Annotation[]> {
  return database.annotations
    .where('[documentId+createdAt]')
    .between([documentId, ''], [documentId, '\uffff'])
    .toArray()
}

/** The `limit` most recent annotations of a document. */
export function recentAnnotations(
  documentId: string,
  limit: number,
  database: FolioDb = defaultDb
): Promise<Annotation[]> {
  return database.annotations
    .where('[documentId+createdAt]')
    .between([documentId, ''], [documentId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray()
}

/** Every tag in use, most used first, for autocompletion. */
export async function allTags(database: FolioDb = defaultDb): Promise<string[]> {
  const counts = new Map<string, number>()
  await database.annotations.orderBy('tags').eachKey((key) => {
    const tag = String(key)
    counts.set(tag, (counts.get(tag) ?? 0) + 1)
  })
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr')).map(([tag]) => tag)
}
