// The words of the last search hit opened (Ctrl+K), for the reader of its document to mark and scroll to. A copy's
// reader (a saved page's frame, a PDF's text layers) reads them here, open already or opened by the hit: each hit
// opened is a new request, even in the page shown, even for the same words.

import { useSyncExternalStore } from 'react'
import type { HighlightRange, SearchHit, Snippet } from '../../../shared/search/types'

/** A request to mark the words `snippet` highlights in block `blockId` of document `documentId`. */
export interface HitWords {
  documentId: string
  blockId: string
  snippet: Pick<Snippet, 'text' | 'start' | 'highlights'>
  /** Counts the hits opened: a second hit on the same words asks again. */
  serial: number
}

let current: HitWords | null = null
let serial = 0
const listeners = new Set<() => void>()

function publish(next: HitWords | null): void {
  current = next
  for (const listener of listeners) listener()
}

/** Asks the reader of the hit's document to mark its words; only a passage hit has words in a document's text. */
export function markHitWords(hit: SearchHit): void {
  if (hit.kind !== 'passage' || !hit.docId) return
  serial += 1
  publish({ documentId: hit.docId, blockId: hit.targetId, snippet: hit.snippet, serial })
}

/** How many readers show each document now. */
const readers = new Map<string, number>()

/**
 * A reader of `documentId` shows its requests; returns what the reader calls when it closes. Once no reader shows
 * the document, its request is dropped: opening the document again later marks nothing. Checked after the render,
 * since React may mount the reader again at once (StrictMode in development).
 */
export function holdHitWords(documentId: string): () => void {
  readers.set(documentId, (readers.get(documentId) ?? 0) + 1)
  return () => {
    readers.set(documentId, (readers.get(documentId) ?? 1) - 1)
    setTimeout(() => {
      if (readers.get(documentId)) return
      readers.delete(documentId)
      if (current?.documentId === documentId) publish(null)
    }, 0)
  }
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The last request, or null. */
export const lastHitWords = (): HitWords | null => current

/** The request for `documentId`, or null. */
export function useHitWords(documentId: string): HitWords | null {
  const request = useSyncExternalStore(subscribe, lastHitWords)
  return request?.documentId === documentId ? request : null
}

/**
 * Where the snippet's highlighted words are in `blockText`, the text the hit was found in. The snippet's words are
 * slices of that text from `snippet.start`, after a "…" when the excerpt was cut: each offset is checked against the
 * text, so a block that changed since it was indexed gets no mark in the wrong place.
 */
export function hitWordRanges(snippet: HitWords['snippet'], blockText: string): HighlightRange[] {
  const ranges: HighlightRange[] = []
  for (const { start, end } of snippet.highlights) {
    const word = snippet.text.slice(start, end)
    if (!word) continue
    for (const lead of snippet.text.startsWith('…') ? [1, 0] : [0]) {
      const from = snippet.start + start - lead
      if (from >= 0 && blockText.slice(from, from + word.length) === word) {
        ranges.push({ start: from, end: from + word.length })
        break
      }
    }
  }
  return ranges
}
