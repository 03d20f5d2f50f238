// Writes search.folio, the archive's full-text index, from its documents one at a time: entry records go to
// the file as they come, only the posting lists stay in memory (delta-coded in paged byte blocks).

import { randomBytes } from 'node:crypto'
import { open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { documentEntries } from '../../shared/search/document-entries'
import { packPosting } from '../../shared/search/posting-store'
import { indexTerms } from '../../shared/search/search-index'
import { DEFAULT_RESOLUTION, scoreSlot } from '../../shared/search/term-index'
import { SEARCH_KINDS, type SearchKind } from '../../shared/search/types'
import { readRegularFile } from '../library/read-regular-file'
import { articleOfFile } from './article-of-file'
import {
  HEADER_BYTES,
  MAX_ENTRIES,
  SEARCH_FILE,
  align8,
  encodeHeader,
  tablesLength,
  type KindSection
} from './search-file-format'

/** Appends `value` as unsigned LEB128 to `out` at `at`; returns the new end. `out` needs 5 bytes free. */
function putVarint(out: Uint8Array, at: number, value: number): number {
  let v = value
  let end = at
  while (v >= 0x80) {
    out[end++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  out[end++] = v
  return end
}

const PAGE = 1 << 22
const BLOCK_HEADER = 12
const FIRST_BLOCK = 8
const LARGEST_BLOCK = 1 << 16

/**
 * The posting lists of one kind while the file is built: per term a chain of blocks in 4 MiB pages, each
 * block twice the size of what the list held (up to 64 KiB), so memory is the coded postings and a little.
 * Block: u32 next page + 1 (0 = last), u32 next offset, u32 capacity, then the bytes.
 */
class PostingArena {
  private readonly pages: Uint8Array[] = []
  private pageUsed = PAGE
  private blockAt = new Float64Array(1024)
  private firstAt = new Float64Array(1024)
  private writeAt = new Float64Array(1024)
  private blockEnd = new Float64Array(1024)
  private last = new Int32Array(1024)
  private counts = new Uint32Array(1024)
  private bytes = new Float64Array(1024)
  private readonly scratch = new Uint8Array(8)

  /** Postings of term `term`. */
  count(term: number): number {
    return this.counts[term] ?? 0
  }

  /** Coded bytes of term `term`'s list. */
  length(term: number): number {
    return this.bytes[term] ?? 0
  }

  /** Appends a posting (greater than the term's last one). */
  append(term: number, posting: number): void {
    this.ensure(term)
    const delta = this.counts[term] === 0 ? posting : posting - (this.last[term] as number)
    const end = putVarint(this.scratch, 0, delta)
    for (let k = 0; k < end; k++) {
      if (this.writeAt[term] === this.blockEnd[term]) this.newBlock(term)
      const at = this.writeAt[term] as number
      ;(this.pages[Math.floor(at / PAGE)] as Uint8Array)[at % PAGE] = this.scratch[k] as number
      this.writeAt[term] = at + 1
    }
    this.last[term] = posting
    this.counts[term] = (this.counts[term] as number) + 1
    this.bytes[term] = (this.bytes[term] as number) + end
  }

  /** The term's postings, decoded from its chain of blocks (a value's bytes may straddle two blocks). */
  decode(term: number): Int32Array {
    const list = new Int32Array(this.count(term))
    let remaining = this.length(term)
    let at = this.firstAt[term] as number
    let value = 0
    let delta = 0
    let shift = 0
    let k = 0
    while (remaining > 0) {
      const page = this.pages[Math.floor(at / PAGE)] as Uint8Array
      const offset = at % PAGE
      const view = new DataView(page.buffer, offset, BLOCK_HEADER)
      const take = Math.min(view.getUint32(8, true), remaining)
      for (let i = offset + BLOCK_HEADER; i < offset + BLOCK_HEADER + take; i++) {
        const byte = page[i] as number
        delta += (byte & 0x7f) * 2 ** shift
        shift += 7
        if (byte & 0x80) continue
        value += delta
        list[k++] = value
        delta = 0
        shift = 0
      }
      remaining -= take
      at = (view.getUint32(0, true) - 1) * PAGE + view.getUint32(4, true)
    }
    return list
  }

  private newBlock(term: number): void {
    const capacity = Math.min(LARGEST_BLOCK, Math.max(FIRST_BLOCK, this.bytes[term] as number))
    if (this.pageUsed + BLOCK_HEADER + capacity > PAGE) {
      this.pages.push(new Uint8Array(PAGE))
      this.pageUsed = 0
    }
    const pageIndex = this.pages.length - 1
    const page = this.pages[pageIndex] as Uint8Array
    const at = pageIndex * PAGE + this.pageUsed
    new DataView(page.buffer, this.pageUsed, BLOCK_HEADER).setUint32(8, capacity, true)
    this.pageUsed += BLOCK_HEADER + capacity
    if (this.bytes[term] === 0) this.firstAt[term] = at
    else {
      const previous = this.blockAt[term] as number
      const link = new DataView((this.pages[Math.floor(previous / PAGE)] as Uint8Array).buffer, previous % PAGE, 8)
      link.setUint32(0, pageIndex + 1, true)
      link.setUint32(4, at % PAGE, true)
    }
    this.blockAt[term] = at
    this.writeAt[term] = at + BLOCK_HEADER
    this.blockEnd[term] = at + BLOCK_HEADER + capacity
  }

  private ensure(term: number): void {
    if (term < this.counts.length) return
    const size = Math.max(term + 1, this.counts.length * 2)
    const grow = <T extends Float64Array | Int32Array | Uint32Array>(old: T, make: (n: number) => T): T => {
      const grown = make(size)
      grown.set(old)
      return grown
    }
    this.blockAt = grow(this.blockAt, (n) => new Float64Array(n))
    this.firstAt = grow(this.firstAt, (n) => new Float64Array(n))
    this.writeAt = grow(this.writeAt, (n) => new Float64Array(n))
    this.blockEnd = grow(this.blockEnd, (n) => new Float64Array(n))
    this.bytes = grow(this.bytes, (n) => new Float64Array(n))
    this.last = grow(this.last, (n) => new Int32Array(n))
    this.counts = grow(this.counts, (n) => new Uint32Array(n))
  }
}

/** One kind's terms and postings while the file is built, indexed as `TermIndex.add` does. */
class KindBuilder {
  readonly ids = new Map<string, number>()
  readonly terms: string[] = []
  readonly postings = new PostingArena()
  size = 0

  add(number: number, terms: readonly string[]): void {
    const unique = [...new Set(terms)]
    if (unique.length === 0) return
    unique.forEach((term, i) => {
      let id = this.ids.get(term)
      if (id === undefined) {
        id = this.terms.length
        this.ids.set(term, id)
        this.terms.push(term)
      }
      this.postings.append(id, packPosting(number, scoreSlot(DEFAULT_RESOLUTION, unique.length, i)))
    })
    this.size++
  }
}

/** Sequential writes to a file through a 1 MiB buffer; `position` is where the next byte goes. */
class FileWriter {
  private readonly buffer = new Uint8Array(1 << 20)
  private used = 0
  position: number

  constructor(
    private readonly handle: FileHandle,
    start: number
  ) {
    this.position = start
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.used + bytes.length > this.buffer.length) await this.flush()
    if (bytes.length > this.buffer.length) await this.handle.write(bytes, 0, bytes.length, this.position)
    else {
      this.buffer.set(bytes, this.used)
      this.used += bytes.length
    }
    this.position += bytes.length
  }

  /** Zero bytes up to the next multiple of 8. */
  async pad(): Promise<void> {
    const gap = align8(this.position) - this.position
    if (gap > 0) await this.write(new Uint8Array(gap))
  }

  async flush(): Promise<void> {
    if (this.used === 0) return
    await this.handle.write(this.buffer, 0, this.used, this.position - this.used)
    this.used = 0
  }
}

/** A growable list of float64 (the entries' record offsets). */
class Float64List {
  private data = new Float64Array(1 << 12)
  length = 0

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = value
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.data.buffer, 0, this.length * 8)
  }
}

