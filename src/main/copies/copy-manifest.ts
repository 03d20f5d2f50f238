// copies.json, the list of the copies in `<library>/copies/`: its schema (what is read back is checked, never
// trusted), the bounds of what a copy's entry keeps, and where each copy's files are named from its content.

import { cutBetweenCharacters } from '../../shared/archive/cut-text'
import { z } from 'zod'
import { COPY_ID, type CopyEntry, type CopyKind } from '../../shared/copies/copy-types'
import { isDisplayName, MAX_DISPLAY_NAME_LENGTH } from '../library/display-name'

export const COPY_MANIFEST = 'copies.json'
/** The folder of the copies, inside the library's. */
export const COPIES_FOLDER = 'copies'

/** Longest title kept for a copy (a PDF's metadata title can be a paragraph). */
export const MAX_COPY_TITLE = 500
/** Most pages a copy is said to have (the largest real books are a few thousand). */
export const MAX_COPY_PAGES = 100_000
/** Longest document or link id a copy is attached to. */
export const MAX_LINK_ID = 200
/** Most links one copy is attached to. */
export const MAX_COPY_LINKS = 1000

export const copyLinkSchema = z
  .object({ documentId: z.string().min(1).max(MAX_LINK_ID), linkId: z.string().min(1).max(MAX_LINK_ID) })
  .strict()

export const copyFactsSchema = z
  .object({
    pages: z.number().int().min(0).max(MAX_COPY_PAGES).nullable(),
    title: z.string().max(MAX_COPY_TITLE).nullable()
  })
  .strict()

const copyEntrySchema = z
  .object({
    id: z.string().regex(COPY_ID),
    kind: z.enum(['pdf', 'html']),
    fileName: z
      .string()
      .min(1)
      .max(MAX_DISPLAY_NAME_LENGTH)
      .refine(isDisplayName, 'un nom affichable (sans dossier ni caractère invisible)'),
    size: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    attachedAt: z.iso.datetime(),
    links: z.array(copyLinkSchema).max(MAX_COPY_LINKS),
    pages: copyFactsSchema.shape.pages,
    title: copyFactsSchema.shape.title,
    // Only a copy taken into the library is kept: one that could not be (with a problem) never is.
    shipped: z
      .object({ archiveId: z.string().min(1).max(MAX_LINK_ID) })
      .strict()
      .optional()
  })
  .strict()
  .refine((entry) => entry.id === copyIdOf(entry.sha256), 'un id qui ne correspond pas au contenu de la copie')

export const copyManifestSchema = z
  .object({ formatVersion: z.literal(1), copies: z.array(copyEntrySchema) })
  .refine(({ copies }) => new Set(copies.map((copy) => copy.id)).size === copies.length, 'deux copies ont le même id')

export interface CopyManifest {
  formatVersion: 1
  copies: CopyEntry[]
}

export const emptyCopyManifest = (): CopyManifest => ({ formatVersion: 1, copies: [] })

/** A copy's id from its content's SHA-256. */
export const copyIdOf = (sha256: string): string => `c-${sha256.slice(0, 16)}`

/** The copy's file, named by its content: `<sha256>.pdf` or `<sha256>.html`. */
export const copyFileName = (sha256: string, kind: CopyKind): string => `${sha256}.${kind}`

/** The copy's extracted text, beside its file. */
export const copyTextFileName = (sha256: string): string => `${sha256}.text.json`

/** `title` cut to {@link MAX_COPY_TITLE} (between characters); null for a blank one. */
export function keptTitle(title: string | null): string | null {
  if (title === null || title.trim() === '') return null
  return cutBetweenCharacters(title, MAX_COPY_TITLE)
}
