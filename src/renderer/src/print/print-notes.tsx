// Notes as footnotes of a printed article: which annotations are footnoted (those with a note whose passage is
// in the text, numbered in text order), and the print-only list after the article: number, quote, note as text.

import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { assertMarkdownReadable } from '../../../shared/archive/markdown-complexity'
import type { Anchor } from '../../../shared/anchoring/types'
import type { Annotation } from '../db/annotation'

export interface Footnote {
  number: number
  annotation: Annotation
  anchor: Anchor
}

/** The annotations printed as footnotes, numbered from 1 in the order of their passages in the text. */
export function footnotesOf(
  annotations: readonly Annotation[],
  anchors: ReadonlyMap<string, Anchor | null>
): Footnote[] {
  return annotations
    .flatMap((annotation) => {
      const anchor = anchors.get(annotation.id)
      return anchor && annotation.note.trim() !== '' ? [{ annotation, anchor }] : []
    })
    .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end)
    .map((footnote, index) => ({ ...footnote, number: index + 1 }))
}

/**
 * A note's Markdown as the text it shows: one line per paragraph, list item or heading, without the markup. A
 * note the parser could not read in linear time is printed as typed.
 */
export function plainNote(markdown: string): string {
  try {
    assertMarkdownReadable(markdown)
    const lines = fromMarkdown(markdown).children.flatMap((node) =>
      node.type === 'list' ? node.children.map((item) => `• ${toString(item)}`) : [toString(node)]
    )
    return lines.filter((line) => line.trim() !== '').join('\n')
  } catch {
    return markdown
  }
}

export interface PrintNotesProps {
  footnotes: readonly Footnote[]
  /** The list's heading ("Notes"). */
  heading: string
}

/** The numbered footnotes, printed after the article (print.css hides them on screen). */
export function PrintNotes({ footnotes, heading }: PrintNotesProps) {
  if (footnotes.length === 0) return null
  return (
    <>
      <h2>{heading}</h2>
      <ol>
        {footnotes.map(({ number, annotation }) => (
          <li key={annotation.id} value={number}>
            <blockquote>« {annotation.target.selectors.quote.exact} »</blockquote>
            <p className="print-note-text">{plainNote(annotation.note)}</p>
          </li>
        ))}
      </ol>
    </>
  )
}
