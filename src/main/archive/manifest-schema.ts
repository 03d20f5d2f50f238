// The shape of an archive's manifest.json, validated with zod in two steps: the envelope (a manifest that
// fails it is refused whole), then each document entry on its own (an entry that fails it is one damaged document).

import { z } from 'zod'

/** The longest file name most file systems allow, in characters. */
const MAX_FILE_NAME = 255

/**
 * Why a manifest's file name is refused, by name, or null when it is a plain name inside the archive folder.
 * The archive is flat: no folder, so no path can lead out of it (links are checked when the file is read).
 */
export function fileNameRefusal(name: string): string | null {
  if (name.length === 0) return 'le nom de fichier est vide'
  if (name.length > MAX_FILE_NAME) return `le nom de fichier dépasse ${MAX_FILE_NAME} caractères`
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'un chemin absolu, hors du dossier de l’archive'
  if (name.includes('/') || name.includes('\\'))
    return 'un chemin (« / » ou « \\ »), pas un nom de fichier du dossier de l’archive'
  if (name === '.' || name === '..') return 'un dossier, pas un fichier'
  if (!/^[\w.-]+$/.test(name)) return 'un nom de fichier simple (lettres, chiffres, « . », « _ », « - »)'
  return null
}

const fileName = z.string().superRefine((name, context) => {
  const refusal = fileNameRefusal(name)
  if (refusal) context.addIssue({ code: 'custom', message: refusal })
})

/** A document id: what annotations and bookmarks are keyed by. */
export const ARCHIVE_ID = /^[\w-]{1,64}$/

/** Strings a manifest may hold are bounded: a 50 MB note is refused, never held in a page. */
const text = (max: number) => z.string().max(max, `plus de ${max} caractères`)

export const archiveDocumentSchema = z.object({
  id: z.string().regex(ARCHIVE_ID, 'un id de 1 à 64 lettres, chiffres, « _ » ou « - »'),
  file: fileName,
  language: z.string().min(2).max(16).default('fr'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'une empreinte SHA-256 en 64 chiffres hexadécimaux'),
  bytes: z.number().int().nonnegative(),
  infoboxLabels: z.array(text(80).min(1)).max(100).default([]),
  notes: z.array(text(2000)).max(50).default([])
})

/**
 * Most copies an archive ships: each is copied into the user's library the first time the archive opens, so a
 * thousand PDFs is already gigabytes (and copies.folio stays well under a megabyte).
 */
export const MAX_SHIPPED_COPIES = 1000

/** A link id as the parser makes them (`link-…`): the id of a link card. */
const LINK_ID = /^[\w-]{1,200}$/

/**
 * A copy shipped with the archive (a PDF, a saved web page) of the document behind one of its links: the file
 * sits in the archive folder beside the articles, under a plain name, and is the one its SHA-256 and size say.
 */
export const archiveCopySchema = z
  .object({
    document: archiveDocumentSchema.shape.id,
    link: z.string().regex(LINK_ID, 'un id de lien (« link-… ») de ce document'),
    file: fileName,
    sha256: archiveDocumentSchema.shape.sha256,
    bytes: z.number().int().positive('un fichier d’au moins un octet')
  })
  .strict()

export type ArchiveCopy = z.infer<typeof archiveCopySchema>

/** The manifest without its entries, which are checked one by one (archiveDocumentSchema, archiveCopySchema). */
export const archiveManifestSchema = z.object({
  format: z.literal('folio-archive'),
  formatVersion: z.literal(1),
  name: text(200).min(1),
  description: text(2000).default(''),
  documents: z.array(z.unknown()).min(1),
  /** The copies shipped with the archive; absent when it ships none (as the shipped archive). */
  copies: z.array(z.unknown()).max(MAX_SHIPPED_COPIES, `plus de ${MAX_SHIPPED_COPIES} copies`).optional()
})

export type ArchiveManifest = z.infer<typeof archiveManifestSchema>
export type ArchiveManifestDocument = z.infer<typeof archiveDocumentSchema>

/** One line per zod issue: "documents.0.sha256 : …", `prefix` put before each path. */
export function describeIssues(error: z.ZodError, prefix: (string | number)[] = []): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${[...prefix, ...issue.path].join('.') || '(racine)'} : ${issue.message}`)
    .join(' ; ')
}