/** What was written. */
export interface SearchFileSummary {
  entries: number
  bytes: number
}

/** Writes one kind's section (terms, tables, postings) and returns where it lies. */
async function writeKind(out: FileWriter, kind: SearchKind, builder: KindBuilder): Promise<KindSection> {
  const { terms, postings } = builder
  const order = Int32Array.from(terms, (_, i) => i).sort((a, b) =>
    (terms[a] as string) < (terms[b] as string) ? -1 : 1
  )
  const termsAt = out.position
  const encoder = new TextEncoder()
  for (let k = 0; k < order.length; k++)
    await out.write(encoder.encode(k === 0 ? (terms[order[k] as number] as string) : `\n${terms[order[k] as number]}`))
  const termsLength = out.position - termsAt
  await out.pad()
  const tablesAt = out.position
  const frequencies = new Uint32Array(align8(order.length * 4) / 4)
  const offsets = new Float64Array(order.length + 1)
  let offset = 0
  order.forEach((id, k) => {
    frequencies[k] = postings.count(id)
    offsets[k] = offset
    offset += postings.count(id) * 4
  })
  offsets[order.length] = offset
  await out.write(new Uint8Array(frequencies.buffer))
  await out.write(new Uint8Array(offsets.buffer))
  if (out.position - tablesAt !== tablesLength(order.length)) throw new Error('search.folio: tables misaligned')
  const postingsAt = out.position
  for (const id of order) {
    const list = postings.decode(id)
    await out.write(new Uint8Array(list.buffer, list.byteOffset, list.byteLength))
  }
  const section: KindSection = {
    kind,
    size: builder.size,
    terms: order.length,
    termsAt,
    termsLength,
    tablesAt,
    postingsAt,
    postingsLength: out.position - postingsAt
  }
  await out.pad()
  return section
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
