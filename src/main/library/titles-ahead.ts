// The titles of a library made by an older Folio, whose library.json has none: its copies read in the background
// (through the parse workers), a few at a time, so that the list can show each document under its title.

import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import { mapLimited } from '../files/map-limited'
import { entryTitle, type LibraryEntry, type LibraryManifest } from './library-manifest'

/** Copies read at once: enough to keep the parse workers busy, few enough to bound the bytes held. */
const READS_AT_ONCE = 4

/** A title read, with the content it was read from (an entry replaced meanwhile does not take it). */
export interface ReadTitle {
  sha256: string
  title: string
}

/**
 * The titles of `entries` by id, each read with `read`; an entry that does not read is given to `failed` (its row
 * is marked damaged) and has no title.
 */
export async function readTitles(
  entries: readonly LibraryEntry[],
  read: (entry: LibraryEntry) => Promise<ArchiveDocumentEntry>,
  failed: (entry: LibraryEntry, error: unknown) => void
): Promise<Map<string, ReadTitle>> {
  const titles = new Map<string, ReadTitle>()
  await mapLimited(entries, READS_AT_ONCE, async (entry) => {
    try {
      const title = entryTitle((await read(entry)).document.title)
      if (title !== undefined) titles.set(entry.id, { sha256: entry.sha256, title })
    } catch (error) {
      failed(entry, error)
    }
  })
  return titles
}

/** `manifest` with `titles` given to its entries that still have none; `written` counts them. */
export function withTitles(
  manifest: LibraryManifest,
  titles: ReadonlyMap<string, ReadTitle>
): { manifest: LibraryManifest; written: number } {
  let written = 0
  const documents = manifest.documents.map((entry) => {
    const read = titles.get(entry.id)
    if (entry.title !== undefined || !read || read.sha256 !== entry.sha256) return entry
    written++
    return { ...entry, title: read.title }
  })
  return { manifest: { ...manifest, documents }, written }
}
