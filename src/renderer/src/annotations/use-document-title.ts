// The title of the document an annotation at the other end of a link is on: the open document's own, or an
// archive document's as main reads it (kept by readArchiveDocument); null while unknown or for one it cannot read.

import { useEffect, useState } from 'react'
import { COPY_ID } from '../../../shared/copies/copy-types'
import { readArchiveDocument } from '../archive/archive-documents'

/** The user's own documents and copies are read through the library, not the archive: their titles are not looked up. */
const NOT_IN_ARCHIVE = (id: string) => COPY_ID.test(id) || /^u-[0-9a-f]{16}$/.test(id)

/** The document the card is in: its title is known without asking main. */
export interface ShownDocument {
  id: string
  title: string
}

/** The title of document `documentId`, or null; `document` is the one open. */
export function useDocumentTitle(documentId: string | undefined, document: ShownDocument): string | null {
  const own = documentId === document.id ? document.title || null : null
  const [read, setRead] = useState<{ id: string; title: string | null } | null>(null)

  useEffect(() => {
    if (documentId === undefined || documentId === document.id || NOT_IN_ARCHIVE(documentId)) return
    let live = true
    readArchiveDocument(documentId)
      .then((result) => live && setRead({ id: documentId, title: result.ok ? result.entry.document.title : null }))
      .catch(() => live && setRead({ id: documentId, title: null }))
    return () => {
      live = false
    }
  }, [documentId, document.id])

  if (documentId === document.id) return own
  return read !== null && read.id === documentId ? read.title : null
}
