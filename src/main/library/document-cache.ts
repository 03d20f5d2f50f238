// Parsed library documents kept in memory by content, so listing the library again does not parse every
// document again (a slow one would stall each listing). Bounded in count and in source bytes.

import type { ArticleDocument } from '../../shared/archive/document'

/** At most this many parsed documents are kept… */
export const CACHE_MAX_DOCUMENTS = 200
/** …and the files they were parsed from add up to at most this many bytes (about six 10 MB documents). */
export const CACHE_MAX_BYTES = 64 * 1024 * 1024

interface Cached {
  document: ArticleDocument
  bytes: number
}

/** A least-recently-used cache of parsed documents. The key names everything the parse depends on. */
export class DocumentCache {
  private readonly entries = new Map<string, Cached>()
  private bytes = 0

  constructor(
    private readonly maxDocuments = CACHE_MAX_DOCUMENTS,
    private readonly maxBytes = CACHE_MAX_BYTES
  ) {}

  /** The key of a parse: the content's SHA-256, its kind and the name a plain text takes its title from. */
  static key(sha256: string, kind: string, originalName: string): string {
    return `${sha256}\u0000${kind}\u0000${originalName}`
  }

  get(key: string): ArticleDocument | undefined {
    const cached = this.entries.get(key)
    if (!cached) return undefined
    // Used again: it moves to the newest end, the last to be dropped.
    this.entries.delete(key)
    this.entries.set(key, cached)
    return cached.document
  }

  /** Keeps `document`, parsed from `bytes` bytes, dropping the least recently used beyond the bounds. */
  set(key: string, document: ArticleDocument, bytes: number): void {
    this.delete(key)
    if (bytes > this.maxBytes) return
    this.entries.set(key, { document, bytes })
    this.bytes += bytes
    for (const [oldest, cached] of this.entries) {
      if (this.entries.size <= this.maxDocuments && this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= cached.bytes
    }
  }

  delete(key: string): void {
    const cached = this.entries.get(key)
    if (!cached) return
    this.entries.delete(key)
    this.bytes -= cached.bytes
  }

  get size(): number {
    return this.entries.size
  }
}
