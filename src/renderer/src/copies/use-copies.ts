// The copies attached to one document's links (or all the user's copies), read from main when they show
// (copy-lists.ts), and what the user does with them: attach a file (to a link, or on its own), detach it. Every
// change is read back from main, by every list on screen.

import { useCallback, useEffect } from 'react'
import type { CopyEntry, CopyLink, CopyRefusal } from '../../../shared/copies/copy-types'
import { getFolioApi } from '../ipc/folio-client'
import { copiesChanged, useCopyList } from './copy-lists'
import { warmPdfView } from './pdf/load-pdf-view'

export type CopyOutcome = { ok: true; copy: CopyEntry } | { ok: false; reason: CopyRefusal | 'no-api'; message: string }

export interface DocumentCopies {
  /** undefined while read. */
  copies: CopyEntry[] | undefined
  /** Attaches a file the user chooses to `linkId` of the document, or (no link) adds it on its own. */
  attach(linkId?: string): Promise<CopyOutcome>
  /** Detaches `copy` from `linkId`; without a link, removes it from the library. */
  detach(copy: CopyEntry, linkId?: string): Promise<{ ok: boolean; message?: string }>
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Copies of `documentId`'s links (null: every copy); `linkId` keeps only those of one link. */
export function useCopies(documentId: string | null, linkId?: string): DocumentCopies {
  const copies = useCopyList(documentId)
  // A PDF listed is likely opened next: its reader's code loads while the page is idle.
  useEffect(() => {
    if (copies?.some((copy) => copy.kind === 'pdf')) warmPdfView()
  }, [copies])

  const attach = useCallback(
    async (forLink?: string): Promise<CopyOutcome> => {
      const api = getFolioApi()
      if (!api) return { ok: false, reason: 'no-api', message: '' }
      const link: CopyLink | null = forLink && documentId ? { documentId, linkId: forLink } : null
      try {
        const result = await api.attachCopy(link)
        if (result.ok) copiesChanged()
        return result
      } catch (error) {
        return { ok: false, reason: 'failed', message: messageOf(error) }
      }
    },
    [documentId]
  )
  const detach = useCallback(
    async (copy: CopyEntry, forLink?: string) => {
      const api = getFolioApi()
      if (!api) return { ok: false }
      try {
        const link = forLink && documentId ? { documentId, linkId: forLink } : null
        const result = await api.removeCopy(copy.id, link)
        copiesChanged()
        return result.ok ? { ok: true } : { ok: false, message: result.message }
      } catch (error) {
        return { ok: false, message: messageOf(error) }
      }
    },
    [documentId]
  )
  const shown =
    linkId && copies
      ? copies.filter((copy) => copy.links.some((link) => link.documentId === documentId && link.linkId === linkId))
      : copies
  return { copies: shown, attach, detach }
}
