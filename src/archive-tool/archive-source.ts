// What the build command takes from a source folder besides its articles: the optional `archive-source.json`,
// naming the archive and holding each document's language, infobox labels and curated notes (which no
// article file can carry), and the copies it ships (checked one by one: shipped-copies.ts). Validated with the manifest's own rules, so a sidecar can never make a bad manifest.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { archiveDocumentSchema, archiveManifestSchema, describeIssues } from '../main/archive/manifest-schema'

/** The sidecar's name in the source folder. */
export const SOURCE_FILE = 'archive-source.json'

const documentExtras = archiveDocumentSchema
  .pick({ language: true, infoboxLabels: true, notes: true })
  .partial()
  .strict()

const sourceSchema = z
  .object({
    name: archiveManifestSchema.shape.name.default('Archive Folio'),
    description: archiveManifestSchema.shape.description,
    documents: z.record(z.string(), documentExtras).default({}),
    copies: z.array(z.unknown()).default([])
  })
  .strict()

export type ArchiveSource = z.infer<typeof sourceSchema>
export type DocumentExtras = z.infer<typeof documentExtras>

/** The sidecar, its defaults when there is none; a problem in words when it is unreadable or invalid. */
export async function readArchiveSource(
  dir: string
): Promise<{ ok: true; source: ArchiveSource } | { ok: false; message: string }> {
  let text: string
  try {
    text = await readFile(join(dir, SOURCE_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, source: sourceSchema.parse({}) }
    return { ok: false, message: `illisible (${(error as NodeJS.ErrnoException).code ?? String(error)})` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: `JSON illisible : ${(error as Error).message}` }
  }
  const parsed = sourceSchema.safeParse(json)
  return parsed.success ? { ok: true, source: parsed.data } : { ok: false, message: describeIssues(parsed.error) }
}
