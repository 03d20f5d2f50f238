// The named writes and reads of links between annotations: add one (both ends must exist), remove one, list an
// annotation's links both ways, and take an annotation's links away with it or put them back (its undo).

import type { Annotation } from './annotation'
import { type AnnotationLink, cleanRelation } from './annotation-link'
import { db as defaultDb, type FolioDb } from './folio-db'
import { toWriteError, WriteError } from './write-error'

async function write<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    throw toWriteError(error)
  }
}

export interface NewAnnotationLink {
  fromId: string
  toId: string
  relation: string
}

/**
 * Links `fromId` to `toId` with `relation` and returns the link once it is on disk. The same relation between
 * the same two annotations is stored once (the existing link is returned). Throws a WriteError when either
 * annotation is gone, when both are the same, or when the relation is empty or too long.
 */
export async function addAnnotationLink(
  input: NewAnnotationLink,
  database: FolioDb = defaultDb
): Promise<AnnotationLink> {
  const relation = cleanRelation(input.relation)
  if (relation === null) throw new WriteError('failed', { detail: 'relation' })
  if (input.fromId === input.toId) throw new WriteError('failed', { detail: 'self-link' })
  return write(() =>
    database.transaction('rw', database.annotations, database.annotationLinks, async () => {
      const ends = await database.annotations.bulkGet([input.fromId, input.toId])
      if (ends.some((end) => !end)) throw new WriteError('annotation-gone')
      const same = await database.annotationLinks
        .where('[fromId+toId]')
        .equals([input.fromId, input.toId])
        .filter((link) => link.relation === relation)
        .first()
      if (same) return same
      const now = new Date().toISOString()
      const link: AnnotationLink = {
        id: crypto.randomUUID(),
        fromId: input.fromId,
        toId: input.toId,
        relation,
        createdAt: now,
        updatedAt: now
      }
      await database.annotationLinks.add(link)
      return link
    })
  )
}

/** Removes a link and returns it as it was, for its undo ({@link restoreAnnotationLinks}). */
export async function removeAnnotationLink(
  id: string,
  database: FolioDb = defaultDb
): Promise<AnnotationLink | undefined> {
  return write(() =>
    database.transaction('rw', database.annotationLinks, async () => {
      const current = await database.annotationLinks.get(id)
      if (current) await database.annotationLinks.delete(id)
      return current
    })
  )
}

/** Puts back links exactly as they were. */
export async function restoreAnnotationLinks(
  links: readonly AnnotationLink[],
  database: FolioDb = defaultDb
): Promise<void> {
  if (links.length === 0) return
  await write(() => database.annotationLinks.bulkPut([...links]))
}

/** One link as seen from an annotation: the link and the annotation at its other end (undefined when gone). */
export interface LinkEnd {
  link: AnnotationLink
  /** `outgoing`: this annotation is the link's `fromId`; `incoming`: its `toId`. */
  direction: 'outgoing' | 'incoming'
  other: Annotation | undefined
}

/** Every link of annotation `id`, both ways, oldest first, each with the annotation at its other end. */
export async function linksOfAnnotation(id: string, database: FolioDb = defaultDb): Promise<LinkEnd[]> {
  const [outgoing, incoming] = await Promise.all([
    database.annotationLinks.where('fromId').equals(id).toArray(),
    database.annotationLinks.where('toId').equals(id).toArray()
  ])
  const ends = [
    ...outgoing.map((link) => ({ link, direction: 'outgoing' as const, otherId: link.toId })),
    ...incoming.map((link) => ({ link, direction: 'incoming' as const, otherId: link.fromId }))
  ].sort((a, b) => a.link.createdAt.localeCompare(b.link.createdAt) || a.link.id.localeCompare(b.link.id))
  const others = await database.annotations.bulkGet(ends.map((end) => end.otherId))
  return ends.map(({ link, direction }, index) => ({ link, direction, other: others[index] }))
}

/**
 * Deletes every link to or from annotation `id` and returns them as they were. Meant to run inside the
 * transaction that deletes the annotation (it must include annotationLinks).
 */
export async function deleteLinksOf(id: string, database: FolioDb = defaultDb): Promise<AnnotationLink[]> {
  const links = [
    ...(await database.annotationLinks.where('fromId').equals(id).toArray()),
    ...(await database.annotationLinks.where('toId').equals(id).toArray())
  ]
  const unique = [...new Map(links.map((link) => [link.id, link])).values()]
  await database.annotationLinks.bulkDelete(unique.map((link) => link.id))
  return unique
}
