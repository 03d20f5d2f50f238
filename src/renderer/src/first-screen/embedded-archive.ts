// What main put into the first page as JSON data blocks (never executed): the archive's info, which the app
// starts from without asking main again, and the document the first screen shows. The first-frame and boot
// scripts anchor the highlights on it. Absent under the dev server.

import type { ArchiveDocumentEntry, ArchiveOpenResult } from '../../../shared/archive/archive-types'
import { EMBEDDED_ARCHIVE_ID, EMBEDDED_OPENING_ID } from '../../../shared/first-screen/first-screen-ids'

const read = new Map<string, unknown>()

/** The JSON data block `id` of the page, parsed once; null when there is none (or it cannot be read). */
function dataBlock<T>(id: string): T | null {
  if (!read.has(id)) {
    const text = document.getElementById(id)?.textContent
    try {
      read.set(id, text ? JSON.parse(text) : null)
    } catch (error) {
      console.warn(`The page's ${id} block is unreadable`, error)
      read.set(id, null)
    }
  }
  return read.get(id) as T | null
}

/** The archive's info main embedded in the page, or null when there is none (then the app asks main for it). */
export const embeddedArchive = (): ArchiveOpenResult | null => dataBlock<ArchiveOpenResult>(EMBEDDED_ARCHIVE_ID)

/** The document main's first screen shows (the archive's or one of the user's library). */
export const embeddedOpening = (): ArchiveDocumentEntry | null => dataBlock<ArchiveDocumentEntry>(EMBEDDED_OPENING_ID)
