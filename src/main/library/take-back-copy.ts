// Undoing a removal: the copy read back from the library's trash (checked against its SHA-256) and moved back in
// place; a removal cut short before its move left the copy in the library, where it is read instead.

import { rename } from 'node:fs/promises'
import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import type { LibraryEntry } from './library-manifest'
import { TRASH_FOLDER, type LibraryTrash } from './library-trash'
import type { EntryReader } from './read-entry'

/** The words for a copy that is in neither place. */
export const GONE = 'Ce document n’est plus dans la corbeille de la bibliothèque'

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** `entry`'s document, its copy back in the library folder. @throws when the copy is in neither place, or damaged. */
export async function takeBackCopy(
  trash: LibraryTrash,
  entries: EntryReader,
  entry: LibraryEntry
): Promise<ArchiveDocumentEntry> {
  let document: ArchiveDocumentEntry
  try {
    document = await entries.read(entry, `${TRASH_FOLDER}/${entry.file}`)
  } catch (error) {
    if (!isMissing(error)) throw error
    return entries.read(entry).catch((missing: unknown) => {
      throw isMissing(missing) ? new Error(`${GONE}.`) : missing
    })
  }
  const { inTrash, inLibrary } = trash.copyPaths(entry)
  await rename(inTrash, inLibrary)
  return document
}
