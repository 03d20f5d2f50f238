// The annotations view's writes on many annotations at once: recolour, add or remove a tag, delete. Each is one
// transaction (all or none), applies the store's rules (colours, tag cleaning and limits), and returns the
// annotations as they were, which `putBack` restores exactly: the undo.

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

/**
 * Reads `ids` and writes `change` of each (unchanged when it returns the same object), in one transaction.
 * Returns the annotations changed, as they were before.
 */
function changeEach(
  database: FolioDb,
  ids: readonly string[],
  change: (annotation: Annotation) => Annotation
): Promise<Annotation[]> {
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
      return before
    })
  )
}

/** Gives `ids` the colour `color`; returns those that had another one, as they were. */
export function recolorAnnotations(database: FolioDb, ids: readonly string[], color: HighlightColor) {
  if (!HIGHLIGHT_COLORS.includes(color)) return Promise.reject(new WriteError('annotation-color', { color }))
  return changeEach(database, ids, (annotation) => (annotation.color === color ? annotation : { ...annotation, color }))
}

/** Adds `tag` to `ids` (cleaned as the editor cleans it); returns those that did not have it, as they were. */
export function tagAnnotations(database: FolioDb, ids: readonly string[], tag: string) {
  const [clean] = cleanTags([tag])
  if (clean === undefined) return Promise.resolve([])
  return changeEach(database, ids, (annotation) => {
    if (annotation.tags.some((known) => tagKey(known) === tagKey(clean))) return annotation
    return { ...annotation, tags: cleanTags([...annotation.tags, clean]) }
  })
}

/** Takes `tag` (whatever its case) off `ids`; returns those that had it, as they were. */
export function untagAnnotations(database: FolioDb, ids: readonly string[], tag: string) {
  const key = tagKey(tag.trim())
  return changeEach(database, ids, (annotation) => {
    const tags = annotation.tags.filter((known) => tagKey(known) !== key)
    return tags.length === annotation.tags.length ? annotation : { ...annotation, tags }
  })
}

/** Deletes `ids`; returns the annotations deleted. */
export function deleteAnnotations(database: FolioDb, ids: readonly string[]): Promise<Annotation[]> {
  return write(() =>
    database.transaction('rw', database.annotations, async () => {
      const current = (await database.annotations.bulkGet([...ids])).filter((row): row is Annotation => !!row)
      await database.annotations.bulkDelete(current.map((annotation) => annotation.id))
      return current
    })
  )
}

/** Puts annotations back exactly as they were (the undo of any of the above). */
export async function putBack(database: FolioDb, annotations: readonly Annotation[]): Promise<void> {
  await write(() =>
    database.transaction('rw', database.annotations, () => database.annotations.bulkPut([...annotations]))
  )
}
