// A copy as the reader opens it: main's entry for the file, and a document whose blocks are its pages' text
// (shared/copies/copy-document.ts), so annotations, search and exports treat it like any document. The text is
// main's kept extraction; a copy opened for the first time has none yet, and gets it as the reader extracts it.

import type { ArchiveDocumentEntry, DamagedArchiveDocument } from '../../../shared/archive/archive-types'
import { copyDocument } from '../../../shared/copies/copy-document'
import type { CopyEntry, CopyText } from '../../../shared/copies/copy-types'
import { getFolioApi } from '../ipc/folio-client'
import { indexCopy } from '../search/copies-feed'

export type CopyRead = { ok: true; entry: ArchiveDocumentEntry } | { ok: false; damaged: DamagedArchiveDocument }

/** The reader's entry for `copy`, with `text` (none yet: no pages). */
export function copyEntry(copy: CopyEntry, text: CopyText | null): ArchiveDocumentEntry {
  return {
    id: copy.id,
    origin: 'copy',
    file: copy.fileName,
    document: copyDocument({ id: copy.id, title: copy.title ?? copy.fileName, pages: text?.pages ?? [] }),
    notes: [],
    copy
  }
}

const missing = (id: string, message: string): CopyRead => ({
  ok: false,
  damaged: { id, file: id, title: id, problem: { kind: 'missing', file: id, message } }
})

/** Copy `id` as main lists it, with its kept text; a copy no longer in the library says so. */
export async function readCopyEntry(id: string): Promise<CopyRead> {
  const api = getFolioApi()
  if (!api) return missing(id, 'Folio n’est pas relié au processus principal.')
  const copy = (await api.listCopies(null)).find((candidate) => candidate.id === id)
  if (!copy) return missing(id, 'Cette copie n’est plus dans votre bibliothèque : elle a été retirée.')
  return { ok: true, entry: copyEntry(copy, await api.readCopyText(id)) }
}

/** The reader's entry for `copy` with its `text`, indexed for search under its current title. */
export function copyEntryIndexed(copy: CopyEntry, text: CopyText): ArchiveDocumentEntry {
  const next = copyEntry(copy, text)
  indexCopy(next)
  return next
}

/**
 * The reader has the copy's text (`text`, read from its file): the entry that has it, indexed for search, the text
 * kept by main for search and the next opening. Returns the new entry.
 */
export function keepCopyText(copy: CopyEntry, text: CopyText): ArchiveDocumentEntry {
  const next = copyEntryIndexed(copy, text)
  void getFolioApi()
    ?.keepCopyText(copy.id, text)
    .catch((error: unknown) => console.warn('The copy’s text was not kept', error))
  return next
}
