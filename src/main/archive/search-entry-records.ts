// The entry records of search.folio (one JSON array per entry: id, kind, document, target, title, text), read
// by range when a query needs them and kept in a small cache; their offsets are read and checked at opening.

import type { FileHandle } from 'node:fs/promises'
import { SEARCH_KINDS, type SearchKind } from '../../shared/search/types'
import { Lru } from './lru'
import { damaged, type SearchFileHeader } from './search-file-format'
import { readRange, readRanges } from './search-file-ranges'

/** An entry as its record holds it. */
export interface EntryRecord {
  id: string
  kind: SearchKind
  docId: string | null
  targetId: string
  title: string | null
  text: string
}

/** Entry records kept between queries. */
const RECORDS_CACHE = 4096
/** Records closer than this are read at once. */
const RECORDS_GAP = 1 << 12

const utf8 = new TextDecoder('utf-8', { fatal: true })

function parseRecord(bytes: Uint8Array): EntryRecord {
  let value: unknown
  try {
    value = JSON.parse(utf8.decode(bytes))
  } catch {
    throw damaged('une entrée illisible')
  }
  const fields = Array.isArray(value) ? (value as unknown[]) : []
  const [id, kind, docId, targetId, title, text] = fields
  const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'
  if (
    fields.length !== 6 ||
    typeof id !== 'string' ||
    !SEARCH_KINDS.includes(kind as SearchKind) ||
    !stringOrNull(docId) ||
    typeof targetId !== 'string' ||
    !stringOrNull(title) ||
    typeof text !== 'string'
  )
    throw damaged('une entrée malformée')
  return { id, kind: kind as SearchKind, docId, targetId, title, text }
}

/** Reads and checks the records' offsets: from 0, increasing, ending at the records' length. */
export async function loadRecordOffsets(handle: FileHandle, header: SearchFileHeader): Promise<Float64Array> {
  const bytes = await readRange(handle, header.offsetsAt, (header.entries + 1) * 8)
  const offsets = new Float64Array(bytes.buffer, 0, header.entries + 1)
  if (offsets[0] !== 0 || offsets[header.entries] !== header.recordsLength) throw damaged('des entrées hors de place')
  for (let n = 0; n < header.entries; n++) {
    if (!((offsets[n + 1] as number) > (offsets[n] as number))) throw damaged('des entrées en désordre')
  }
  return offsets
}

/** The entry records of an open search.folio, by entry number. */
export class EntryRecords {
  private readonly cache = new Lru<number, EntryRecord>(RECORDS_CACHE, () => 1)

  constructor(
    private readonly handle: FileHandle,
    private readonly recordsAt: number,
    private readonly offsets: Float64Array
  ) {}

  /** The records of entries `numbers`, from the cache or read by range. */
  async load(numbers: readonly number[]): Promise<Map<number, EntryRecord>> {
    const found = new Map<number, EntryRecord>()
    const toRead: number[] = []
    for (const n of numbers) {
      const cached = this.cache.get(n)
      if (cached) found.set(n, cached)
      else if (!found.has(n)) toRead.push(n)
    }
    if (toRead.length === 0) return found
    const unique = [...new Set(toRead)].sort((a, b) => a - b)
    const base = this.recordsAt
    const offsets = this.offsets
    const ranges = unique.map((n): [number, number] => [
      base + (offsets[n] as number),
      base + (offsets[n + 1] as number)
    ])
    const records = await readRanges(this.handle, ranges, RECORDS_GAP)
    unique.forEach((n, i) => {
      const entry = parseRecord(records[i] as Uint8Array)
      this.cache.set(n, entry)
      found.set(n, entry)
    })
    return found
  }
}
