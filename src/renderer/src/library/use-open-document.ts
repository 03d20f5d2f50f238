// Which document the window shows: the one the user opens in this session, else the one open when they left
// (the `openDocument` setting, which main's first screen shows too), else the archive's first that reads. Each
// document the user opens is remembered, so that the next start opens on it again. An archive document is read
// from main when it opens; a damaged one opens as its problem when the user opens it, while at start the first
// good one opens instead, as main's first screen does.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArchiveDocumentEntry, ArchiveInfo, DamagedArchiveDocument } from '../../../shared/archive/archive-types'
import type { Settings } from '../../../shared/settings/settings'
import { COPY_ID } from '../../../shared/copies/copy-types'
import { readArchiveDocument } from '../archive/archive-documents'
import { readCopyEntry } from '../copies/copy-entry'
import { damagedPlaceholder } from '../archive/damaged-document'
import { saveSetting } from '../db/reading-store'
import { useStartup } from '../startup/startup'
import type { UserLibraryState } from './use-library'

export interface OpenDocument {
  /**
   * The document shown; undefined until the settings and the document are read.
   * For a damaged document, an empty stand-in under its id (archive/damaged-document.ts).
   */
  entry: ArchiveDocumentEntry | undefined
  /** Set when the document shown is a damaged one: the reader shows its problem instead of a text. */
  damaged: DamagedArchiveDocument | undefined
  /** Grows each time a document turns out damaged as it is read (the library marks it then). */
  damageSeen: number
  /** Shows `documentId` in this window and remembers it for the next start. */
  open(documentId: string): void
  /** The document shown, learnt better: a copy whose pages' text the reader has just extracted. */
  replace(entry: ArchiveDocumentEntry): void
}

type Shown = { entry: ArchiveDocumentEntry; damaged?: DamagedArchiveDocument }

const damagedShown = (damaged: DamagedArchiveDocument): Shown => ({ entry: damagedPlaceholder(damaged), damaged })

/** The ids main gives the user's own documents ("u-" and 16 hex digits): only those are asked of the library. */
const OWN_ID = /^u-[0-9a-f]{16}$/

/**
 * `id` as the reader shows it: a copy the user attached, the user's own document or the archive's, read from main
 * (any, when damaged or gone, as its problem).
 */
async function resolve(id: string, library: UserLibraryState): Promise<Shown | { damaged: DamagedArchiveDocument }> {
  if (COPY_ID.test(id)) {
    const copy = await readCopyEntry(id)
    return copy.ok ? { entry: copy.entry } : { damaged: copy.damaged }
  }
  if (OWN_ID.test(id)) {
    const own = await library.own(id)
    if (own.ok) return { entry: own.entry }
    if ('damaged' in own) return { damaged: own.damaged }
  }
  const read = await readArchiveDocument(id)
  return read.ok ? { entry: read.entry } : { damaged: read.damaged }
}

/**
 * `archive`: the open archive's info (undefined while it opens, or when it did not); `settings`: undefined until
 * read; `library`: the user's documents (one of them is read from main when it opens).
 */
export function useOpenDocument(
  library: UserLibraryState,
  archive: ArchiveInfo | undefined,
  settings: Settings | undefined
): OpenDocument {
  // The document main's first screen shows opens at once: main chose it by the same rule, from the same settings.
  const { opening: firstShown } = useStartup()
  const [openId, setOpenId] = useState<string | null>(() => firstShown?.id ?? null)
  const [shown, setShown] = useState<Shown | undefined>(() => (firstShown ? { entry: firstShown } : undefined))
  const [damageSeen, setDamageSeen] = useState(0)
  const libraryRef = useRef(library)
  libraryRef.current = library

  // At start: the document left open (the user's own is read from main like the archive's), else the archive's first.
  const start = openId === null && settings !== undefined && archive !== undefined
  const left = settings?.openDocument ?? undefined
  useEffect(() => {
    if (!start) return
    let live = true
    void (async () => {
      const candidates = [left, archive.firstDocument].filter((id): id is string => id !== undefined)
      let firstDamaged: DamagedArchiveDocument | undefined
      for (const id of candidates) {
        const found = await resolve(id, libraryRef.current)
        if (!live) return
        if ('entry' in found) {
          setShown(found)
          setOpenId(found.entry.id)
          return
        }
        firstDamaged ??= found.damaged
      }
      // Nothing reads: the reader shows the problem of the first document that does not.
      if (firstDamaged) {
        setShown(damagedShown(firstDamaged))
        setOpenId(firstDamaged.id)
      }
    })().catch((error: unknown) => console.warn('The opening document could not be read', error))
    return () => {
      live = false
    }
  }, [start, left, archive])

  // A document opened in this session: read, then shown (the one shown stays until then).
  const opening = useRef<string | null>(null)
  const shownRef = useRef(shown)
  shownRef.current = shown
  const show = useCallback((id: string) => {
    opening.current = id
    // The document already shown stays as it is (a jump into it must not redraw it under the jump); a damaged one
    // is read again, in case its file was mended.
    const current = shownRef.current
    if (current && !current.damaged && current.entry.id === id) return
    void resolve(id, libraryRef.current).then(
      (found) => {
        if (opening.current !== id) return
        if ('entry' in found) setShown(found)
        else {
          setShown(damagedShown(found.damaged))
          setDamageSeen((n) => n + 1)
        }
      },
      (error: unknown) => console.warn(`Document ${id} could not be read`, error)
    )
  }, [])

  // Main's first screen draws articles and the user's documents, not copies: a copy left open opens once the settings
  // are read, unless the user opened something meanwhile; a copy since removed leaves the first screen's document.
  const leftCopy = left && COPY_ID.test(left) ? left : undefined
  const reopened = useRef(false)
  useEffect(() => {
    if (!leftCopy || reopened.current || openId !== (firstShown?.id ?? null) || openId === null) return
    reopened.current = true
    void readCopyEntry(leftCopy).then(
      (copy) => {
        if (!copy.ok || opening.current !== null) return
        opening.current = leftCopy
        setOpenId(leftCopy)
        setShown({ entry: copy.entry })
      },
      (error: unknown) => console.warn('The copy left open could not be read', error)
    )
  }, [leftCopy, openId, firstShown])

  // A removed document of the user's gives way to another (use-document-removal opens it).
  const entry = shown?.entry

  // What the next start would open now; a document the user opens is written only when it differs.
  const remembered = useRef<string | undefined>(undefined)
  useEffect(() => {
    remembered.current = settings?.openDocument ?? archive?.firstDocument
  }, [settings?.openDocument, archive?.firstDocument])
  const open = useCallback(
    (documentId: string) => {
      setOpenId(documentId)
      show(documentId)
      if (documentId === remembered.current) return
      remembered.current = documentId
      saveSetting('openDocument', documentId).catch((error: unknown) =>
        console.warn('The open document was not remembered', error)
      )
    },
    [show]
  )

  const replace = useCallback((next: ArchiveDocumentEntry) => {
    setShown((current) => (current && !current.damaged && current.entry.id === next.id ? { entry: next } : current))
  }, [])

  return { entry, damaged: shown?.damaged, damageSeen, open, replace }
}
