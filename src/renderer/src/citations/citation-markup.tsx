// Shows citeproc's HTML for a citation as React elements, keeping only its inline formatting
// (italics, bold, superscript…). Nothing is set as innerHTML; unknown tags keep just their text.

import { Fragment, type ReactNode } from 'react'

/** Tags whose formatting is kept; all of citeproc's inline output for Folio's styles. */
const KEPT = new Set(['i', 'em', 'b', 'strong', 'sup', 'sub'])

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent
  if (node.nodeType !== Node.ELEMENT_NODE) return null
  const element = node as Element
  const children = [...element.childNodes].map(toReact)
  const tag = element.tagName.toLowerCase()
  if (KEPT.has(tag)) {
    const Tag = tag as 'i' | 'em' | 'b' | 'strong' | 'sup' | 'sub'
    return <Tag key={key}>{children}</Tag>
  }
  // citeproc marks small caps and "no decoration" with a styled span: keep the text, drop the style.
  return <Fragment key={key}>{children}</Fragment>
}

/** The entry's inline formatting from citeproc's `<div class="csl-entry">…</div>`; falls back to `text`. */
export function CitationMarkup({ html, text }: { html: string; text: string }) {
  if (typeof DOMParser !== 'function') return <>{text}</>
  // A parsed (inert) document: scripts never run and nothing is attached to the page.
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const rendered = [...body.childNodes].map(toReact)
  // If parsing lost text (it never should), show the plain entry rather than a different one.
  return body.textContent?.replace(/\s+/g, ' ').trim() === text.replace(/\s+/g, ' ').trim() ? (
    <>{rendered}</>
  ) : (
    <>{text}</>
  )
}
