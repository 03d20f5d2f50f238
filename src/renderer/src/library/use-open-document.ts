// Which document the window shows: the one the user opens in this session, else the one open when they
// left (the `openDocument` setting, which main's first screen shows too), else the archive's first. Each
// document the user opens is remembered, so that the next start opens on it again.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Settings } from '../../../shared/settings/settings'
import { saveSetting } from '../db/reading-store'

export interface OpenDocument {
  /** The document shown; undefined until the settings (and, for a library document, the library) are read. */
  entry: ArchiveDocumentEntry | undefined
  /** Shows `documentId` in this window and remembers it for the next start. */
  open(documentId: string): void
}

/**
 * `documents`: the archive's then the library's; `settings`: undefined until read; `libraryLoaded`: whether
 * the library's documents are in `documents` yet.
 */
export function useOpenDocument(documents: readonly ArchiveDocumentEntry[], settings: Settings | undefined, libraryLoaded: boolean): OpenDocument {
  const [openId, setOpenId] = useState<string | null>(null)
  const wanted = openId ?? settings?.openDocument ?? null
  const found = documents.find((doc) => doc.id === wanted)
  const known = settings !== undefined && (wanted === null || libraryLoaded)
  const entry = found ?? (known ? documents[0] : undefined)

  // Chosen once: another window opening another document (a settings change) does not move this one.
  useEffect(() => {
    if (openId === null && entry) setOpenId(entry.id)
  }, [openId, entry])

  // What the next start would open now; a document the user opens is written only when it differs.
  const remembered = useRef<string | undefined>(undefined)
  useEffect(() => {
    remembered.current = settings?.openDocument ?? documents[0]?.id
  }, [settings?.openDocument, documents])
  const open = useCallback((documentId: string) => {
    setOpenId(documentId)
    if (documentId === remembered.current) return
    remembered.current = documentId
    saveSetting('openDocument', documentId).catch((error: unknown) => console.warn('The open document was not remembered', error))
  }, [])

  return { entry, open }
}
