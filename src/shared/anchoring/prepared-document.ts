// A document readied for anchoring: its text, where each block starts, blocks by id, and a seed index
// built only when a search needs it. Prepare once, then describe and anchor any number of targets.

import { buildSeedIndexSteps, type SeedIndex } from './seed-index'
import type { AnchorableDocument } from './types'

const PREPARED = Symbol('PreparedDocument')

/** The precomputed form of a document. Treat as read-only; create with {@link prepareDocument}. */
export interface PreparedDocument {
  readonly [PREPARED]: true
  /** Block texts joined by '\n': the coordinate space of positions (same as `documentText`). */
  readonly text: string
  /** `blockStarts[i]` is the offset of block i's first character in `text`. */
  readonly blockStarts: Int32Array
  /** `blockEnds[i]` is the offset just past block i's last character (before its '\n'). */
  readonly blockEnds: Int32Array
  /** Block ids in reading order. */
  readonly blockIds: readonly string[]
  /** Block indexes by id (a list, in case a producer repeats an id). */
  readonly blocksById: ReadonlyMap<string, readonly number[]>
  /** The seed index once built (see {@link seedIndexSteps}); null until then. */
  seedIndex: SeedIndex | null
}

/** Reads a document once: joins its text and records block offsets. O(text length). */
export function prepareDocument(doc: AnchorableDocument): PreparedDocument {
  const count = doc.blocks.length
  const blockStarts = new Int32Array(count)
  const blockEnds = new Int32Array(count)
  const blockIds: string[] = []
  const blocksById = new Map<string, number[]>()
  const texts: string[] = []
  let offset = 0
  doc.blocks.forEach((block, index) => {
    blockStarts[index] = offset
    blockEnds[index] = offset + block.text.length
    offset += block.text.length + 1
    blockIds.push(block.id)
    texts.push(block.text)
    const list = blocksById.get(block.id)
    if (list) list.push(index)
    else blocksById.set(block.id, [index])
  })
  return { [PREPARED]: true, text: texts.join('\n'), blockStarts, blockEnds, blockIds, blocksById, seedIndex: null }
}

/** True when `value` came from {@link prepareDocument}. */
export function isPreparedDocument(value: AnchorableDocument | PreparedDocument): value is PreparedDocument {
  return PREPARED in value
}

/** Accepts either form and returns the prepared one (preparing a plain document on the spot). */
export function toPrepared(doc: AnchorableDocument | PreparedDocument): PreparedDocument {
  return isPreparedDocument(doc) ? doc : prepareDocument(doc)
}

/**
 * Index of the block whose span contains `offset`; the '\n' after a block counts as part of it.
 * Returns -1 for a document without blocks. Offsets past the end give the last block.
 */
export function blockIndexAt(prepared: PreparedDocument, offset: number): number {
  const starts = prepared.blockStarts
  let low = 0
  let high = starts.length - 1
  if (high < 0) return -1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) low = mid
    else high = mid - 1
  }
  return low
}

/**
 * Where the target's block says the passage should start, or null when the block is gone.
 * With a repeated id, the occurrence closest to `fallback` wins.
 */
export function blockRelativeStart(
  prepared: PreparedDocument,
  blockId: string | null,
  blockOffset: number,
  fallback: number
): number | null {
  if (blockId === null) return null
  const indexes = prepared.blocksById.get(blockId)
  if (!indexes) return null
  let best: number | null = null
  for (const index of indexes) {
    const start = (prepared.blockStarts[index] ?? 0) + blockOffset
    if (best === null || Math.abs(start - fallback) < Math.abs(best - fallback)) best = start
  }
  return best
}

/**
 * Builds the seed index in steps (each bounded, see `buildSeedIndexSteps`), storing it on the document.
 * Yields between steps; returns at once when the index exists.
 */
export function* seedIndexSteps(prepared: PreparedDocument): Generator<void, SeedIndex, void> {
  if (prepared.seedIndex) return prepared.seedIndex
  const index = yield* buildSeedIndexSteps(prepared.text)
  prepared.seedIndex = index
  return index
}

/** The seed index, built synchronously if needed (for one-off calls; batches use {@link seedIndexSteps}). */
export function ensureSeedIndex(prepared: PreparedDocument): SeedIndex {
  const steps = seedIndexSteps(prepared)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
