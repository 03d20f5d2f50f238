// Files handed to Folio from outside the app (a launch's arguments, macOS's open-file, a drop on the window): which
// names Folio takes and as what, how large each may be, and what main answers for each file. Both sides read these:
// the page sorts a drop before reading a byte of it, main checks everything again.

import type { LikelyEncoding } from '../archive/text-encoding'
import { MAX_ARTICLE_BYTES } from '../archive/decode-article'
import { COPY_LIMITS } from '../copies/copy-types'
import { acceptedFormatOf, type AcceptedFormat } from '../library/accepted-files'

/** What a file becomes: a document of the user's library (text, Markdown), or a copy kept on its own. */
export type AddedKind = 'document' | 'pdf' | 'html'

/** What each format Folio reads (shared/library/accepted-files.ts) becomes when it is handed to it. */
const KIND_OF: Readonly<Record<AcceptedFormat, AddedKind>> = {
  text: 'document',
  markdown: 'document',
  pdf: 'pdf',
  html: 'html'
}

/** What a file named `name` would become, from its extension (any case); null for a type Folio does not read. */
export function addedKindOf(name: string): AddedKind | null {
  const format = acceptedFormatOf(name)
  return format && KIND_OF[format]
}

/** The largest file of each kind: the library's own limit for documents, the copies' for PDFs and saved pages. */
export const ADDED_LIMITS: Readonly<Record<AddedKind, number>> = {
  document: MAX_ARTICLE_BYTES,
  pdf: COPY_LIMITS.pdf,
  html: COPY_LIMITS.html
}

/** Most files one drop adds (the rest are refused, named in the notice). */
export const MAX_DROPPED_FILES = 20
/** Most bytes one call carries: the page sends a larger drop in several calls (one file always fits). */
export const MAX_DROP_BYTES = 256 * 1024 * 1024
/** Longest name of a dropped file (most file systems' limit, in UTF-16 units here; main checks the bytes). */
export const MAX_DROPPED_NAME_LENGTH = 255

/** One file dropped on the window: its name (no folder) and its bytes, read by the page; never a path. */
export interface DroppedFile {
  name: string
  bytes: Uint8Array
}

/** Why a handed file was not added (main's `message` says it in French, naming the file). */
export type AddedFileRefusal =
  /** The page asked for a path main did not hand it (or handed, and was already asked for). */
  | 'not-granted'
  /** A dropped file's name is no plain file name (a folder in it, control characters, too long). */
  | 'bad-name'
  | 'unsupported'
  | 'too-large'
  | 'empty'
  | 'not-a-file'
  | 'binary'
  | 'not-utf8'
  | 'no-title'
  | 'too-complex'
  /** A copy's bytes are not what its name says (a ".pdf" that is no PDF). */
  | 'mismatch'
  /** Beyond the {@link MAX_DROPPED_FILES} one drop adds. */
  | 'too-many'
  | 'failed'

/** What became of one file: added (or found already there), with what to open; or refused, and why. */
export type AddedFile =
  | {
      ok: true
      /** The file's name, as the notice names it. */
      name: string
      kind: AddedKind
      /** True when the library already had it (the same content): nothing was added, it opens all the same. */
      already: boolean
      /** The document's or the copy's id, to open it. */
      id: string
      /** Its title as the library lists it (the file's name while a copy's own title is not known yet). */
      title: string
    }
  | { ok: false; name: string; reason: AddedFileRefusal; message: string; likely?: LikelyEncoding }
