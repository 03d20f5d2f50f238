// What the first frame of the next start needs from the user's data, kept in localStorage: where the
// highlights of the document on screen (the one the next start opens on) were painted (offsets and
// colours, no text) and where the reader was. Read synchronously by the page's inline first-frame script,
// it lets the very first frame show both, before IndexedDB has even opened. A cache only: the boot step
// then reads IndexedDB, repaints from it and rewrites the cache; while the app runs, one subscriber keeps it
// (keep-first-screen-cache.tsx). It is tied to the document's exact text through its block ids.

import { fnv1a } from '../../../shared/archive/stable-id'
import type { AnchorableDocument } from '../../../shared/anchoring/types'
import type { PaintedSpan } from '../annotations/dom/highlight-painter'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/annotation'
import type { ReadingState } from '../db/reading'

const KEY = 'folio:first-screen'

type ReadingPosition = Pick<ReadingState, 'blockId' | 'fraction'>

interface Cached {
  documentId: string
  /** The document's block ids, hashed: another text (another version of the document) never matches. */
  fingerprint: string
  spans?: [id: string, color: HighlightColor, start: number, end: number][]
  reading?: ReadingPosition
}

export interface FirstScreenCache {
  spans: PaintedSpan[] | null
  reading: ReadingPosition | null
}

const fingerprint = (document: AnchorableDocument): string => fnv1a(document.blocks.map((block) => block.id).join(' '))

function read(documentId: string, document: AnchorableDocument): Cached | null {
  try {
    const cached = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Cached | null
    return cached && cached.documentId === documentId && cached.fingerprint === fingerprint(document) ? cached : null
  } catch {
    return null
  }
}

/** What the cache holds for `document` (with `documentId`); nulls for what it does not hold for this text. */
export function readFirstScreenCache(documentId: string, document: AnchorableDocument): FirstScreenCache {
  const cached = read(documentId, document)
  const spans = Array.isArray(cached?.spans)
    ? cached.spans
        .filter(
          ([id, color, start, end]) =>
            typeof id === 'string' &&
            HIGHLIGHT_COLORS.includes(color) &&
            Number.isInteger(start) &&
            Number.isInteger(end) &&
            start < end
        )
        .map(([id, color, start, end]) => ({ id, color, start, end }))
    : null
  const reading = cached?.reading
  const validReading =
    reading && typeof reading.blockId === 'string' && typeof reading.fraction === 'number'
      ? { blockId: reading.blockId, fraction: reading.fraction }
      : null
  return { spans, reading: validReading }
}

/**
 * Updates the cache for `documentId`, the document on screen: the one the next start opens on (settings'
 * `openDocument`). One document is kept; another one's entry is replaced. `reading: null` forgets the position.
 */
export function cacheFirstScreen(
  documentId: string,
  document: AnchorableDocument,
  change: { spans?: readonly PaintedSpan[]; reading?: ReadingPosition | null }
): void {
  const cached: Cached = { ...read(documentId, document), documentId, fingerprint: fingerprint(document) }
  if (change.spans) cached.spans = change.spans.map((span) => [span.id, span.color, span.start, span.end])
  if (change.reading) cached.reading = { blockId: change.reading.blockId, fraction: change.reading.fraction }
  else if (change.reading === null) delete cached.reading
  try {
    localStorage.setItem(KEY, JSON.stringify(cached))
  } catch (error) {
    // Full or unavailable storage: the next start shows the highlights a moment later, that is all.
    console.warn('First-screen cache not written', error)
  }
}
