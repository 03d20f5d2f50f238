// Writes search.folio, the archive's full-text index, from its documents one at a time: entry records go to
// the file as they come, only the posting lists stay in memory (delta-coded in paged byte blocks).

import { randomBytes } from 'node:crypto'
import { open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { documentEntries } from '../../shared/search/document-entries'
import { indexTerms } from '../../shared/search/search-index'
import { DEFAULT_RESOLUTION } from '../../shared/search/term-index'
import { SEARCH_KINDS, type SearchKind } from '../../shared/search/types'
import { readRegularFile } from '../library/read-regular-file'
import { articleOfFile } from './article-of-file'
import { FileWriter, Float64List } from './file-writer'
import { HEADER_BYTES, MAX_ENTRIES, SEARCH_FILE, encodeHeader, type KindSection } from './search-file-format'
import { KindBuilder } from './search-kind-builder'
import { writeKind } from './write-kind-section'

/** What was written. */
export interface SearchFileSummary {
  entries: number
  bytes: number
}

/** Writes the records and indexes of `documents` into the open file; returns its length. */
async function writeContent(
  handle: FileHandle,
  documents: AsyncIterable<ArchiveDocumentEntry> | Iterable<ArchiveDocumentEntry>
): Promise<SearchFileSummary> {
  const out = new FileWriter(handle, HEADER_BYTES)
  const encoder = new TextEncoder()
  const offsets = new Float64List()
  const kinds = new Map<SearchKind, KindBuilder>()
  const recordsAt = out.position
  let number = 0
  for await (const document of documents) {
    for (const { id, kind, docId, targetId, title, text } of documentEntries(document)) {
      if (number >= MAX_ENTRIES) throw new Error(`search.folio: more than ${MAX_ENTRIES} entries`)
      offsets.push(out.position - recordsAt)
      await out.write(encoder.encode(JSON.stringify([id, kind, docId, targetId, title ?? null, text])))
      let builder = kinds.get(kind)
      if (!builder) kinds.set(kind, (builder = new KindBuilder()))
      builder.add(number++, indexTerms(title, text))
    }
  }
  const recordsLength = out.position - recordsAt
  offsets.push(recordsLength)
  await out.pad()
  const offsetsAt = out.position
  await out.write(offsets.bytes())
  const sections: KindSection[] = []
  for (const kind of SEARCH_KINDS) {
    const builder = kinds.get(kind)
    if (builder) sections.push(await writeKind(out, kind, builder))
    kinds.delete(kind)
  }
  await out.flush()
  const fileLength = out.position
  const header = encodeHeader({
    resolution: DEFAULT_RESOLUTION,
    entries: number,
    fileLength,
    recordsAt,
    recordsLength,
    offsetsAt,
    kinds: sections
  })
  await handle.write(header, 0, header.length, 0)
  return { entries: number, bytes: fileLength }
}

/**
 * Writes `outDir/search.folio` for `documents` (read once, in order; entries numbered as a SearchIndex fed
 * their `documentEntries` would number them), atomically: a temporary file beside it, flushed, renamed over.
 */
export async function writeSearchFile(
  outDir: string,
  documents: AsyncIterable<ArchiveDocumentEntry> | Iterable<ArchiveDocumentEntry>
): Promise<SearchFileSummary> {
  const temporary = join(outDir, `.folio-${randomBytes(8).toString('hex')}.tmp`)
  const handle = await open(temporary, 'wx', 0o666)
  let closed = false
  try {
    const summary = await writeContent(handle, documents)
    await handle.sync()
    closed = true
    await handle.close()
    await rename(temporary, join(outDir, SEARCH_FILE))
    await syncFolder(outDir)
    return summary
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

/** Flushes the folder so the rename lasts (a platform that cannot open a folder keeps it as is). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null)
  if (!handle) return
  await handle.sync().catch(() => undefined)
  await handle.close()
}

/** What the build knows of a checked document: enough to read and parse it again. */
export interface CheckedDocument {
  id: string
  file: string
  language: string
  infoboxLabels?: string[]
  notes?: string[]
}

/** The documents of `dir`, read and parsed again one at a time (memory holds one), in `entries` order. */
export async function* documentsOfFolder(
  dir: string,
  entries: readonly CheckedDocument[]
): AsyncIterable<ArchiveDocumentEntry> {
  for (const { id, file, language, infoboxLabels, notes } of entries) {
    const bytes = await readRegularFile(join(dir, file), { limit: MAX_ARTICLE_BYTES, followLinks: true })
    const document = articleOfFile(bytes, file, { id, language, infoboxLabels })
    yield { id, origin: 'archive', file, document, notes: notes ?? [] }
  }
}
