// The element that holds one block's text and nothing else: the DOM text of every block is
// exactly the archive's, which is what selections and highlights are measured against.

import type { ReactNode } from 'react'

interface BlockTextProps {
  blockId: string
  text: string
  as?: 'span' | 'div' | 'p' | 'li'
  className?: string
  /** Optional rendering of the same text in pieces (e.g. label + value); must concatenate to `text`. */
  children?: ReactNode
  emptyLabel?: string
  /** DOM id, for jumps to this block. */
  id?: string
}

export function BlockText({
  blockId,
  text,
  as: Element = 'span',
  className,
  children,
  emptyLabel,
  id
}: BlockTextProps) {
  return (
    <Element
      id={id}
      className={className ? `block-text ${className}` : 'block-text'}
      data-block-id={blockId}
      data-empty-label={emptyLabel}
    >
      {children ?? text}
    </Element>
  )
}
