// The catalogue of an archive built with a catalogue.folio (catalogue-format.ts): opening reads its header
// only; pages, rows by id and the title filter read ranges of it; a document is read and verified when asked for.

import { readAt } from '../files/read-at'
import { constants } from 'node:fs'
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveProblem, ArchiveRow } from '../../shared/archive/archive-types'
import type { ArchiveCatalogue } from './archive-catalogue'
import { ArchiveError, fileError } from './archive-error'
import {
  CATALOGUE_FILE,
  FORMAT_VERSION,
  KEY_SEPARATOR,
  MAGIC,
  MAX_HEADER_BYTES,
  MAX_KEY_BYTES,
  MAX_ROW_BYTES,
  POSITION_BYTES,
  PREAMBLE_BYTES,
  ROW_INDEX_BYTES,
  catalogueEntrySchema,
  catalogueHeaderSchema,
  pageWindow,
  type CatalogueEntry,
  type CatalogueHeader
} from './catalogue-format'
import { ARCHIVE_ID, describeIssues } from './manifest-schema'
import { mapLimited } from '../files/map-limited'
import { readArchiveDocument, verifyArchiveDocument } from './read-archive-document'
import { titleKeyFilter, type TitleKeyFilter } from './title-key-filter'

/** Files checked at once when a page is verified. */
const VERIFY_CONCURRENCY = 8

/** Rows kept parsed (a page, the rows looked up by id, the documents read): a few pages' worth. */
const CACHED_ROWS = 2048
/** A run of rows read in one go up to this size, row by row beyond (a hostile file's huge rows). */
const MAX_RUN_BYTES = 4 * 1024 * 1024

// O_NONBLOCK: a FIFO put in the catalogue's place opens at once instead of waiting for a writer (no hang).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

const invalid = (message: string) =>
  new ArchiveError({ kind: 'invalid-manifest', file: CATALOGUE_FILE, message: `Catalogue invalide — ${message}` })

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** `length` bytes at `position`, which the caller checked lie inside the file. */
async function readRange(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const read = await readAt(handle, buffer, position).catch((error: unknown) => {
    throw fileError(CATALOGUE_FILE, error)
  })
  if (read < length) throw invalid('le fichier a raccourci depuis son ouverture (tronqué).')
  return buffer
}

/** The header, every length and offset checked against the file's size before anything else is read. */
async function readHeader(handle: FileHandle, size: number): Promise<{ header: CatalogueHeader; dataStart: number }> {
  if (size < PREAMBLE_BYTES) throw invalid(`le fichier est trop court (${size} octets).`)
  const preamble = await readRange(handle, 0, PREAMBLE_BYTES)
  if (preamble.toString('latin1', 0, 8) !== MAGIC) throw invalid('ce n’est pas un catalogue d’archive Folio.')
  const version = preamble.readUInt32LE(8)
  if (version !== FORMAT_VERSION) throw invalid(`version ${version}, inconnue de cette version de Folio.`)
  const headerLength = preamble.readUInt32LE(12)
  if (headerLength > MAX_HEADER_BYTES || PREAMBLE_BYTES + headerLength > size)
    throw invalid(`l’en-tête annonce ${headerLength} octets, le fichier en a ${size}.`)
  let json: unknown
  try {
    json = JSON.parse(utf8.decode(await readRange(handle, PREAMBLE_BYTES, headerLength)))
  } catch (error) {
    if (error instanceof ArchiveError) throw error
    throw invalid('l’en-tête est illisible.')
  }
  const parsed = catalogueHeaderSchema.safeParse(json)
  if (!parsed.success) throw invalid(`en-tête — ${describeIssues(parsed.error)}`)
  const header = parsed.data
  const dataStart = PREAMBLE_BYTES + headerLength
  const { count, idWidth, sections } = header
  const expected = {
    rows: sections.rows.length <= count * MAX_ROW_BYTES,
    positions: sections.positions.length === (count + 1) * POSITION_BYTES,
    ids: sections.ids.length === count * (idWidth + ROW_INDEX_BYTES),
    keys: sections.keys.length <= count * MAX_KEY_BYTES
  }
  for (const name of ['rows', 'positions', 'ids', 'keys'] as const) {
    const { offset, length } = sections[name]
    if (!expected[name] || dataStart + offset + length > size)
      throw invalid(`la section « ${name} » (${length} octets) ne tient pas dans le fichier pour ${count} lignes.`)
  }
  return { header, dataStart }
}

