// Which documents' notes changed since the search index last heard of them, from the table's ids now and
// the records read as changed — so that a note saved among 100,000 costs a read of one document's notes,
// not of every note.

import type { Annotation } from '../db/annotation'

/** What the index was last sent: each annotation's document and version. */
export type SentAnnotations = Map<string, { documentId: string; updatedAt: string }>

/** Ids in the table that the index never heard of and that were not read as changed (restored from a backup). */
export function unheardIds(sent: SentAnnotations, ids: readonly string[], changed: readonly Annotation[]): string[] {
  const read = new Set(changed.map((annotation) => annotation.id))
  return ids.filter((id) => !sent.has(id) && !read.has(id))
}

/**
 * The documents whose notes differ from what was sent (an annotation added, edited, moved to another
 * document or deleted), and `sent` brought up to date.
 */
export function applyAnnotationChanges(
  sent: SentAnnotations,
  ids: readonly string[],
  changed: readonly Annotation[]
): Set<string> {
  const documents = new Set<string>()
  const present = new Set(ids)
  for (const [id, was] of sent) {
    if (present.has(id)) continue
    documents.add(was.documentId)
    sent.delete(id)
  }
  for (const annotation of changed) {
    const was = sent.get(annotation.id)
    if (was && was.updatedAt === annotation.updatedAt && was.documentId === annotation.documentId) continue
    documents.add(annotation.documentId)
    if (was) documents.add(was.documentId)
    sent.set(annotation.id, { documentId: annotation.documentId, updatedAt: annotation.updatedAt })
  }
  return documents
}

/** The latest `updatedAt` among `changed` and `since` (ISO strings sort as dates). */
export const latestUpdate = (since: string, changed: readonly Annotation[]): string =>
  changed.reduce((latest, annotation) => (annotation.updatedAt > latest ? annotation.updatedAt : latest), since)
