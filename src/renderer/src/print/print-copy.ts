// The print-only copy of the reader's article: a clone laid after it in which the highlights are <mark>s in
// their colours and each footnoted passage ends with its number. The reader's own DOM (React's, and the block
// texts anchoring reads) is never touched; print.css prints the copy in its place, and it is removed after.

import type { AnchorableDocument } from '../../../shared/anchoring/types'
import type { HighlightColor } from '../db/annotation'
import { offsetsToRange } from '../annotations/dom/text-position'

/** One highlighted passage to print: its colour, and its footnote number when its note is printed. */
export interface PrintedPassage {
  start: number
  end: number
  color: HighlightColor
  footnote?: number
}

export interface PrintCopy {
  /** Where the footnotes go: an empty block just after the copy (print-notes.tsx renders into it). */
  notes: HTMLElement
  remove(): void
}

/** The stretch of one text node a passage covers. */
interface Segment {
  start: number
  end: number
  passage: PrintedPassage
  /** The passage's last stretch: its footnote number follows it. */
  last: boolean
}

/** Each text node under `root` that `range` covers, with the part of it covered: a walk from its start to its end. */
function coveredTexts(range: Range, root: Element): { node: Text; start: number; end: number }[] {
  const covered: { node: Text; start: number; end: number }[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const { startContainer, startOffset } = range
  walker.currentNode =
    startContainer.nodeType === Node.TEXT_NODE
      ? startContainer
      : (startContainer.childNodes[startOffset] ?? startContainer)
  let node: Node | null = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode()
  for (; node && range.comparePoint(node, 0) <= 0; node = walker.nextNode()) {
    const text = node as Text
    if (!range.intersectsNode(text)) continue
    const start = text === range.startContainer ? range.startOffset : 0
    const end = text === range.endContainer ? range.endOffset : text.length
    if (end > start) covered.push({ node: text, start, end })
  }
  return covered
}

function footnoteMark(doc: Document, number: number): HTMLElement {
  const sup = doc.createElement('sup')
  sup.className = 'print-note-ref'
  sup.textContent = String(number)
  return sup
}

/**
 * Replaces `node` by its pieces cut at every segment boundary, each piece inside one <mark> per passage covering
 * it (the longest outermost, so a passage inside another shows over it, as on screen), footnote numbers after
 * the piece a footnoted passage ends with.
 */
function markText(node: Text, segments: Segment[]): void {
  const doc = node.ownerDocument
  const cuts = [...new Set([0, node.length, ...segments.flatMap((segment) => [segment.start, segment.end])])].sort(
    (a, b) => a - b
  )
  const pieces = doc.createDocumentFragment()
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number
    const to = cuts[i + 1] as number
    const covering = segments
      .filter((segment) => segment.start <= from && to <= segment.end)
      .sort((a, b) => b.passage.end - b.passage.start - (a.passage.end - a.passage.start))
    let piece: Node = doc.createTextNode(node.data.slice(from, to))
    for (const { passage } of [...covering].reverse()) {
      const mark = doc.createElement('mark')
      mark.className = 'print-mark'
      mark.dataset.color = passage.color
      mark.append(piece)
      piece = mark
    }
    pieces.append(piece)
    const ending = segments
      .filter((segment) => segment.last && segment.end === to && segment.passage.footnote !== undefined)
      .sort((a, b) => (a.passage.footnote ?? 0) - (b.passage.footnote ?? 0))
    for (const { passage } of ending) pieces.append(footnoteMark(doc, passage.footnote as number))
  }
  node.replaceWith(pieces)
}

/**
 * Lays a print copy of `article` (the reader's article of `doc`) just after it, with `passages` marked. Passages
 * whose text is not shown are left out. Ids are dropped from the copy: the page keeps one element per id.
 */
export function makePrintCopy(article: HTMLElement, doc: AnchorableDocument, passages: PrintedPassage[]): PrintCopy {
  const copy = article.cloneNode(true) as HTMLElement
  copy.classList.add('print-copy')
  copy.removeAttribute('aria-label')
  copy.setAttribute('aria-hidden', 'true')
  // Every stretch is found before any is cut: cutting a text node moves the ranges that point into it.
  const byNode = new Map<Text, Segment[]>()
  article.after(copy)
  for (const passage of passages) {
    const range = offsetsToRange(passage.start, passage.end, copy, doc)
    if (!range) continue
    const covered = coveredTexts(range, copy)
    covered.forEach(({ node, start, end }, index) => {
      const list = byNode.get(node) ?? []
      list.push({ start, end, passage, last: index === covered.length - 1 })
      byNode.set(node, list)
    })
  }
  for (const [node, segments] of byNode) markText(node, segments)
  // What the reader folds (the source's notes) is printed open.
  for (const details of copy.querySelectorAll('details')) details.open = true
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id')
  copy.removeAttribute('id')
  const notes = article.ownerDocument.createElement('section')
  notes.className = 'print-notes'
  copy.after(notes)
  return {
    notes,
    remove() {
      copy.remove()
      notes.remove()
    }
  }
}
