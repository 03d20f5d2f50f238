// Reads a library entry's copy as a document: a regular file inside the library, within the size limit,
// the file that was added (SHA-256), parsed once per content (later listings reuse the parse).

import { join } from 'node:path'
import type { ArchiveDocumentEntry, ArchiveProblem } from '../../shared/archive/archive-types'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { DocumentCache } from './document-cache'
import { sha256Of, type LibraryEntry } from './library-manifest'
import { FileRefusal, readRegularFile } from './read-regular-file'
import { readUserDocument } from './read-user-document'

/** The copy is not the file that was added. */
export class ChangedCopyError extends Error {
  constructor() {
    super('Le fichier a été modifié ou corrompu depuis son ajout.')
    this.name = 'ChangedCopyError'
  }
}

/** Reads and parses the copies of the library in `dir`, keeping parses in a bounded cache. */
export class EntryReader {
  private readonly cache = new DocumentCache()

  constructor(private readonly dir: string) {}

  /** The document of `entry`, whose bytes are `bytes` (already checked); parsed, or taken from the cache. */
  parse(entry: LibraryEntry, bytes: Uint8Array): ArchiveDocumentEntry {
    const key = DocumentCache.key(entry.sha256, entry.kind, entry.originalName)
    let document = this.cache.get(key)
    if (!document) {
      document = readUserDocument(bytes, entry.kind, entry.id, entry.originalName)
      this.cache.set(key, document, bytes.byteLength)
    }
    return { id: entry.id, origin: 'user', file: entry.originalName, document, notes: [] }
  }

  /**
   * Reads the copy at `file` (the entry's own by default, relative to the library), checks it and parses it.
   * A link, a FIFO, a device or a folder in its place is never opened for reading; nor is a copy over the limit.
   * @throws FileRefusal, ChangedCopyError, ArticleParseError, or the system's error (ENOENT when it is gone).
   */
  async read(entry: LibraryEntry, file = entry.file): Promise<ArchiveDocumentEntry> {
    const bytes = await readRegularFile(join(this.dir, file), { limit: MAX_ARTICLE_BYTES, followLinks: false })
    if (sha256Of(bytes) !== entry.sha256) throw new ChangedCopyError()
    return this.parse(entry, bytes)
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** What to tell the user about an entry that could not be read: by its name, with the reason. */
export function entryProblem(entry: LibraryEntry, error: unknown): ArchiveProblem {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    return { kind: 'missing', file: entry.originalName, message: 'Le fichier est introuvable.' }
  }
  if (error instanceof FileRefusal) {
    const kind = error.reason === 'not-a-file' ? 'unreadable' : 'invalid-document'
    return { kind, file: entry.originalName, message: `Sa copie dans la bibliothèque n’est pas lue : ${error.message}` }
  }
  if (error instanceof ChangedCopyError) return { kind: 'checksum', file: entry.originalName, message: error.message }
  return { kind: 'invalid-document', file: entry.originalName, message: message(error) }
}
