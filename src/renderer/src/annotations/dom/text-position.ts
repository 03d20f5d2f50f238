// Maps between DOM positions in the reader and offsets in the document text (block texts joined
// by '\n'). Each block's element holds exactly its text, so a block-relative offset is a text-node walk.

import type { AnchorableDocument } from '../../../../shared/anchoring/types'
import { blockOffsets } from '../../../../shared/archive/document'

function blockElementOf(node: Node, root: Element): HTMLElement | null {
  // By node type, not instanceof: a saved page's nodes belong to its frame's window.
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  const block = element?.closest<HTMLElement>(BLOCK) ?? null
  return block && root.contains(block) ? block : null
}

const BLOCK = '[data-block-id]'

/** The block elements under `root`, `root` first when it is one itself (a saved page's body is its one block). */
function blockElements(root: Element): HTMLElement[] {
  const inside = [...root.querySelectorAll<HTMLElement>(BLOCK)]
  return root.matches(BLOCK) ? [root as HTMLElement, ...inside] : inside
}

/** The element of block `id` under `root`, or `root` itself. */
function blockElement(root: Element, id: string): Element | null {
  return root.getAttribute('data-block-id') === id ? root : root.querySelector(`[data-block-id="${CSS.escape(id)}"]`)
}

function textNodes(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
  return nodes
}

/** Characters of `block`'s text before the DOM point (container, offset). */
function offsetInBlock(block: Element, container: Node, offset: number): number {
  const range = block.ownerDocument.createRange()
  range.selectNodeContents(block)
  range.setEnd(container, offset)
  return range.toString().length
}

/**
 * The document-text offsets a DOM range covers, or null when it touches no block. A boundary outside
 * every block (a button, the space between blocks) snaps to the nearest block text inside the range.
 */
export function rangeToOffsets(
  range: Range,
  root: Element,
  starts: Map<string, number>
): { start: number; end: number } | null {
  const blocks = blockElements(root).filter((block) => range.intersectsNode(block))
  const first = blocks[0]
  const last = blocks.at(-1)
  if (!first || !last) return null
  const startBlock = blockElementOf(range.startContainer, root)
  const endBlock = blockElementOf(range.endContainer, root)
  const firstStart = starts.get(first.dataset.blockId ?? '')
  const lastStart = starts.get(last.dataset.blockId ?? '')
  if (firstStart === undefined || lastStart === undefined) return null
  const start =
    startBlock === first ? firstStart + offsetInBlock(first, range.startContainer, range.startOffset) : firstStart
  let end =
    endBlock === last
      ? lastStart + offsetInBlock(last, range.endContainer, range.endOffset)
      : lastStart + (last.textContent?.length ?? 0)
  // A selection ending at the very start of a block (triple click) ends with the block before it.
  const previous = blocks.at(-2)
  if (end === lastStart && previous) {
    end = (starts.get(previous.dataset.blockId ?? '') ?? 0) + (previous.textContent?.length ?? 0)
  }
  return end > start ? { start, end } : null
}

/** The DOM point of a document-text offset inside the block element that holds it. */
function pointAt(block: Element, offset: number): { node: Node; offset: number } {
  let remaining = offset
  const nodes = textNodes(block)
  for (const node of nodes) {
    if (remaining <= node.length) return { node, offset: remaining }
    remaining -= node.length
  }
  const last = nodes.at(-1)
  return last ? { node: last, offset: last.length } : { node: block, offset: 0 }
}

/** Finds the block element holding `offset` (blocks sorted by start). */
function locate(
  offset: number,
  ordered: { id: string; start: number; length: number }[],
  root: Element,
  isEnd: boolean
) {
  for (const block of ordered) {
    const inside = isEnd
      ? offset > block.start && offset <= block.start + block.length
      : offset >= block.start && offset < block.start + block.length
    if (!inside) continue
    const element = blockElement(root, block.id)
    if (element) return { element, offset: offset - block.start }
  }
  return null
}

/** A DOM Range over `[start, end)` of the document text, or null when no block shows it. */
export function offsetsToRange(start: number, end: number, root: Element, doc: AnchorableDocument): Range | null {
  const starts = blockOffsets(doc)
  const ordered = doc.blocks.map((block) => ({
    id: block.id,
    start: starts.get(block.id) ?? 0,
    length: block.text.length
  }))
  // A range starting on a block's '\n' separator begins at the next block.
  const from = locate(start, ordered, root, false) ?? locate(start + 1, ordered, root, false)
  const to = locate(end, ordered, root, true) ?? locate(end - 1, ordered, root, true)
  if (!from || !to) return null
  const range = root.ownerDocument.createRange()
  const a = pointAt(from.element, from.offset)
  const b = pointAt(to.element, to.offset)
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  return range.collapsed ? null : range
}

/** The document-text offset under a screen point (for clicks on painted highlights), or null. */
export function offsetAtPoint(x: number, y: number, root: Element, starts: Map<string, number>): number | null {
  const position = root.ownerDocument.caretPositionFromPoint?.(x, y)
  if (!position) return null
  const block = blockElementOf(position.offsetNode, root)
  const blockStart = block ? starts.get(block.dataset.blockId ?? '') : undefined
  if (!block || blockStart === undefined) return null
  return blockStart + offsetInBlock(block, position.offsetNode, position.offset)
}
