// The posting lists of search.folio, read by range when a query needs them (close lists in one read), checked,
// and kept between queries in a cache bounded in bytes so that the common words' lists stay read.

import type { FileHandle } from 'node:fs/promises'
import { Lru } from './lru'
import { postingsOf, type SearchFileHeader } from './search-file-format'
import { readRanges } from './search-file-ranges'
import type { KindIndex } from './search-term-dictionary'

/** Posting lists kept between queries (every kind's), in bytes. */
const POSTINGS_CACHE_BYTES = 64 * 2 ** 20
/** Lists closer than this are read at once. */
const POSTINGS_GAP = 1 << 16

/** The posting lists of an open search.folio, by kind and term position. */
export class PostingLists {
  // A list is counted with the whole read it may be a view of (shared reads counted more than once: never less).
  private readonly cache = new Lru<number, Int32Array>(POSTINGS_CACHE_BYTES, (list) => list.buffer.byteLength)

  constructor(
    private readonly handle: FileHandle,
    private readonly header: SearchFileHeader
  ) {}

  /** Puts the posting lists at `positions` into `into`, from the cache or read by range. */
  async load(index: KindIndex, positions: readonly number[], into: Map<number, Int32Array>): Promise<void> {
    const toRead: number[] = []
    for (const at of positions) {
      if (into.has(at)) continue
      const cached = this.cache.get(index.key + at)
      if (cached) into.set(at, cached)
      else toRead.push(at)
    }
    if (toRead.length === 0) return
    toRead.sort((a, b) => a - b)
    const { offsets, frequencies, section } = index
    const base = section.postingsAt
    const ranges = toRead.map((at): [number, number] => [
      base + (offsets[at] as number),
      base + (offsets[at + 1] as number)
    ])
    const lists = await readRanges(this.handle, ranges, POSTINGS_GAP)
    toRead.forEach((at, i) => {
      const bytes = lists[i] as Uint8Array
      const view = postingsOf(bytes, frequencies[at] as number, this.header.entries, this.header.resolution)
      // A short list is copied for the cache, so that it does not keep a long read alive.
      const list = view.byteLength * 4 < bytes.buffer.byteLength ? view.slice() : view
      this.cache.set(index.key + at, list)
      into.set(at, list)
    })
  }
}
