// The user's own library: documents they added, copied into <userData>/library/ and listed in
// library.json. Validated like the archive's manifest; file names are Folio's, never the user's.

import { z } from 'zod'

export const LIBRARY_MANIFEST = 'library.json'
export const DOCUMENT_KINDS = ['article', 'markdown', 'text'] as const
export type UserDocumentKind = (typeof DOCUMENT_KINDS)[number]

export const libraryEntrySchema = z.object({
  id: z.string().regex(/^u-[0-9a-f]{16}$/),
  file: z.string().regex(/^u-[0-9a-f]{16}\.(txt|md)$/, 'un nom de fichier de la bibliothèque'),
  kind: z.enum(DOCUMENT_KINDS),
  /** The name of the file the user added (shown, never used as a path). */
  originalName: z.string().min(1).max(255).refine((name) => !/[\\/\0]/.test(name), 'un nom sans dossier'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  addedAt: z.iso.datetime()
})

export const libraryManifestSchema = z.object({
  format: z.literal('folio-user-library'),
  formatVersion: z.literal(1),
  documents: z.array(libraryEntrySchema).refine((docs) => new Set(docs.map((doc) => doc.id)).size === docs.length, 'deux documents ont le même id')
})

export type LibraryEntry = z.infer<typeof libraryEntrySchema>
export type LibraryManifest = z.infer<typeof libraryManifestSchema>

export const emptyManifest = (): LibraryManifest => ({ format: 'folio-user-library', formatVersion: 1, documents: [] })
