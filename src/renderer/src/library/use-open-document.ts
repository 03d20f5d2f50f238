// Which document the window shows: the one the user opens in this session, else the one open when they
// left (the `openDocument` setting, which main's first screen shows too), else the archive's first. It is
// remembered as the user moves, so that the next start opens on it again.

import { useEffect, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Settings } from '../../../shared/settings/settings'
import { saveSetting } from '../db/reading-store'

export interface OpenDocument {
  /** The document shown; undefined until the settings (and, for a library document, the library) are read. */
  entry: ArchiveDocumentEntry | undefined
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

  // Remembered, except while the user stays on the document Folio would open anyway (nothing to write).
  const shown = entry?.id
  const remembered = settings?.openDocument
  const fallback = documents[0]?.id
  useEffect(() => {
    if (!shown || remembered === undefined || shown === (remembered ?? fallback)) return
    saveSetting('openDocument', shown).catch((error: unknown) => console.warn('The open document was not remembered', error))
  }, [shown, remembered, fallback])

  return { entry, open: setOpenId }
}