const notAFile = () =>
  new ArchiveError({ kind: 'unreadable', file: CATALOGUE_FILE, message: 'Ce n’est pas un fichier ordinaire.' })

/** Opens `dir`'s catalogue.folio. @throws ArchiveError (file 'catalogue.folio') when it is missing or damaged. */
export async function openFileCatalogue(dir: string): Promise<ArchiveCatalogue> {
  let root: string
  let handle: FileHandle
  try {
    root = await realpath(dir)
    const path = join(root, CATALOGUE_FILE)
    // A link, a folder or a FIFO in its place is refused before it is opened (and again once it is).
    if (!(await lstat(path)).isFile()) throw notAFile()
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    throw error instanceof ArchiveError ? error : fileError(CATALOGUE_FILE, error)
  }
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) throw notAFile()
    return fileCatalogue(root, handle, await readHeader(handle, opened.size))
  } catch (error) {
    await handle.close()
    throw error instanceof ArchiveError ? error : fileError(CATALOGUE_FILE, error)
  }
}

function fileCatalogue(
  root: string,
  handle: FileHandle,
  { header, dataStart }: { header: CatalogueHeader; dataStart: number }
): ArchiveCatalogue {
  const { count, idWidth, sections } = header
  const at = (name: keyof CatalogueHeader['sections'], offset: number) => dataStart + sections[name].offset + offset
  /** Row index → its entry, most recently used last. */
  const cached = new Map<number, CatalogueEntry>()
  /** Problems found reading documents, by id: their rows carry them from then on. */
  const problems = new Map<string, ArchiveProblem>()
  let filter: Promise<TitleKeyFilter> | null = null

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
    const table = await readRange(handle, at('positions', first * POSITION_BYTES), (last - first + 2) * POSITION_BYTES)
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

  /** Rows `first…last` (inclusive), from the cache or read as one range (row by row when that is large). */
  const readRun = async (first: number, last: number): Promise<CatalogueEntry[]> => {
    const all: CatalogueEntry[] = []
    for (let index = first; index <= last && cached.has(index); index++) all.push(cached.get(index) as CatalogueEntry)
    if (all.length === last - first + 1) return all
    const from = first + all.length
    const bounds = await rowBounds(from, last)
    const start = bounds[0] as number
    const span = (bounds[bounds.length - 1] as number) - start
    const whole = span <= MAX_RUN_BYTES ? await readRange(handle, at('rows', start), span) : null
    for (let i = 0; i < bounds.length - 1; i++) {
      const [begin, end] = [bounds[i] as number, bounds[i + 1] as number]
      const bytes = whole
        ? whole.subarray(begin - start, end - start)
        : await readRange(handle, at('rows', begin), end - begin)
      const entry = parseRow(bytes, from + i)
      remember(from + i, entry)
      all.push(entry)
    }
    return all
  }

  /** The rows at `indexes` (ascending), consecutive ones read together. */
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

  /** The index of the row whose id is `id`, by binary search over the id records. */
  const indexOf = async (id: string): Promise<number | undefined> => {
    const record = idWidth + ROW_INDEX_BYTES
    let low = 0
    let high = count
    while (low < high) {
      const middle = (low + high) >>> 1
      const bytes = await readRange(handle, at('ids', middle * record), record)
      const end = bytes.indexOf(0)
      const found = bytes.toString('latin1', 0, end === -1 || end > idWidth ? idWidth : end)
      if (found === id) {
        const index = bytes.readUInt32LE(idWidth)
        if (index >= count) throw invalid(`l’id « ${id} » mène à une ligne hors du catalogue.`)
        return index
      }
      if (found < id) low = middle + 1
      else high = middle
    }
    return undefined
  }

  const entryOf = async (id: string): Promise<CatalogueEntry | undefined> => {
    if (!ARCHIVE_ID.test(id)) return undefined
    for (const entry of cached.values()) if (entry.id === id) return entry
    const index = await indexOf(id)
    if (index === undefined) return undefined
    const [entry] = await readRun(index, index)
    if (entry?.id !== id) throw invalid(`l’id « ${id} » mène à la ligne d’un autre document.`)
    return entry
  }

  const loadFilter = async (): Promise<TitleKeyFilter> => {
    const bytes = await readRange(handle, at('keys', 0), sections.keys.length)
    let text: string
    try {
      text = utf8.decode(bytes)
    } catch {
      throw invalid('les clés des titres ne sont pas en UTF-8.')
    }
    const keys = titleKeyFilter(text)
    if (keys.count !== count || !text.endsWith(KEY_SEPARATOR))
      throw invalid(`${keys.count} clés de titre pour ${count} lignes.`)
    return keys
  }

  /** Where the row of `id` is among `positions` (all rows when null), by binary search; -1 when not there. */
  const locatedIn = async (positions: Uint32Array | null, id: string): Promise<number> => {
    const index = ARCHIVE_ID.test(id) ? await indexOf(id) : undefined
    if (index === undefined) return -1
    if (!positions) return index
    let low = 0
    let high = positions.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((positions[middle] as number) < index) low = middle + 1
      else high = middle
    }
    return positions[low] === index ? low : -1
  }

  /** Ids whose file was checked and matched (a document read is checked too). */
  const verified = new Set<string>()
  /** Checks one row's file once: a problem is remembered as its row's. */
  const check = async (entry: CatalogueEntry): Promise<void> => {
    if (verified.has(entry.id) || problems.has(entry.id)) return
    try {
      await verifyArchiveDocument(root, entry)
      verified.add(entry.id)
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error
      problems.set(entry.id, error.problem)
    }
  }

  const rowOf = (entry: CatalogueEntry): ArchiveRow => {
    const problem = problems.get(entry.id)
    // A damaged document goes by its file's name: the title listed was the text's, which is no longer what is there.
    return problem
      ? { id: entry.id, file: entry.file, title: entry.file, problem }
      : { id: entry.id, file: entry.file, title: entry.title }
  }

  let closed: Promise<void> | null = null
  return {
    info: { id: header.id, name: header.name, description: header.description, count },
    root,
    async page({ offset, limit, query, locate, verify }) {
      let positions: Uint32Array | null = null
      if (query) {
        const loading = (filter ??= loadFilter())
        loading.catch(() => (filter = null))
        positions = (await loading).filter(query)
      }
      const total = positions ? positions.length : count
      const located = locate === undefined ? {} : { located: await locatedIn(positions, locate) }
      const { start, end } = pageWindow(offset, limit, total)
      if (start === end) return { total, offset: start, rows: [], ...located }
      const entries = positions ? await readRows(positions.subarray(start, end)) : await readRun(start, end - 1)
      if (verify) await mapLimited(entries, VERIFY_CONCURRENCY, check)
      const unverified = entries.some((entry) => !verified.has(entry.id) && !problems.has(entry.id))
      return { total, offset: start, rows: entries.map(rowOf), ...located, ...(unverified ? { unverified } : {}) }
    },
    async row(id) {
      const entry = await entryOf(id)
      return entry && rowOf(entry)
    },
    async read(id) {
      let entry: CatalogueEntry | undefined
      try {
        entry = await entryOf(id)
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error
        return { ok: false, damaged: { id, file: CATALOGUE_FILE, title: id, problem: error.problem } }
      }
      if (!entry) {
        const problem: ArchiveProblem = { kind: 'missing', file: id, message: 'L’archive ne liste pas ce document.' }
        return { ok: false, damaged: { id, file: id, title: id, problem } }
      }
      try {
        const read = await readArchiveDocument(root, entry)
        problems.delete(id)
        verified.add(id)
        return { ok: true, entry: read }
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error
        problems.set(id, error.problem)
        verified.delete(id)
        return { ok: false, damaged: { id, file: entry.file, title: entry.file, problem: error.problem } }
      }
    },
    close: () => (closed ??= handle.close())
  }
}
