// Turns a selection of the document text into what an annotation stores: its block, quote and position.
// The renderer maps a DOM selection to offsets in the document text and calls describeRange with them.

import { blockIndexAt, toPrepared, type PreparedDocument } from './prepared-document'
import { CONTEXT_LENGTH, type AnchorableDocument, type AnnotationTarget, type TextQuoteSelector } from './types'

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * The quote selector for `[start, end)` of `text`: the exact text and up to `CONTEXT_LENGTH` characters
 * each side. Context never begins or ends in the middle of a surrogate pair.
 */
export function quoteSelectorFor(text: string, start: number, end: number): TextQuoteSelector {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd)
  }
}

/**
 * Describes the selection `[start, end)` of the document text (block texts joined by '\n').
 * The target's block is the one containing `start` (a '\n' separator counts with the block before it).
 * Throws a RangeError for an empty, reversed or out-of-bounds range, or non-integer offsets.
 *
 * @example
 * const target = describeRange(doc, 120, 164)
 * anchorTarget(doc, target) // → { start: 120, end: 164, method: 'position' }
 */
export function describeRange(
  doc: AnchorableDocument | PreparedDocument,
  start: number,
  end: number
): AnnotationTarget {
  const prepared = toPrepared(doc)
  const { text } = prepared
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Cannot describe range [${start}, ${end}) of a text of length ${text.length}`)
  }
  const blockIndex = blockIndexAt(prepared, start)
  const blockId = prepared.blockIds[blockIndex] ?? null
  const blockStart = blockId === null ? 0 : (prepared.blockStarts[blockIndex] ?? 0)
  return {
    blockId,
    blockOffset: start - blockStart,
    selectors: {
      quote: quoteSelectorFor(text, start, end),
      position: { type: 'TextPositionSelector', start, end }
    }
  }
}

/**
 * Describes a range given relative to one block: `[startOffset, endOffset)` from the start of the block
 * `blockId` (the end may run into following blocks). Throws a RangeError when the block does not exist.
 */
export function describeBlockRange(
  doc: AnchorableDocument | PreparedDocument,
  blockId: string,
  startOffset: number,
  endOffset: number
): AnnotationTarget {
  const prepared = toPrepared(doc)
  const index = prepared.blocksById.get(blockId)?.[0]
  if (index === undefined) throw new RangeError(`No block with id ${blockId}`)
  const blockStart = prepared.blockStarts[index] ?? 0
  return describeRange(prepared, blockStart + startOffset, blockStart + endOffset)
}
