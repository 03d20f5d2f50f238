// What the main process hands the renderer about the archive: its documents, or why it could not
// be read (the file and the problem, so the error screen can name both).

import type { CopyEntry } from '../copies/copy-types'
import type { ArticleDocument } from './document'
import type { LikelyEncoding } from './text-encoding'

export interface ArchiveDocumentEntry {
  id: string
  /** Shipped with Folio, added by the user to their own library, or a copy (PDF, saved page) they attached. */
  origin: 'archive' | 'user' | 'copy'
  /** The file name inside the archive folder. */
  file: string
  document: ArticleDocument
  /** Curated notes from the manifest about the source (its oddities, its provenance). */
  notes: string[]
  /** For a copy: what main knows of its file (the reader shows the file; `document` holds its pages' text). */
  copy?: CopyEntry
}

export interface Archive {
  name: string
  description: string
  /** The documents that opened; the damaged ones are in the load result's `damaged`. */
  documents: ArchiveDocumentEntry[]
}

/**
 * `recovered` is a notice, not a failure: the library's list was damaged and has been rebuilt (main says how).
 * `invalid-entry`, `outside-archive` and `duplicate` are one manifest entry's fault: that document is damaged.
 */
export type ArchiveProblemKind =
  | 'missing'
  | 'unreadable'
  | 'invalid-manifest'
  | 'checksum'
  | 'invalid-document'
  | 'invalid-entry'
  | 'outside-archive'
  | 'duplicate'
  | 'recovered'

export interface ArchiveProblem {
  kind: ArchiveProblemKind
  /** The file at fault, relative to the archive folder ("manifest.json"). */
  file: string
  /** What is wrong, in words a reader can act on. */
  message: string
}

/**
 * A document of the archive that did not open (its checksum, size, encoding or parse failed, its file is
 * missing or its manifest entry is refused). The user's notes on it are kept, keyed by `id`.
 */
export interface DamagedArchiveDocument {
  /** The manifest's id; for an entry whose id is itself refused, a placeholder no valid id can equal. */
  id: string
  file: string
  /** What the library shows: the manifest has no titles, so the file name. */
  title: string
  problem: ArchiveProblem
}

/** `ok: false` only when the manifest itself cannot be read; a damaged document is listed in `damaged`. */
export type ArchiveLoadResult =
  { ok: true; archive: Archive; damaged: DamagedArchiveDocument[] } | { ok: false; problem: ArchiveProblem }

/**
 * `not-a-file`: the path is a folder, a FIFO, a device… (never read: it could hang main).
 * `too-complex`: the parser's budget ran out (parse-errors.ts).
 */
export type ImportRefusal =
  | 'canceled'
  | 'too-large'
  | 'unsupported'
  | 'not-a-file'
  | 'binary'
  | 'not-utf8'
  | 'empty'
  | 'no-title'
  | 'too-complex'
  | 'duplicate'
  | 'failed'

/** A refusal's `likely` (with 'not-utf8') names the encoding the file seems to be in, for the renderer's words. */
export type ImportDocumentResult =
  | { ok: true; entry: ArchiveDocumentEntry }
  | { ok: false; reason: ImportRefusal; message: string; likely?: LikelyEncoding }

export type RemoveDocumentResult = { ok: true } | { ok: false; message: string }

/** What the renderer knows of an opened archive before it reads a page of it: nothing that grows with it. */
export interface ArchiveInfo {
  /** Stable across starts and moves of the folder: what the user's notes on this archive are kept under. */
  id: string
  name: string
  description: string
  /** How many entries the archive lists (damaged ones included). */
  count: number
  /**
   * The document a start opens on when none is asked for: the first in title order that reads (when none of the
   * first rows reads, the first damaged one, whose problem the reader shows).
   */
  firstDocument?: string
}

/** One row of the archive's list: what the library shows of a document, without its text. */
export interface ArchiveRow {
  id: string
  file: string
  /** The document's title (for a damaged document whose title is unknown, its file name). */
  title: string
  /** Set when the document is known not to open (found when the archive was built, opened or checked). */
  problem?: ArchiveProblem
}

/** A page of rows in title order (French collation), optionally only those whose title matches a filter. */
export interface ArchivePage {
  /** How many rows match in all (the count the library shows). */
  total: number
  offset: number
  rows: ArchiveRow[]
  /** Where the row asked for with `locate` is among the matching rows; -1 when it is not among them. */
  located?: number
  /** Some rows' files were not checked yet: asked again with `verify`, damaged ones are marked. */
  unverified?: boolean
}

export interface ArchivePageRequest {
  offset: number
  limit: number
  /** The title filter as typed (accent- and case-insensitive, a prefix of any word of the title). */
  query?: string
  /** A document id whose place in the list is wanted too (the open one: the list scrolls to it). */
  locate?: string
  /**
   * Check the rows' files (size and checksum, not yet parsed) before answering, so that a damaged one is marked:
   * the library asks again with it once a page is shown, off the keystroke's path.
   */
  verify?: boolean
}

/**
 * `unavailable`: the archive the user chose last did not open (moved, deleted, damaged): the shipped one opened
 * instead, and the app says which and why.
 */
export type ArchiveOpenResult =
  | { ok: true; archive: ArchiveInfo; unavailable?: { name: string; problem: ArchiveProblem } }
  | { ok: false; problem: ArchiveProblem }

/** An archive the user can switch to: the shipped one (`path` null) or one they opened from their disk. */
export interface ArchiveChoice {
  id: string
  name: string
  path: string | null
  /** The one open now. */
  current: boolean
}

/** One document read when it is asked for, its checksum verified then. */
export type ArchiveDocumentResult =
  { ok: true; entry: ArchiveDocumentEntry } | { ok: false; damaged: DamagedArchiveDocument }

/**
 * A page of the user's own documents, in title order like the archive's (a damaged copy is a row marked with its
 * problem), with what main says of the list itself (library.json recovered, an entry it could not keep).
 */
export interface LibraryPage extends ArchivePage {
  problems: ArchiveProblem[]
  /** Main is reading the titles an older library.json lacks: some rows show a file's name until it is done. */
  titlesPending?: boolean
}

/** One of the user's documents, read and checked now; `unlisted` when the library has no document of that id. */
export type LibraryDocumentResult = ArchiveDocumentResult | { ok: false; unlisted: true; message: string }
