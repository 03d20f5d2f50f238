// Reads the shipped archive from its folder: the manifest (validated), then each document
// (size, checksum, UTF-8, parse). Any failure names the file and the problem; nothing throws.

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Archive, ArchiveDocumentEntry, ArchiveLoadResult, ArchiveProblem } from '../../shared/archive/archive-types'
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { parseArticle } from '../../shared/archive/parse-article'
import { ArticleParseError } from '../../shared/archive/parse-errors'
import { archiveManifestSchema, describeIssues, type ArchiveManifestDocument } from './manifest-schema'

export const MANIFEST_FILE = 'manifest.json'
const MAX_MANIFEST_BYTES = 1024 * 1024

class ArchiveError extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(problem.message)
  }
}

async function readArchiveFile(dir: string, file: string, maxBytes: number): Promise<Uint8Array> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(join(dir, file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ArchiveError({ kind: 'missing', file, message: 'Le fichier est introuvable.' })
    throw new ArchiveError({ kind: 'unreadable', file, message: `Le fichier ne peut pas être lu (${code ?? 'erreur inconnue'}).` })
  }
  if (bytes.byteLength > maxBytes) {
    throw new ArchiveError({ kind: 'unreadable', file, message: `Le fichier est trop gros (${bytes.byteLength} octets).` })
  }
  return bytes
}

async function readManifest(dir: string) {
  const bytes = await readArchiveFile(dir, MANIFEST_FILE, MAX_MANIFEST_BYTES)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'texte non UTF-8'
    throw new ArchiveError({ kind: 'invalid-manifest', file: MANIFEST_FILE, message: `JSON illisible : ${detail}` })
  }
  const parsed = archiveManifestSchema.safeParse(json)
  if (!parsed.success) {
    throw new ArchiveError({ kind: 'invalid-manifest', file: MANIFEST_FILE, message: `Manifeste invalide — ${describeIssues(parsed.error)}` })
  }
  return parsed.data
}

async function readDocument(dir: string, entry: ArchiveManifestDocument): Promise<ArchiveDocumentEntry> {
  const { file } = entry
  const bytes = await readArchiveFile(dir, file, MAX_ARTICLE_BYTES)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (bytes.byteLength !== entry.bytes || sha256 !== entry.sha256) {
    throw new ArchiveError({
      kind: 'checksum',
      file,
      message: `Le contenu ne correspond pas au manifeste (${bytes.byteLength} octets au lieu de ${entry.bytes}, empreinte différente) : le fichier est altéré ou corrompu.`
    })
  }
  try {
    const text = decodeArticle(bytes)
    const document = parseArticle(text, { id: entry.id, language: entry.language, infoboxLabels: entry.infoboxLabels })
    return { id: entry.id, origin: 'archive', file, document, notes: entry.notes }
  } catch (error) {
    if (error instanceof ArticleParseError) throw new ArchiveError({ kind: 'invalid-document', file, message: error.message })
    throw error
  }
}

/** Loads and validates the archive in `dir`. Never throws: a problem comes back as `{ ok: false }`. */
export async function loadArchive(dir: string): Promise<ArchiveLoadResult> {
  try {
    const manifest = await readManifest(dir)
    const documents = await Promise.all(manifest.documents.map((entry) => readDocument(dir, entry)))
    const archive: Archive = { name: manifest.name, description: manifest.description, documents }
    return { ok: true, archive }
  } catch (error) {
    if (error instanceof ArchiveError) return { ok: false, problem: error.problem }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, problem: { kind: 'unreadable', file: MANIFEST_FILE, message: `Erreur inattendue : ${message}` } }
  }
}
