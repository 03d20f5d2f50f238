// Opens a folio:// link to a passage: the document first, then the passage found again as an annotation is (its
// stored position, then its quote, exact or approximate), scrolled to and flashed. Says whether it was where the link
// left it ('found'), found elsewhere because the text changed ('moved'), or is no longer there ('gone').

import { createContext, useCallback, useContext, useEffect, useRef } from 'react'
import { anchorTarget } from '../../../shared/anchoring/anchor'
import type { Anchor, AnnotationTarget } from '../../../shared/anchoring/types'
import { blockElementId } from '../../../shared/archive/block-element-id'
import type { ArchiveDocumentEntry, DamagedArchiveDocument } from '../../../shared/archive/archive-types'
import { blockOffsets, type ArticleDocument } from '../../../shared/archive/document'
import { pageBlockId } from '../../../shared/copies/pdf-page-text'
import type { PassageLink, PassageLinkRefusal } from '../../../shared/links/passage-link'
import { revealPassage } from '../annotations/reveal-passage'
import { COPY_ID } from '../../../shared/copies/copy-types'
import { readArchiveDocument } from '../archive/archive-documents'
import { readCopyEntry } from '../copies/copy-entry'
import type { Annotation } from '../db/annotation'
import { db } from '../db/folio-db'
import { reveal } from '../layout/reveal'
import type { UserLibraryState } from '../library/use-library'

/** Why a link opened nothing: another archive's, a document this Folio does not have or cannot read. */
export type PassageOpenRefusal = 'other-archive' | 'no-document' | 'damaged'

export type PassageOutcome =
  /** `found`: where the link left it; `moved`: found elsewhere, the text having changed. */
  | { kind: 'found' | 'moved'; anchor: Pick<Anchor, 'start' | 'end'> }
  /** The document is open but the passage is no longer in it. */
  | { kind: 'gone' }
  /** A link to the document (or a card of it) rather than a passage: it is open. */
  | { kind: 'opened' }
  | { kind: 'refused'; reason: PassageOpenRefusal }
  /** Another link was opened before this one's document showed: nothing to say. */
  | { kind: 'superseded' }

/** The document a link opened, or why none was. */
export type ShownDocument = ArticleDocument | 'missing' | 'damaged' | 'superseded'

/** What opening a link needs of the app; `usePassageLinkOpener` builds it from the app's open document. */
export interface PassageOpener {
  /** The id of the archive open in this window (ArchiveInfo.id), undefined while it opens. */
  archiveId: string | undefined
  /**
   * Opens the document and resolves with it once the reader shows it: `missing` (nothing opened) when this Folio
   * has no such document, `damaged` when it cannot be read, `superseded` when another link was opened meanwhile.
   */
  showDocument(documentId: string): Promise<ShownDocument>
  /** This Folio's annotation of that id, if it still has it (its current selectors beat the link's copy). */
  findAnnotation?(id: string): Promise<Annotation | undefined>
  /** Reveals a reference or link card of the open document. */
  goToCard?(documentId: string, cardId: string): void
  /** Scrolls to the passage and flashes it (revealPassage by default). */
  revealAnchor?(document: ArticleDocument, anchor: Pick<Anchor, 'start' | 'end'>): boolean
}

/** The target to anchor: the annotation's own when it is of this document, else the selectors the link carries. */
export function targetOfLink(link: PassageLink, annotation?: Annotation): AnnotationTarget | null {
  if (annotation && annotation.documentId === link.documentId) return annotation.target
  if (!link.quote) return null
  return {
    blockId: link.block?.id ?? null,
    blockOffset: link.block?.offset ?? 0,
    selectors: {
      quote: link.quote,
      position: { type: 'TextPositionSelector', start: link.position?.start ?? 0, end: link.position?.end ?? 0 }
    }
  }
}

/**
 * Where the link's passage is in `document` now, and whether it moved: re-anchored like an annotation. A link
 * whose quote is the beginning of a long passage spans the passage's whole length from where that beginning is.
 */
export function anchorPassage(
  document: ArticleDocument,
  link: PassageLink,
  annotation?: Annotation
): Extract<PassageOutcome, { kind: 'found' | 'moved' | 'gone' }> | null {
  const target = targetOfLink(link, annotation)
  if (!target) return null
  const anchor = anchorTarget(document, target)
  if (!anchor) return { kind: 'gone' }
  const stored = target.selectors.position
  const whole = stored.end - stored.start
  const length = annotation || whole <= target.selectors.quote.exact.length ? anchor.end - anchor.start : whole
  const textLength = document.blocks.reduce((sum, block) => sum + block.text.length + 1, -1)
  const span = { start: anchor.start, end: Math.min(textLength, anchor.start + length) }
  // A link that says where the passage was tells a move; one with only its quote was found if its quote was.
  const placed = link.position !== undefined || link.block !== undefined || annotation !== undefined
  const moved = anchor.method === 'fuzzy' || (placed && anchor.method !== 'position')
  return { kind: moved ? 'moved' : 'found', anchor: span }
}

const defaultFind = (id: string): Promise<Annotation | undefined> => db.annotations.get(id)

/**
 * Opens `link`: refuses another archive's; opens the document; then reveals the passage (or its block, page or
 * card when the link has no quote) and says how it went. Nothing is written.
 */
