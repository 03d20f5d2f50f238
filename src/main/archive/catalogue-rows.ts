// The rows of an open catalogue: read by runs of consecutive indexes (one range each, row by row when it
// is large), each position and row checked, the last few pages' worth kept parsed.

import { MAX_ROW_BYTES, POSITION_BYTES, catalogueEntrySchema, type CatalogueEntry } from './catalogue-format'
import { invalid, readSection, utf8, type CatalogueFile } from './catalogue-header'
import { describeIssues } from './manifest-schema'

/** Rows kept parsed (a page, the rows looked up by id, the documents read): a few pages' worth. */
const CACHED_ROWS = 2048
/** A run of rows read in one go up to this size, row by row beyond (a hostile file's huge rows). */
const MAX_RUN_BYTES = 4 * 1024 * 1024

export interface CatalogueRows {
  /** Rows `first…last` (inclusive), from the cache or read as one range (row by row when that is large). */
  readRun(first: number, last: number): Promise<CatalogueEntry[]>
  /** The rows at `indexes` (ascending), consecutive ones read together. */
  readRows(indexes: ArrayLike<number>): Promise<CatalogueEntry[]>
  /** The rows kept parsed, least recently used first. */
  cached(): Iterable<CatalogueEntry>
}

export function catalogueRows(file: CatalogueFile): CatalogueRows {
  const { sections } = file.header
  /** Row index → its entry, most recently used last. */
  const cached = new Map<number, CatalogueEntry>()

  const remember = (index: number, entry: CatalogueEntry) => {
    cached.delete(index)
    cached.set(index, entry)
    if (cached.size > CACHED_ROWS) cached.delete(cached.keys().next().value as number)
  }

  const parseRow = (bytes: Uint8Array, index: number): CatalogueEntry => {
    let json: unknown
    try {
      json = JSON.parse(utf8.decode(bytes))
    } catch {
      throw invalid(`la ligne ${index} est illisible.`)
    }
    const parsed = catalogueEntrySchema.safeParse(json)
    if (!parsed.success) throw invalid(`ligne ${index} — ${describeIssues(parsed.error)}`)
    return parsed.data
  }

  /** Where rows `first…last` (inclusive) lie in the rows section, checked. */
  const rowBounds = async (first: number, last: number): Promise<number[]> => {
    const table = await readSection(file, 'positions', first * POSITION_BYTES, (last - first + 2) * POSITION_BYTES)
    const bounds: number[] = []
    for (let i = 0; i <= last - first + 1; i++) {
      const bound = Number(table.readBigUInt64LE(i * POSITION_BYTES))
      const previous = bounds[i - 1] ?? 0
      if (bound < previous || bound > sections.rows.length || (i > 0 && bound - previous > MAX_ROW_BYTES))
        throw invalid(`la position de la ligne ${first + i} est hors du fichier.`)
      bounds.push(bound)
    }
    return bounds
  }

  const readRun = async (first: number, last: number): Promise<CatalogueEntry[]> => {
    const all: CatalogueEntry[] = []
    for (let index = first; index <= last && cached.has(index); index++) all.push(cached.get(index) as CatalogueEntry)
    if (all.length === last - first + 1) return all
    const from = first + all.length
    const bounds = await rowBounds(from, last)
    const start = bounds[0] as number
    const span = (bounds[bounds.length - 1] as number) - start
    const whole = span <= MAX_RUN_BYTES ? await readSection(file, 'rows', start, span) : null
    for (let i = 0; i < bounds.length - 1; i++) {
      const [begin, end] = [bounds[i] as number, bounds[i + 1] as number]
      const bytes = whole
        ? whole.subarray(begin - start, end - start)
        : await readSection(file, 'rows', begin, end - begin)
      const entry = parseRow(bytes, from + i)
      remember(from + i, entry)
      all.push(entry)
    }
    return all
  }

  const readRows = async (indexes: ArrayLike<number>): Promise<CatalogueEntry[]> => {
    const runs: Promise<CatalogueEntry[]>[] = []
    for (let i = 0; i < indexes.length;) {
      let j = i
      while (j + 1 < indexes.length && indexes[j + 1] === (indexes[j] as number) + 1) j++
      runs.push(readRun(indexes[i] as number, indexes[j] as number))
      i = j + 1
    }
    return (await Promise.all(runs)).flat()
  }

  return { readRun, readRows, cached: () => cached.values() }
}
