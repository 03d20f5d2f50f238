// The shape of resources/archive/manifest.json, validated with zod before anything is read.
// A manifest names the archive and lists its documents with their checksums and curated notes.

import { z } from 'zod'

const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\w.-]+$/, 'un nom de fichier simple (lettres, chiffres, « . », « _ », « - »)')
  .refine((name) => name !== '.' && name !== '..', 'un nom de fichier, pas un dossier')

export const archiveDocumentSchema = z.object({
  id: z.string().regex(/^[\w-]{1,64}$/),
  file: fileName,
  language: z.string().min(2).max(16).default('fr'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  infoboxLabels: z.array(z.string().min(1).max(80)).max(100).default([]),
  notes: z.array(z.string().max(2000)).max(50).default([])
})

export const archiveManifestSchema = z.object({
  format: z.literal('folio-archive'),
  formatVersion: z.literal(1),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  documents: z
    .array(archiveDocumentSchema)
    .min(1)
    .refine((docs) => new Set(docs.map((doc) => doc.id)).size === docs.length, 'deux documents ont le même id')
})

export type ArchiveManifest = z.infer<typeof archiveManifestSchema>
export type ArchiveManifestDocument = z.infer<typeof archiveDocumentSchema>

/** One line per zod issue: "documents.0.sha256 : …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(racine)'} : ${issue.message}`)
    .join(' ; ')
}
