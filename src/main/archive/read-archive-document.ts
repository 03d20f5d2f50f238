// Reads one document of the archive as its manifest entry describes it: inside the folder (links followed
// and checked), a regular file, its size and SHA-256 as listed, then decoded and parsed. Throws ArchiveError.

import { createHash } from 'node:crypto'
import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { ArticleParseError } from '../../shared/archive/parse-errors'
import { FileRefusal, readRegularFile } from '../library/read-regular-file'
import { ArchiveError, fileError } from './archive-error'
import { articleOfFile } from './article-of-file'
import { realPathInside } from './archive-path'
import type { ArchiveManifestDocument } from './manifest-schema'

/** The file differs from what the manifest lists: its size, or (same size) its SHA-256. */
function altered(file: string, bytes: number, expected: number): ArchiveError {
  const how =
    bytes === expected
      ? `même taille (${bytes} octets), empreinte différente`
      : `${bytes} octets au lieu de ${expected}`
  return new ArchiveError({
    kind: 'checksum',
    file,
    message: `Le contenu ne correspond pas au manifeste (${how}) : le fichier est altéré ou corrompu.`
  })
}

/** The entry's bytes, never more than the manifest lists (a grown file is caught without being read whole). */
async function readListedBytes(root: string, entry: ArchiveManifestDocument): Promise<Uint8Array> {
  const { file } = entry
  let path: string | null
  try {
    path = await realPathInside(root, file)
  } catch (error) {
    throw fileError(file, error)
  }
  if (path === null) {
    throw new ArchiveError({
      kind: 'outside-archive',
      file,
      message: 'Le fichier est un lien qui mène hors du dossier de l’archive : il n’est pas lu.'
    })
  }
  try {
    // The real path has no link left: one that appears now is refused (followLinks: false).
    return await readRegularFile(path, { limit: Math.min(entry.bytes, MAX_ARTICLE_BYTES), followLinks: false })
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw fileError(file, error)
    if (error.reason === 'not-a-file')
      throw new ArchiveError({ kind: 'unreadable', file, message: `Le fichier ne peut pas être lu : ${error.message}` })
    if (entry.bytes <= MAX_ARTICLE_BYTES) throw altered(file, error.bytes, entry.bytes)
    throw new ArchiveError({
      kind: 'invalid-document',
      file,
      message: 'Le fichier dépasse la limite de 10 Mo d’un document.'
    })
  }
}

/**
 * Reads one document's bytes and checks them against its entry (size, SHA-256), without parsing them: what the
 * library checks of the rows it shows. Throws ArchiveError naming the file and the problem.
 */
export async function verifyArchiveDocument(root: string, entry: ArchiveManifestDocument): Promise<Uint8Array> {
  const bytes = await readListedBytes(root, entry)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (bytes.byteLength !== entry.bytes || sha256 !== entry.sha256)
    throw altered(entry.file, bytes.byteLength, entry.bytes)
  return bytes
}

/** Reads, verifies and parses one document. Throws ArchiveError naming the file and the problem. */
export async function readArchiveDocument(root: string, entry: ArchiveManifestDocument): Promise<ArchiveDocumentEntry> {
  const { file } = entry
  const bytes = await verifyArchiveDocument(root, entry)
  try {
    const options = { id: entry.id, language: entry.language, infoboxLabels: entry.infoboxLabels }
    return { id: entry.id, origin: 'archive', file, document: articleOfFile(bytes, file, options), notes: entry.notes }
  } catch (error) {
    if (error instanceof ArticleParseError)
      throw new ArchiveError({ kind: 'invalid-document', file, message: error.message })
    throw error
  }
}
