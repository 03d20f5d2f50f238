// What adding a file to the user's library reads and checks before anything is written: the name shown, the kind,
// the bytes (a regular file within the size limit), the entry library.json will list and the parsed document — or
// why the file is refused, in words naming it.

import { basename } from 'node:path'
import type { ArchiveDocumentEntry, ImportDocumentResult } from '../../shared/archive/archive-types'
import { decodedOrUndefined, MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { ArticleParseError } from '../../shared/archive/parse-errors'
import { toDisplayName } from './display-name'
import { copyFileName, idOfContent, sha256Of, type LibraryEntry } from './library-manifest'
import { FileRefusal, readRegularFile } from './read-regular-file'
import { kindOfFile } from './read-user-document'

export type Refusal = Extract<ImportDocumentResult, { ok: false }>

export interface PreparedCopy {
  ok: true
  entry: LibraryEntry
  bytes: Uint8Array
  document: ArchiveDocumentEntry
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Reads and parses the file at `sourcePath` (`parse` is the library's parser), dated `now`. */
export async function prepareCopy(
  sourcePath: string,
  parse: (entry: LibraryEntry, bytes: Uint8Array) => Promise<ArchiveDocumentEntry>,
  now: Date
): Promise<PreparedCopy | Refusal> {
  // The one name rule: what is written here is what library.json's schema accepts back.
  const originalName = toDisplayName(basename(sourcePath))
  const kind = kindOfFile(originalName)
  if (!kind) {
    const text = `« ${originalName} » : seuls les fichiers .txt et .md (Markdown) peuvent être ajoutés.`
    return { ok: false, reason: 'unsupported', message: text }
  }
  let bytes: Uint8Array
  try {
    // A link the user picked is followed; what it leads to must be a regular file (never a FIFO or a device).
    bytes = await readRegularFile(sourcePath, { limit: MAX_ARTICLE_BYTES, followLinks: true })
  } catch (error) {
    if (error instanceof FileRefusal && error.reason === 'too-large') {
      const size = (error.bytes / 1024 / 1024).toFixed(1)
      return {
        ok: false,
        reason: 'too-large',
        message: `« ${originalName} » fait ${size} Mo ; la limite est de 10 Mo.`
      }
    }
    if (error instanceof FileRefusal)
      return { ok: false, reason: 'not-a-file', message: `« ${originalName} » : ${error.message}` }
    return { ok: false, reason: 'failed', message: `« ${originalName} » n’a pas pu être lu : ${message(error)}` }
  }
  const sha256 = sha256Of(bytes)
  const id = idOfContent(sha256)
  const entry: LibraryEntry = {
    id,
    file: copyFileName(id, kind),
    kind: kind === 'article' ? (kindOfFile(originalName, decodedOrUndefined(bytes)) ?? 'article') : kind,
    originalName,
    sha256,
    bytes: bytes.byteLength,
    addedAt: now.toISOString()
  }
  try {
    return { ok: true, entry, bytes, document: await parse(entry, bytes) }
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error
    const reason = error.problem === 'too-large' ? 'too-large' : error.problem
    const text = `« ${originalName} » : ${error.message}`
    // A text not in UTF-8: what it seems to be in, for the renderer to name in the UI's language.
    return { ok: false, reason, message: text, ...(error.likely ? { likely: error.likely } : {}) }
  }
}
