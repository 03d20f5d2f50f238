// Where the opening document's highlights were last painted (offsets and colours, no text), kept in
// localStorage: read synchronously by the boot script, it lets the very first frame show them, before
// IndexedDB has even opened. A cache only: the boot script then reads the annotations from IndexedDB and
// repaints, and rewrites the cache; it is tied to the document's exact text through its block ids.

import { fnv1a } from '../../../shared/archive/stable-id'
import type { AnchorableDocument } from '../../../shared/anchoring/types'
import type { PaintedSpan } from '../annotations/dom/highlight-painter'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/annotation'
import { embeddedArchive } from './embedded-archive'

const KEY = 'folio:first-screen-highlights'

interface Cached {
  documentId: string
  /** The document's block ids, hashed: another text (another version of the document) never matches. */
  fingerprint: string
  spans: [id: string, color: HighlightColor, start: number, end: number][]
}

const fingerprint = (document: AnchorableDocument): string => fnv1a(document.blocks.map((block) => block.id).join(' '))

/** The spans last painted on `document` (with `documentId`), or null when there are none for this text. */
export function readPaintedCache(documentId: string, document: AnchorableDocument): PaintedSpan[] | null {
  try {
    const cached = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Cached | null
    if (!cached || cached.documentId !== documentId || cached.fingerprint !== fingerprint(document) || !Array.isArray(cached.spans)) return null
    return cached.spans
      .filter(([id, color, start, end]) => typeof id === 'string' && HIGHLIGHT_COLORS.includes(color) && Number.isInteger(start) && Number.isInteger(end) && start < end)
      .map(([id, color, start, end]) => ({ id, color, start, end }))
  } catch {
    return null
  }
}

/** Keeps what was painted on the opening document (the one main's first screen shows); other documents are not kept. */
export function writePaintedCache(documentId: string, document: AnchorableDocument, spans: readonly PaintedSpan[]): void {
  const archive = embeddedArchive()
  if (!archive?.ok || archive.archive.documents[0]?.id !== documentId) return
  const cached: Cached = { documentId, fingerprint: fingerprint(document), spans: spans.map((span) => [span.id, span.color, span.start, span.end]) }
  try {
    localStorage.setItem(KEY, JSON.stringify(cached))
  } catch (error) {
    // Full or unavailable storage: the next start shows the highlights a moment later, that is all.
    console.warn('First-screen highlights not cached', error)
  }
}

/** Forgets the cache (after "clear all data": the next first frame must not show what was cleared). */
export function clearPaintedCache(): void {
  try {
    localStorage.removeItem(KEY)
  } catch {
    // Nothing to forget.
  }
}
