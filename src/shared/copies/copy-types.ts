// A copy the user has of a document behind an archived link (a PDF, or a saved web page), kept in their
// library: what main knows of it, and what its calls answer. A copy's id derives from its content.

/** What a copy is: a PDF, or a saved web page (one HTML file, as SingleFile or "save page" writes). */
export type CopyKind = 'pdf' | 'html'

/** "c-" and the first 16 hex digits of the copy's SHA-256: the same file attached twice is one copy. */
export const COPY_ID = /^c-[0-9a-f]{16}$/

/** Largest copy Folio takes: a PDF of 200 MB (a scanned book), a saved page of 50 MB (images inlined). */
export const COPY_LIMITS = { pdf: 200 * 1024 * 1024, html: 50 * 1024 * 1024 } as const

/** The archived link a copy was attached to. */
export interface CopyLink {
  documentId: string
  linkId: string
}

export interface CopyEntry {
  id: string
  kind: CopyKind
  /** The file's name as the user had it ("yang-2005.pdf"). */
  fileName: string
  /** Bytes. */
  size: number
  sha256: string
  /** ISO 8601, when it was attached. */
  attachedAt: string
  /** The links it is a copy of (none for a copy added on its own). */
  links: CopyLink[]
  /** A PDF's number of pages, once the reader has opened it (null before, and for a saved page). */
  pages: number | null
  /** The title the file gives itself (PDF metadata, HTML <title>), once read; null when it has none. */
  title: string | null
  /** Set when the copy came with an archive (its manifest lists it) rather than from the user's disk. */
  shipped?: ShippedMark
}

/**
 * A copy shipped with an archive: main took it into the library the first time the archive opened. With a
 * `problem`, the archive's file could not be taken (it changed since the build, it is missing…): the entry is
 * listed on its link's card only, with the problem, as a damaged document is listed, and is never read.
 */
export interface ShippedMark {
  /** The id of the archive it came with (ArchiveInfo.id). */
  archiveId: string
  problem?: string
}

export type CopyRefusal =
  /** The user closed the dialog. */
  | 'canceled'
  /** A 0-byte file. */
  | 'empty'
  /** Over COPY_LIMITS for its kind. */
  | 'too-large'
  /** The file is not what its name says (a ".pdf" that is no PDF, a ".html" that is no text). */
  | 'mismatch'
  /** Neither a PDF nor a web page. */
  | 'unsupported'
  | 'failed'

export type AttachCopyResult = { ok: true; copy: CopyEntry } | { ok: false; reason: CopyRefusal; message: string }

/** What the reader learnt of a copy by opening it: main keeps it in the copy's entry. */
export interface CopyFacts {
  pages: number | null
  title: string | null
}

/** The text of a copy, page by page (one page for a saved web page), kept by main once extracted. */
export interface CopyText {
  pages: string[]
}

/** Longest text main keeps for one copy (characters, all pages): a 2,000-page book is ~10 M. */
export const MAX_COPY_TEXT = 20_000_000
