// Finds where stored annotation targets are in the current document text, cheapest check first: stored
// position → near it → exact quote → fuzzy quote. A target not found is an orphan (null), never dropped.

import { matchQuote } from './match-quote'
import { matchNearHint } from './near-match'
import {
  blockRelativeStart,
  seedIndexSteps,
  toPrepared,
  ensureSeedIndex,
  type PreparedDocument
} from './prepared-document'
import type { SeedIndex } from './seed-index'
import type { Anchor, AnchorableDocument, AnnotationTarget, TextQuoteSelector } from './types'

/** Default longest stretch of synchronous work in the sliced batch APIs, in milliseconds. */
export const DEFAULT_SLICE_MS = 8

/** How far a batch has got: `done` of `total` targets anchored (or orphaned). */
export interface AnchoringProgress {
  done: number
  total: number
}

/** Options of the sliced batch APIs. */
export interface AnchorBatchOptions {
  /** Work at most about this long before yielding (a single target may overrun it a little). */
  sliceMs?: number
  /** Clock in milliseconds; `performance.now` by default. */
  now?: () => number
}

/** Options of {@link anchorAllAsync}. */
export interface AnchorAsyncOptions extends AnchorBatchOptions {
  /** Stops between slices, rejecting with the signal's reason. */
  signal?: AbortSignal
  /**
   * Awaited between slices (lets input and painting through): `scheduler.yield()` where the platform has
   * it (Chromium, so Electron's renderer), else a zero-delay timeout.
   */
  yieldControl?: () => Promise<void>
}

/** Gives the event loop a turn: `scheduler.yield()` when available (no 4 ms timer clamping), else a timeout. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise<void>((resolve) => setTimeout(resolve, 0))
}

/** True for a target whose quote can be searched; malformed stored data is an orphan, not an error. */
function isUsable(target: AnnotationTarget): boolean {
  const quote = target.selectors?.quote
  return typeof quote?.exact === 'string' && quote.exact.length > 0
}

/** The quote sits at `start`, with its prefix or its suffix unchanged beside it. */
function holdsQuote(text: string, start: number, selector: TextQuoteSelector): boolean {
  const { exact, prefix, suffix } = selector
  if (!Number.isInteger(start) || start < 0 || !text.startsWith(exact, start)) return false
  const end = start + exact.length
  return (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) || text.startsWith(suffix, end)
}

/** Where the passage should start: by its block when the block still exists, else its stored position. */
function expectedStart(prepared: PreparedDocument, target: AnnotationTarget): number {
  const stored = Number.isFinite(target.selectors.position?.start) ? target.selectors.position.start : 0
  const relative = blockRelativeStart(prepared, target.blockId, target.blockOffset, stored)
  return Math.min(prepared.text.length, Math.max(0, relative ?? stored))
}

/** Stage 1: the stored position, absolute then relative to the stored block. No search. */
function anchorByPosition(prepared: PreparedDocument, target: AnnotationTarget): Anchor | null {
  const quote = target.selectors.quote
  const stored = target.selectors.position?.start
  const relative = blockRelativeStart(prepared, target.blockId, target.blockOffset, stored ?? 0)
  for (const start of [stored, relative]) {
    if (typeof start === 'number' && holdsQuote(prepared.text, start, quote)) {
      return { start, end: start + quote.exact.length, method: 'position' }
    }
  }
  return null
}

/** Stage 2: a few edits away, close to where the passage is expected. No index needed. */
function anchorNearby(prepared: PreparedDocument, target: AnnotationTarget): Anchor | null {
  const match = matchNearHint(prepared, target.selectors.quote, expectedStart(prepared, target))
  return match ? { start: match.start, end: match.end, method: match.errors === 0 ? 'quote' : 'fuzzy' } : null
}

/** Stages 3 and 4: exact quote search, then fuzzy search, anywhere in the text. */
function anchorBySearch(prepared: PreparedDocument, target: AnnotationTarget, index: SeedIndex): Anchor | null {
  const quote = target.selectors.quote
  const hint = expectedStart(prepared, target)
  const match = matchQuote(prepared, quote, hint, index)
  return match ? { start: match.start, end: match.end, method: match.exact ? 'quote' : 'fuzzy' } : null
}

/**
 * Anchors one target, cheapest check first, the quote verified each time:
 * 1. stored position (absolute, then relative to the stored block): the quote is there, with its prefix or
 *    suffix; 2. near the expected start (±64 characters, ≤ 4 edits, quote and context agreeing well);
 * 3. exact quote anywhere (seed index), occurrences told apart by context then closeness;
 * 4. fuzzy quote (≤ a quarter of its length in edits, at most 32) where the index points, or around the
 *    expected start for quotes of up to 32 characters.
 * Returns null for an orphan (the passage is no longer in the text): keep the annotation.
 * For many targets use {@link anchorAll} or {@link anchorAllSteps}, or pass a prepared document.
 */
export function anchorTarget(doc: AnchorableDocument | PreparedDocument, target: AnnotationTarget): Anchor | null {
  if (!isUsable(target)) return null
  const prepared = toPrepared(doc)
  const anchor = anchorByPosition(prepared, target) ?? anchorNearby(prepared, target)
  if (anchor) return anchor
  return anchorBySearch(prepared, target, ensureSeedIndex(prepared))
}

/**
 * Anchors targets like {@link anchorTarget}, in slices: prepares the document once (text, block offsets),
 * builds the seed index (in steps) only when a target is neither at nor near its stored position, and yields
 * progress whenever a slice has run `sliceMs`. Returns one result per target, in order (null for orphans).
 */
export function* anchorAllSteps(
  doc: AnchorableDocument | PreparedDocument,
  targets: readonly AnnotationTarget[],
  options: AnchorBatchOptions = {}
): Generator<AnchoringProgress, (Anchor | null)[], void> {
  const now = options.now ?? (() => performance.now())
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS
  const total = targets.length
  const prepared = toPrepared(doc)
  const results: (Anchor | null)[] = []
  let sliceStart = now()
  for (const target of targets) {
    let anchor: Anchor | null = null
    if (isUsable(target)) {
      anchor = anchorByPosition(prepared, target) ?? anchorNearby(prepared, target)
      if (!anchor) {
        const steps = seedIndexSteps(prepared)
        let step = steps.next()
        while (!step.done) {
          if (now() - sliceStart >= sliceMs) {
            yield { done: results.length, total }
            sliceStart = now()
          }
          step = steps.next()
        }
        anchor = anchorBySearch(prepared, target, step.value)
      }
    }
    results.push(anchor)
    if (now() - sliceStart >= sliceMs && results.length < total) {
      yield { done: results.length, total }
      sliceStart = now()
    }
  }
  return results
}

/** Anchors all targets synchronously (one result per target, null for orphans). */
export function anchorAll(
  doc: AnchorableDocument | PreparedDocument,
  targets: readonly AnnotationTarget[]
): (Anchor | null)[] {
  const steps = anchorAllSteps(doc, targets, { sliceMs: Infinity })
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * Anchors all targets without blocking: runs {@link anchorAllSteps} and awaits `yieldControl` between
 * slices, so no synchronous stretch is much longer than `sliceMs`.
 */
export async function anchorAllAsync(
  doc: AnchorableDocument | PreparedDocument,
  targets: readonly AnnotationTarget[],
  options: AnchorAsyncOptions = {}
): Promise<(Anchor | null)[]> {
  const pause = options.yieldControl ?? yieldToEventLoop
  const steps = anchorAllSteps(doc, targets, options)
  for (;;) {
    options.signal?.throwIfAborted()
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}
