// The archive's documents the renderer has read from main, kept while they may be shown again: the open one,
// those the user went back and forth between. Main verifies each when it reads it; a damaged one says why.

import type { ArchiveDocumentResult } from '../../../shared/archive/archive-types'
import { getFolioApi } from '../ipc/folio-client'

/** Documents kept (the least recently asked for goes first): a few articles' worth of memory. */
const KEPT = 32

const kept = new Map<string, Promise<ArchiveDocumentResult>>()

/** Archive document `id`, read by main (once while it is kept). */
export function readArchiveDocument(id: string): Promise<ArchiveDocumentResult> {
  const known = kept.get(id)
  if (known) {
    kept.delete(id)
    kept.set(id, known)
    return known
  }
  const api = getFolioApi()
  const read = api
    ? api.readArchiveDocument(id)
    : Promise.reject(new Error('No bridge to the main process (window.folio).'))
  // A read that failed (not a damaged answer: the bridge itself) is tried again next time.
  read.catch(() => kept.delete(id))
  kept.set(id, read)
  while (kept.size > KEPT) kept.delete(kept.keys().next().value as string)
  return read
}
