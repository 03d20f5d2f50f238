// Other members' annotations in the reader: painted in a style of their own (an underline in one of four member
// colours, never the user's highlight colours), with the author's name shown over the passage under the pointer;
// a click opens the notes panel on that annotation. Read-only: nothing here edits a member's annotation.

import { useAnnotations } from '../annotations/annotations-context'
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import type { ArticleDocument } from '../../../shared/archive/document'
import { blockOffsets } from '../../../shared/archive/document'
import { offsetAtPoint, offsetsToRange } from '../annotations/dom/text-position'
import { useNavigation } from '../layout/navigation'
import { setGroupView, showsMember, showsMine, useGroupView } from './group-filter'
import {
  authorStyles,
  MEMBER_STYLES,
  memberColor,
  useMemberAnnotations,
  type MemberAnnotation
} from './use-member-annotations'

const memberHighlight = (style: number) => `folio-member-${style}`
const ACTIVE = 'folio-member-active'
const NOTE_PREVIEW = 140

type HighlightWindow = Window & typeof globalThis
const registryOf = (doc: Document) => {
  const view = doc.defaultView as HighlightWindow | null
  return view && typeof view.CSS !== 'undefined' && 'highlights' in view.CSS ? view : null
}

function clear(doc: Document): void {
  const view = registryOf(doc)
  if (!view) return
  for (let style = 0; style < MEMBER_STYLES; style++) view.CSS.highlights.delete(memberHighlight(style))
  view.CSS.highlights.delete(ACTIVE)
}

interface Hovered {
  member: MemberAnnotation
  x: number
  y: number
}

/**
 * `rootRef`: the element holding the text's blocks, as for HighlightLayer; `shown`: changes when the blocks in the DOM
 * do (a PDF's pages drawn as the user scrolls), to paint over those that just came.
 */
export function MemberHighlights({
  rootRef,
  document,
  shown: drawn
}: {
  rootRef: RefObject<HTMLElement | null>
  document: ArticleDocument
  shown?: unknown
}) {
  const { members, anchors } = useMemberAnnotations(document)
  const { filter, active } = useGroupView()
  const { showPanelTab } = useNavigation()
  const starts = useMemo(() => blockOffsets(document), [document])
  const styles = useMemo(() => authorStyles(members), [members])
  const shown = useMemo(
    () => members.filter((member) => showsMember(filter, member.author.account) && anchors.get(member.key)),
    [anchors, filter, members]
  )
  const ranges = useRef(new Map<string, Range>())
  const [hovered, setHovered] = useState<Hovered | null>(null)

  useLayoutEffect(() => {
    const root = rootRef.current
    if (!root) return
    const view = registryOf(root.ownerDocument)
    const byStyle: Range[][] = Array.from({ length: MEMBER_STYLES }, () => [])
    const painted = new Map<string, Range>()
    for (const member of shown) {
      const anchor = anchors.get(member.key)
      const range = anchor ? offsetsToRange(anchor.start, anchor.end, root, document) : null
      if (!range) continue
      painted.set(member.key, range)
      byStyle[styles.get(member.author.account) ?? 0]!.push(range)
    }
    ranges.current = painted
    if (view)
      byStyle.forEach((list, style) => {
        const highlight = new view.Highlight(...list)
        highlight.priority = 0
        view.CSS.highlights.set(memberHighlight(style), highlight)
      })
  }, [anchors, document, drawn, rootRef, shown, styles])

  useEffect(() => {
    const doc = rootRef.current?.ownerDocument
    const view = doc && registryOf(doc)
    if (!view) return
    const range = active ? ranges.current.get(active) : undefined
    if (range) view.CSS.highlights.set(ACTIVE, new view.Highlight(range))
    else view.CSS.highlights.delete(ACTIVE)
  }, [active, rootRef, shown])

  // The user's own highlights step back while only members' annotations are shown (groups.css).
  useEffect(() => {
    const html = rootRef.current?.ownerDocument.documentElement
    if (!html) return
    if (showsMine(filter)) delete html.dataset.groupFilter
    else html.dataset.groupFilter = 'members'
    return () => void delete html.dataset.groupFilter
  }, [filter, rootRef])

  useEffect(() => {
    const root = rootRef.current
    if (!root) return () => undefined
    return () => clear(root.ownerDocument)
  }, [rootRef])

  // The member annotation under the pointer: its author's name over the passage; a click opens it in the panel.
  useEffect(() => {
    const root = rootRef.current
    if (!root || shown.length === 0) {
      setHovered(null)
      return
    }
    const at = (event: MouseEvent): MemberAnnotation | null => {
      const offset = offsetAtPoint(event.clientX, event.clientY, root, starts)
      if (offset === null) return null
      const hits = shown
        .map((member) => ({ member, anchor: anchors.get(member.key)! }))
        .filter(({ anchor }) => anchor.start <= offset && offset < anchor.end)
        .sort((a, b) => a.anchor.end - a.anchor.start - (b.anchor.end - b.anchor.start))
      return hits[0]?.member ?? null
    }
    const onMove = (event: MouseEvent) => {
      const member = at(event)
      const rect = member ? ranges.current.get(member.key)?.getBoundingClientRect() : undefined
      setHovered((previous) =>
        member && rect ? (previous?.member.key === member.key ? previous : { member, x: rect.left, y: rect.top }) : null
      )
    }
    const onClick = (event: MouseEvent) => {
      if (!root.ownerDocument.getSelection()?.isCollapsed) return
      const member = at(event)
      if (!member) return
      setGroupView({ active: member.key })
      showPanelTab('notes')
    }
    const onLeave = () => setHovered(null)
    root.addEventListener('mousemove', onMove)
    root.addEventListener('click', onClick)
    root.addEventListener('mouseleave', onLeave)
    return () => {
      root.removeEventListener('mousemove', onMove)
      root.removeEventListener('click', onClick)
      root.removeEventListener('mouseleave', onLeave)
    }
  }, [anchors, drawn, rootRef, showPanelTab, shown, starts])

  if (!hovered) return null
  const { member } = hovered
  const note = member.annotation.note
  return createPortal(
    <div
      className="member-tooltip"
      role="tooltip"
      style={{
        ...memberColor(styles.get(member.author.account) ?? 0),
        left: Math.max(4, hovered.x),
        top: Math.max(4, hovered.y - 6)
      }}
    >
      <strong>{member.author.name}</strong>
      {note ? <span> : {note.length > NOTE_PREVIEW ? `${note.slice(0, NOTE_PREVIEW)}…` : note}</span> : null}
    </div>,
    rootRef.current?.ownerDocument.body ?? window.document.body
  )
}

/** A copy's members' highlights (a PDF's pages, a saved page's frame): the copy is the open document. */
export function MemberHighlightsOfCopy({
  rootRef,
  shown
}: {
  rootRef: RefObject<HTMLElement | null>
  shown?: unknown
}) {
  const { document } = useAnnotations()
  return <MemberHighlights rootRef={rootRef} document={document} shown={shown} />
}
