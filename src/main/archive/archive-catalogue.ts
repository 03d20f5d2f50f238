// What main holds of an opened archive: its info, its rows by page in title order (filtered by title), one
// document read when asked for. Start-up reads only what the first screen shows; nothing grows with the archive.

import type {
  ArchiveDocumentResult,
  ArchiveInfo,
  ArchivePage,
  ArchivePageRequest,
  ArchiveRow
} from '../../shared/archive/archive-types'

export interface ArchiveCatalogue {
  readonly info: ArchiveInfo
  /** The folder it was opened from (its real path). */
  readonly root: string
  /** Rows `offset…offset+limit` in title order, of the whole archive or of the titles matching `query`. */
  page(request: ArchivePageRequest): Promise<ArchivePage>
  /** One row by document id, or undefined when the archive lists no such id. */
  row(id: string): Promise<ArchiveRow | undefined>
  /** One document, read, size- and checksum-verified and parsed now; a failure is remembered as its row's problem. */
  read(id: string): Promise<ArchiveDocumentResult>
  /** Releases open files. */
  close(): Promise<void>
}
