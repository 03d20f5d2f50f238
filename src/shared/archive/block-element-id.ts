// The DOM id of a block's element in the reader, one definition for the renderer's reader and for
// main's first screen (which draws the same DOM before any script runs).

const BLOCK_ID_PREFIX = 'block-'

/** The DOM id of the element of block `blockId` (its title, heading, paragraph or bullet). */
export const blockElementId = (blockId: string): string => `${BLOCK_ID_PREFIX}${blockId}`

/** The block id of an element id made by blockElementId; null for any other id. */
export function blockIdOfElementId(elementId: string): string | null {
  return elementId.startsWith(BLOCK_ID_PREFIX) ? elementId.slice(BLOCK_ID_PREFIX.length) : null
}

/** A CSS selector for the block elements under `scope` (a selector itself, such as `.reader`). */
export const blockElementSelector = (scope: string): string => `${scope} [id^="${BLOCK_ID_PREFIX}"]`
