// The archive main put into the first page (a JSON data block, never executed): the boot script anchors
// the highlights on it and the app starts from it without asking main again. Absent under the dev server.

import type { ArchiveLoadResult } from '../../../shared/archive/archive-types'
import { EMBEDDED_ARCHIVE_ID } from '../../../shared/first-screen/first-screen-ids'

let read: ArchiveLoadResult | null | undefined

/** The archive main embedded in the page, or null when there is none (or it cannot be read). */
export function embeddedArchive(): ArchiveLoadResult | null {
  if (read === undefined) {
    const text = document.getElementById(EMBEDDED_ARCHIVE_ID)?.textContent
    try {
      read = text ? (JSON.parse(text) as ArchiveLoadResult) : null
    } catch (error) {
      console.warn('The embedded archive is unreadable; asking main for it', error)
      read = null
    }
  }
  return read
}