export async function openPassageLink(link: PassageLink, opener: PassageOpener): Promise<PassageOutcome> {
  if (link.archiveId !== null && opener.archiveId !== undefined && link.archiveId !== opener.archiveId) {
    return { kind: 'refused', reason: 'other-archive' }
  }
  const [shown, annotation] = await Promise.all([
    opener.showDocument(link.documentId),
    link.annotationId ? (opener.findAnnotation ?? defaultFind)(link.annotationId) : undefined
  ])
  if (shown === 'superseded') return { kind: 'superseded' }
  if (shown === 'missing') return { kind: 'refused', reason: 'no-document' }
  if (shown === 'damaged') return { kind: 'refused', reason: 'damaged' }
  const outcome = anchorPassage(shown, link, annotation)
  if (outcome) {
    if (outcome.kind !== 'gone') (opener.revealAnchor ?? revealPassage)(shown, outcome.anchor)
    return outcome
  }
  const blockId = link.block?.id ?? (link.page !== undefined ? pageBlockId(link.page) : undefined)
  if (blockId !== undefined) {
    const start = blockOffsets(shown).get(blockId)
    const block = shown.blocks.find(({ id }) => id === blockId)
    if (start === undefined || !block) return { kind: 'gone' }
    reveal(blockElementId(blockId))
    return { kind: 'found', anchor: { start, end: start + block.text.length } }
  }
  if (link.cardId !== undefined) opener.goToCard?.(link.documentId, link.cardId)
  return { kind: 'opened' }
}

/** What the app knows of the document it shows (use-open-document's result) and how it opens another. */
export interface OpenDocumentState {
  archiveId: string | undefined
  entry: ArchiveDocumentEntry | undefined
  damaged: DamagedArchiveDocument | undefined
  /** The user's library (its documents are read from it, as use-open-document does). */
  library: Pick<UserLibraryState, 'own'>
  openDocument(documentId: string): void
  goToCard?(documentId: string, cardId: string): void
}

/** How long a document may take to open (and a copy's text to be read) before the link gives up on it. */
const OPEN_TIMEOUT_MS = 10_000

/** The ids main gives the user's own documents (as use-open-document.ts reads them). */
const OWN_ID = /^u-[0-9a-f]{16}$/

/** Whether document `id` can be opened, asked before it is: an unknown id is never opened nor remembered. */
async function probe(id: string, library: Pick<UserLibraryState, 'own'>): Promise<'ok' | 'missing' | 'damaged'> {
  const read = COPY_ID.test(id)
    ? await readCopyEntry(id)
    : OWN_ID.test(id)
      ? await library.own(id)
      : await readArchiveDocument(id)
  if (read.ok) return 'ok'
  return 'damaged' in read && read.damaged.problem.kind !== 'missing' ? 'damaged' : 'missing'
}

/** Runs `action` once React has painted what it just rendered. */
const afterPaint = (action: () => void) => requestAnimationFrame(() => requestAnimationFrame(action))

interface Waiting {
  documentId: string
  resolve(shown: ShownDocument): void
}

/**
 * The app's opener of passage links: checks the document exists, opens it, then waits until the reader shows it (with
 * its text: a copy's pages are read first) and has painted it. Call the returned function from a click, a paste or
 * main's hand-over.
 */
export function usePassageLinkOpener(state: OpenDocumentState): (link: PassageLink) => Promise<PassageOutcome> {
  const waiting = useRef<Waiting | null>(null)
  const stateRef = useRef(state)
  stateRef.current = state
  const { entry, damaged } = state

  useEffect(() => {
    const wait = waiting.current
    if (!wait) return
    if (damaged?.id === wait.documentId) {
      waiting.current = null
      wait.resolve('damaged')
    } else if (entry?.id === wait.documentId && entry.document.blocks.length > 0) {
      waiting.current = null
      const document = entry.document
      afterPaint(() => wait.resolve(document))
    }
  }, [entry, damaged])

  return useCallback((link: PassageLink) => {
    const showDocument = async (documentId: string): Promise<ShownDocument> => {
      waiting.current?.resolve('superseded')
      waiting.current = null
      const found = await probe(documentId, stateRef.current.library)
      if (found !== 'ok') return found
      const current = stateRef.current
      if (!current.damaged && current.entry?.id === documentId && current.entry.document.blocks.length > 0) {
        return current.entry.document
      }
      return new Promise<ShownDocument>((resolve) => {
        const wait: Waiting = { documentId, resolve }
        waiting.current = wait
        window.setTimeout(() => {
          if (waiting.current !== wait) return
          waiting.current = null
          resolve('damaged')
        }, OPEN_TIMEOUT_MS)
        current.openDocument(documentId)
      })
    }
    const { archiveId, goToCard } = stateRef.current
    return openPassageLink(link, { archiveId, showDocument, ...(goToCard ? { goToCard } : {}) })
  }, [])
}

/**
 * What the app says after a link was opened or refused, as a key of the passageLink catalog and a notice kind:
 * nothing when the passage was found where it was (its flash says it), or for a link another one overtook.
 */
export function passageOutcomeNotice(
  outcome: PassageOutcome | { kind: 'unread'; reason: PassageLinkRefusal }
): { key: string; kind: 'info' | 'error' } | null {
  switch (outcome.kind) {
    case 'found':
    case 'opened':
    case 'superseded':
      return null
    case 'moved':
      return { key: 'passageLink.outcome.moved', kind: 'info' }
    case 'gone':
      return { key: 'passageLink.outcome.gone', kind: 'error' }
    case 'refused':
    case 'unread':
      return { key: `passageLink.refused.${outcome.reason}`, kind: 'error' }
  }
}

/** The opener of passage links for what is inside the app shell (links in notes); null outside it. */
export const PassageLinkContext = createContext<((link: PassageLink) => void) | null>(null)

/** The app's opener of passage links, or null where none is provided (a note shown outside the shell). */
export const usePassageLinkContext = (): ((link: PassageLink) => void) | null => useContext(PassageLinkContext)
