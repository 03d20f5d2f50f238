// Other members' annotations of the open document: asked of main (groupAnnotations), each checked again with the
// backup's annotation schema (what a member's client wrote is input, whatever main let through), anchored in
// this document's text like the user's own, and read again when main says they changed.

import { useEffect, useMemo, useState, type CSSProperties } from 'react'
import { anchorAllAsync } from '../../../shared/anchoring/anchor'
import { prepareDocument } from '../../../shared/anchoring/prepared-document'
import type { Anchor } from '../../../shared/anchoring/types'
import type { ArticleDocument } from '../../../shared/archive/document'
import type { Annotation } from '../db/annotation'
import { getFolioPageApi } from '../ipc/folio-client'

export interface MemberAnnotation {
  /** `<author account>\n<annotation id>`: one member's annotation, whichever groups it came through. */
  key: string
  annotation: Annotation
  author: { account: string; name: string }
  groupId: string
}

export function useMemberAnnotations(document: ArticleDocument): {
  members: MemberAnnotation[]
  anchors: Map<string, Anchor | null>
} {
  const api = getFolioPageApi()
  const [members, setMembers] = useState<MemberAnnotation[]>([])
  const [anchors, setAnchors] = useState<Map<string, Anchor | null>>(new Map())
  const prepared = useMemo(() => prepareDocument(document), [document])

  useEffect(() => {
    if (!api) return
    let live = true
    const read = () =>
      void api.groupAnnotations(document.id).then(
        // The record schemas (zod) load with the first members' annotations, not with the app.
        async (found) => {
          if (found.length === 0) return live && setMembers([])
          const { checkMemberAnnotations } = await import('./check-member-annotations')
          if (live) setMembers(checkMemberAnnotations(found, document.id))
        },
        (error: unknown) => console.warn('Groupes : annotations des membres illisibles', error)
      )
    const stop = api.on('groupAnnotationsChanged', (documentIds) => {
      if (documentIds.includes(document.id)) read()
    })
    const stopGroups = api.on('groupsChanged', read)
    read()
    return () => {
      live = false
      stop()
      stopGroups()
    }
  }, [api, document.id])

  useEffect(() => {
    const controller = new AbortController()
    anchorAllAsync(
      prepared,
      members.map((member) => member.annotation.target),
      { signal: controller.signal }
    ).then(
      (results) => setAnchors(new Map(members.map((member, index) => [member.key, results[index] ?? null]))),
      (error: unknown) => {
        if (!controller.signal.aborted) console.error('Anchoring failed', error)
      }
    )
    return () => controller.abort()
  }, [members, prepared])

  return { members, anchors }
}

/** How many member styles there are: groups.css gives each its colour, `--member-0` to `--member-3`. */
export const MEMBER_STYLES = 4

/** A member's place among the document's authors (0 to 3), so that each has their own style in the reader. */
export function authorStyles(members: readonly MemberAnnotation[]): Map<string, number> {
  const accounts = [...new Set(members.map((member) => member.author.account))].sort()
  return new Map(accounts.map((account, index) => [account, index % MEMBER_STYLES]))
}

/** The colour of member style `style`, as the `--member-color` of the element that shows it (a card, a tooltip). */
export const memberColor = (style: number): CSSProperties =>
  ({ '--member-color': `var(--member-${style % MEMBER_STYLES})` }) as CSSProperties
