// The folio:// link of what the user points at: a passage described by its target (a selection's, an annotation's),
// an annotation (its passage and its id), or what a bookmark marks. Pure: the bench and the copy buttons share it.

import type { AnnotationTarget } from '../../../shared/anchoring/types'
import { pageOfPassage } from '../../../shared/copies/copy-page'
import { COPY_ID } from '../../../shared/copies/copy-types'
import type { PassageLink } from '../../../shared/links/passage-link'
import type { Annotation } from '../db/annotation'
import type { Bookmark } from '../db/bookmark'

/** The user's own documents and copies are in their library, not in an archive: their links name no archive. */
const LIBRARY_DOCUMENT = /^u-[0-9a-f]{16}$/

/** The archive a link to `documentId` names: the open archive's id, or null for a document of the user's library. */
export const archiveOfDocument = (archiveId: string, documentId: string): string | null =>
  COPY_ID.test(documentId) || LIBRARY_DOCUMENT.test(documentId) ? null : archiveId

/** The link to a passage described by `target` (a selection's, an annotation's), with its page in a copy. */
export function passageLinkOfTarget(archiveId: string, documentId: string, target: AnnotationTarget): PassageLink {
  const page = pageOfPassage(documentId, target.blockId)
  return {
    archiveId: archiveOfDocument(archiveId, documentId),
    documentId,
    quote: target.selectors.quote,
    position: { start: target.selectors.position.start, end: target.selectors.position.end },
    ...(target.blockId ? { block: { id: target.blockId, offset: target.blockOffset } } : {}),
    ...(page !== null ? { page } : {})
  }
}

/** The link to an annotation's passage: its selectors, and its id (this Folio then follows the annotation itself). */
export const passageLinkOfAnnotation = (archiveId: string, annotation: Annotation): PassageLink => ({
  ...passageLinkOfTarget(archiveId, annotation.documentId, annotation.target),
  annotationId: annotation.id
})

/**
 * The link to what a bookmark marks: its document, its heading or paragraph, or its reference or link card. Only
 * what it marks counts: a bookmark's target not yet saved (the reader's bar) gives the same link.
 */
export function passageLinkOfBookmark(
  archiveId: string,
  bookmark: Pick<Bookmark, 'kind' | 'documentId' | 'targetId'>
): PassageLink {
  const link: PassageLink = {
    archiveId: archiveOfDocument(archiveId, bookmark.documentId),
    documentId: bookmark.documentId
  }
  if (bookmark.kind === 'position') return { ...link, block: { id: bookmark.targetId, offset: 0 } }
  if (bookmark.kind === 'reference' || bookmark.kind === 'link') return { ...link, cardId: bookmark.targetId }
  return link
}
