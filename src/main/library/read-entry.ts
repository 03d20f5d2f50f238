// Reads a library entry's copy as a document: a regular file inside the library, within the size limit,
// the file that was added (SHA-256), parsed once per content (later listings reuse the parse or the refusal).

import { join } from 'node:path'
import type { ArchiveDocumentEntry, ArchiveProblem } from '../../shared/archive/archive-types'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import type { ArticleDocument } from '../../shared/archive/document'
import { ArticleParseError } from '../../shared/archive/parse-errors'
import { CACHE_MAX_DOCUMENTS, DocumentCache } from './document-cache'
import type { DocumentParser } from './document-parser'
import { sha256Of, type LibraryEntry } from './library-manifest'
import { FileRefusal, readRegularFile } from './read-regular-file'

/** The copy is not the file that was added. */
export class ChangedCopyError extends Error {
  constructor() {
    super('Le fichier a été modifié ou corrompu depuis son ajout.')
    this.name = 'ChangedCopyError'
  }
}

/** Reads and parses the copies of the library in `dir` with `parseDocument`, keeping parses in a bounded cache. */
export class EntryReader {
  private readonly cache = new DocumentCache()
  /** Parses under way, by key: a listing and the first screen asking at once share one parse. */
  private readonly parsing = new Map<string, Promise<ArticleDocument>>()
  /** Refusals, by key: a document too complex to read is not tried again at every listing of the session. */
  private readonly refused = new Map<string, ArticleParseError>()

  constructor(
    private readonly dir: string,
    private readonly parseDocument: DocumentParser
  ) {}

  /** The document of `entry`, whose bytes are `bytes` (already checked); parsed, or taken from the cache. */
  async parse(entry: LibraryEntry, bytes: Uint8Array): Promise<ArchiveDocumentEntry> {
    const document = await this.documentOf(entry, bytes)
    return { id: entry.id, origin: 'user', file: entry.originalName, document, notes: [] }
  }

  private documentOf(entry: LibraryEntry, bytes: Uint8Array): Promise<ArticleDocument> {
    const key = DocumentCache.key(entry.sha256, entry.kind, entry.originalName)
    const cached = this.cache.get(key)
    if (cached) return Promise.resolve(cached)
    const refusal = this.refused.get(key)
    if (refusal) return Promise.reject(refusal)
    let parse = this.parsing.get(key)
    if (!parse) {
      parse = this.parseDocument(bytes, entry.kind, entry.id, entry.originalName).then(
        (document) => {
          this.cache.set(key, document, bytes.byteLength)
          return document
        },
        (error: unknown) => {
          if (error instanceof ArticleParseError) this.remember(key, error)
          throw error
        }
      )
      const forget = () => this.parsing.delete(key)
      parse.then(forget, forget)
      this.parsing.set(key, parse)
    }
    return parse
  }

  private remember(key: string, refusal: ArticleParseError): void {
    this.refused.set(key, refusal)
    // Bounded like the cache: the oldest refusal goes first.
    for (const oldest of this.refused.keys()) {
      if (this.refused.size <= CACHE_MAX_DOCUMENTS) break
      this.refused.delete(oldest)
    }
  }

  /**
   * Reads the copy at `file` (the entry's own by default, relative to the library), checks it and parses it.
   * A link, a FIFO, a device or a folder in its place is never opened for reading; nor is a copy over the limit.
   * @throws FileRefusal, ChangedCopyError, ArticleParseError, or the system's error (ENOENT when it is gone).
   */
  async read(entry: LibraryEntry, file = entry.file): Promise<ArchiveDocumentEntry> {
    return this.parse(entry, await this.verify(entry, file))
  }

  /**
   * The copy's bytes, checked (a regular file, its size and SHA-256 as listed) but not parsed: what the list
   * checks of the rows it shows. @throws as {@link read} does, but never ArticleParseError.
   */
  async verify(entry: LibraryEntry, file = entry.file): Promise<Uint8Array> {
    const bytes = await readRegularFile(join(this.dir, file), { limit: MAX_ARTICLE_BYTES, followLinks: false })
    if (bytes.byteLength !== entry.bytes || sha256Of(bytes) !== entry.sha256) throw new ChangedCopyError()
    return bytes
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
