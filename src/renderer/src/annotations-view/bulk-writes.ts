// The annotations view's writes on many annotations at once: recolour, add or remove a tag, delete. Each is one
// transaction (all or none), applies the store's rules (colours, tag cleaning and limits), and returns the
// annotations as they were, which `putBack` restores exactly (the undo), and as they are now.

import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../db/annotation'
import { cleanTags } from '../db/annotations-store'
import type { FolioDb } from '../db/folio-db'
import { toWriteError, WriteError } from '../db/write-error'
import { tagKey } from './filter-model'

async function write<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    throw toWriteError(error)
  }
}

/** What a write did: the annotations it changed as they were, and as they are (a deleted one is not there). */
export interface BulkChange {
  before: Annotation[]
  after: Annotation[]
}

/** Reads `ids` and writes `change` of each (unchanged when it returns the same object), in one transaction. */
function changeEach(
  database: FolioDb,
  ids: readonly string[],
  change: (annotation: Annotation) => Annotation
): Promise<BulkChange> {
  return write(() =>
    database.transaction('rw', database.annotations, async () => {
      const current = (await database.annotations.bulkGet([...ids])).filter((row): row is Annotation => !!row)
      const before: Annotation[] = []
      const after: Annotation[] = []
      const now = new Date().toISOString()
      for (const annotation of current) {
        const next = change(annotation)
        if (next === annotation) continue
        before.push(annotation)
        after.push({ ...next, updatedAt: now })
      }
      if (after.length) await database.annotations.bulkPut(after)
      return { before, after }
    })
  )
}

/** Gives `ids` the colour `color`; returns those that had another one, as they were. */
export function recolorAnnotations(
  database: FolioDb,
  ids: readonly string[],
  color: HighlightColor
): Promise<BulkChange> {
  if (!HIGHLIGHT_COLORS.includes(color)) return Promise.reject(new WriteError('annotation-color', { color }))
  return changeEach(database, ids, (annotation) => (annotation.color === color ? annotation : { ...annotation, color }))
}

/** Adds `tag` to `ids` (cleaned as the editor cleans it); returns those that did not have it, as they were. */
export function tagAnnotations(database: FolioDb, ids: readonly string[], tag: string): Promise<BulkChange> {
  const [clean] = cleanTags([tag])
  if (clean === undefined) return Promise.resolve({ before: [], after: [] })
  return changeEach(database, ids, (annotation) => {
    if (annotation.tags.some((known) => tagKey(known) === tagKey(clean))) return annotation
    return { ...annotation, tags: cleanTags([...annotation.tags, clean]) }
  })
}

/** Takes `tag` (whatever its case) off `ids`; returns those that had it, as they were. */
export function untagAnnotations(database: FolioDb, ids: readonly string[], tag: string): Promise<BulkChange> {
  const key = tagKey(tag.trim())
  return changeEach(database, ids, (annotation) => {
    const tags = annotation.tags.filter((known) => tagKey(known) !== key)
    return tags.length === annotation.tags.length ? annotation : { ...annotation, tags }
  })
}

/** Deletes `ids`. */
export function deleteAnnotations(database: FolioDb, ids: readonly string[]): Promise<BulkChange> {
  return write(() =>
    database.transaction('rw', database.annotations, async () => {
      const current = (await database.annotations.bulkGet([...ids])).filter((row): row is Annotation => !!row)
      await database.annotations.bulkDelete(current.map((annotation) => annotation.id))
      return { before: current, after: [] }
    })
  )
}

/** Puts back the annotations a change changed, exactly as they were (the undo of any of the above). */
export async function putBack(database: FolioDb, change: BulkChange): Promise<BulkChange> {
  await write(() =>
    database.transaction('rw', database.annotations, async () => {
      // What the change wrote and was not there before (nothing, today) goes; what it changed comes back.
      const kept = new Set(change.before.map((annotation) => annotation.id))
      const added = change.after.filter((annotation) => !kept.has(annotation.id)).map((annotation) => annotation.id)
      if (added.length) await database.annotations.bulkDelete(added)
      await database.annotations.bulkPut(change.before)
    })
  )
  return { before: change.after, after: change.before }
}
