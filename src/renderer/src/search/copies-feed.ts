// Gives the search worker the text of the user's copies (PDFs, saved pages): those whose text main kept, once the
// page is idle, and a copy's text as soon as the reader has extracted it. A copy's scope names its content (its id
// is its hash), so one indexed at a past session is not read again; copies no longer in the library leave.

import { useEffect } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { documentEntries } from '../../../shared/search/document-entries'
import { copyEntry } from '../copies/copy-entry'
import { getFolioApi } from '../ipc/folio-client'
import { searchClient } from './search-client'
import { whenIdle } from './when-idle'

const COPY_SCOPE = 'copy:'
const copyScope = (id: string): string => `${COPY_SCOPE}${id}`

/** The copies' titles, by id, as listed last: the search box names their hits with them. */
const copyTitles = new Map<string, string>()

export const copyTitle = (id: string): string | undefined => copyTitles.get(id)

/** Indexes `entry`, a copy whose pages' text is known (the reader calls it once it has extracted them). */
export function indexCopy(entry: ArchiveDocumentEntry): void {
  copyTitles.set(entry.id, entry.document.title)
  searchClient.sync(copyScope(entry.id), documentEntries(entry))
}

async function feedCopies(live: () => boolean): Promise<void> {
  const api = getFolioApi()
  if (!api) return
  const copies = await api.listCopies(null)
  if (!live()) return
  const saved = await searchClient.savedScopes()
  for (const copy of copies) copyTitles.set(copy.id, copy.title ?? copy.fileName)
  for (const copy of copies) {
    if (!live()) return
    if (saved.has(copyScope(copy.id))) continue
    const text = await api.readCopyText(copy.id)
    if (text && live()) indexCopy(copyEntry(copy, text))
  }
  if (live())
    searchClient.retain(
      COPY_SCOPE,
      copies.map((copy) => copyScope(copy.id))
    )
}

/** Feeds the copies' text to the search worker once the page is idle after start. */
export function useCopiesFeed(): void {
  useEffect(() => {
    let live = true
    const start = () =>
      void feedCopies(() => live).catch((error: unknown) =>
        console.warn('The search index was not given the copies', error)
      )
    const cancel = whenIdle(start)
    return () => {
      live = false
      cancel()
    }
  }, [])
}
