// Which document the window shows: the one the user opens in this session, else the one open when they
// left (the `openDocument` setting, which main's first screen shows too), else the archive's first. Each
// document the user opens is remembered, so that the next start opens on it again. A damaged archive
// document opens as its problem when the user opens it; at start the first good one opens, as main's first screen.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ArchiveDocumentEntry, DamagedArchiveDocument } from '../../../shared/archive/archive-types'
import type { Settings } from '../../../shared/settings/settings'
import { damagedPlaceholder } from '../archive/damaged-document'
import { saveSetting } from '../db/reading-store'

export interface OpenDocument {
  /**
   * The document shown; undefined until the settings (and, for a library document, the library) are read.
   * For a damaged document, an empty stand-in under its id (archive/damaged-document.ts).
   */
  entry: ArchiveDocumentEntry | undefined
  /** Set when the document shown is a damaged one: the reader shows its problem instead of a text. */
  damaged: DamagedArchiveDocument | undefined
  /** Shows `documentId` in this window and remembers it for the next start. */
  open(documentId: string): void
}

/**
 * `documents`: the archive's then the library's; `damagedDocuments`: the archive's that did not open;
 * `settings`: undefined until read; `libraryLoaded`: whether the library's documents are in `documents` yet.
 */
export function useOpenDocument(
  documents: readonly ArchiveDocumentEntry[],
  damagedDocuments: readonly DamagedArchiveDocument[],
  settings: Settings | undefined,
  libraryLoaded: boolean
): OpenDocument {
  const [openId, setOpenId] = useState<string | null>(null)
  const wanted = openId ?? settings?.openDocument ?? null
  const found = documents.find((doc) => doc.id === wanted)
  const known = settings !== undefined && (wanted === null || libraryLoaded)
  // Opened in this session, a damaged document shows its problem; left open last time, it gives way to the
  // first good one (what main's first screen drew) — unless no document opened at all.
  const wantedDamaged = damagedDocuments.find((doc) => doc.id === wanted)
  const damaged =
    found || !known
      ? undefined
      : ((openId !== null || documents.length === 0 ? wantedDamaged : undefined) ??
        (documents.length === 0 ? damagedDocuments[0] : undefined))
  const placeholder = useMemo(() => (damaged ? damagedPlaceholder(damaged) : undefined), [damaged])
  const entry = found ?? placeholder ?? (known ? documents[0] : undefined)

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
    saveSetting('openDocument', documentId).catch((error: unknown) =>
      console.warn('The open document was not remembered', error)
    )
  }, [])

  return { entry, damaged, open }
}
