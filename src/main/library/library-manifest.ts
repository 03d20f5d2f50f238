// The user's own library: documents they added, copied into <userData>/library/ and listed in
// library.json. Validated like the archive's manifest; file names are Folio's, never the user's.

import { cutBetweenCharacters } from '../../shared/archive/cut-text'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import { MAX_TITLE_LENGTH } from '../archive/catalogue-format'
import { isDisplayName, MAX_DISPLAY_NAME_LENGTH } from './display-name'

export const LIBRARY_MANIFEST = 'library.json'
export const DOCUMENT_KINDS = ['article', 'markdown', 'text'] as const
export type UserDocumentKind = (typeof DOCUMENT_KINDS)[number]

/** A library document's id: "u-" and the first 16 hex digits of its SHA-256 (copies are content-named). */
export const LIBRARY_ID = /^u-[0-9a-f]{16}$/
/** The name of a copy in the library folder: its id and ".txt" or ".md" (group 1 is the id, 2 the extension). */
export const COPY_FILE_NAME = /^(u-[0-9a-f]{16})\.(txt|md)$/

/** The SHA-256 of a copy's bytes, in hex: what the manifest records and every read checks. */
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** The id of a document whose content has this SHA-256. */
export const idOfContent = (sha256: string): string => `u-${sha256.slice(0, 16)}`

/** The copy's file name for a document of this id and kind. */
export const copyFileName = (id: string, kind: UserDocumentKind): string =>
  `${id}.${kind === 'markdown' ? 'md' : 'txt'}`

export const libraryEntrySchema = z.object({
  id: z.string().regex(LIBRARY_ID),
  file: z.string().regex(COPY_FILE_NAME, 'un nom de fichier de la bibliothèque'),
  kind: z.enum(DOCUMENT_KINDS),
  /** The name of the file the user added (shown, never used as a path). */
  originalName: z
    .string()
    .min(1)
    .max(MAX_DISPLAY_NAME_LENGTH)
    .refine(isDisplayName, 'un nom affichable (sans dossier ni caractère invisible)'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  addedAt: z.iso.datetime(),
  /**
   * The document's title, as parsed when it was added (what the list shows without reading the copy). Absent in
   * libraries made by an older Folio, until main fills it ahead; one that is not a title is dropped, never refused.
   */
  title: z.string().min(1).max(MAX_TITLE_LENGTH).optional().catch(undefined)
})

/** The title library.json keeps for a parsed title: cut to the bound (between characters), or none for a blank one. */
export function entryTitle(title: string): string | undefined {
  if (title.trim() === '') return undefined
  return cutBetweenCharacters(title, MAX_TITLE_LENGTH)
}

export const libraryManifestSchema = z.object({
  format: z.literal('folio-user-library'),
  formatVersion: z.literal(1),
  documents: z
    .array(libraryEntrySchema)
    .refine((docs) => new Set(docs.map((doc) => doc.id)).size === docs.length, 'deux documents ont le même id')
})

export type LibraryEntry = z.infer<typeof libraryEntrySchema>
export type LibraryManifest = z.infer<typeof libraryManifestSchema>

export const emptyManifest = (): LibraryManifest => ({ format: 'folio-user-library', formatVersion: 1, documents: [] })

/** `entry` with the title of its document, when it has none yet and the document has one. */
export function withTitleOf(entry: LibraryEntry, document: ArchiveDocumentEntry): LibraryEntry {
  if (entry.title !== undefined) return entry
  const title = entryTitle(document.document.title)
  return title === undefined ? entry : { ...entry, title }
}
