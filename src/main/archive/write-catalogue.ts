// Writes an archive's catalogue.folio (layout in catalogue-format.ts) from its entries' metadata: rows sorted
// by title, their positions, the id index and the match keys. Atomically: a temporary file, flushed, renamed.

import { randomBytes } from 'node:crypto'
import { open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { matchKey, titleCollator } from '../../shared/library/title-filter'
import {
  CATALOGUE_FILE,
  FORMAT_VERSION,
  KEY_SEPARATOR,
  MAGIC,
  MAX_HEADER_BYTES,
  MAX_ID_WIDTH,
  MAX_ROWS,
  POSITION_BYTES,
  PREAMBLE_BYTES,
  ROW_INDEX_BYTES,
  type CatalogueHeader,
  type CatalogueInput
} from './catalogue-format'
import { ARCHIVE_ID } from './manifest-schema'
import { archiveIdOf } from './memory-catalogue'

/** Bytes gathered before each write to the file. */
const CHUNK_BYTES = 1024 * 1024

/** A row as stored: the manifest's key order, the title last, optional lists only when they hold something. */
const rowJson = (entry: CatalogueInput): string =>
  JSON.stringify({
    id: entry.id,
    file: entry.file,
    language: entry.language,
    sha256: entry.sha256,
    bytes: entry.bytes,
    ...(entry.infoboxLabels?.length ? { infoboxLabels: entry.infoboxLabels } : {}),
    ...(entry.notes?.length ? { notes: entry.notes } : {}),
    title: entry.title
  })

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Writes `buffers` through `handle` in chunks of about CHUNK_BYTES. */
async function writeAll(handle: FileHandle, buffers: Iterable<Uint8Array>): Promise<void> {
  let pending: Uint8Array[] = []
  let size = 0
  const flush = async () => {
    if (size > 0) await handle.write(Buffer.concat(pending, size))
    pending = []
    size = 0
  }
  for (const buffer of buffers) {
    pending.push(buffer)
    size += buffer.byteLength
    if (size >= CHUNK_BYTES) await flush()
  }
  await flush()
}

/** Flushes the folder's entries so the rename survives a power cut (a platform that cannot is let be). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
  }
}

/** The id index: (id, row index) records sorted by id, each id NUL-padded to `width` bytes. */
function idIndex(sorted: readonly CatalogueInput[], width: number): Buffer {
  const order = sorted.map((entry, index) => ({ id: entry.id, index })).sort((a, b) => byCodePoint(a.id, b.id))
  const record = width + ROW_INDEX_BYTES
  const ids = Buffer.alloc(order.length * record)
  order.forEach(({ id, index }, at) => {
    ids.write(id, at * record, 'latin1')
    ids.writeUInt32LE(index, at * record + width)
  })
  return ids
}

/**
 * Writes `outDir/catalogue.folio` for `entries` (valid manifest entries with their titles, ids unique).
 * Memory holds the entries' metadata, their keys and the fixed-width tables, never a text.
 */
export async function writeCatalogue(
  outDir: string,
  archive: { name: string; description: string },
  entries: readonly CatalogueInput[]
): Promise<void> {
  if (entries.length > MAX_ROWS) throw new Error(`Plus de ${MAX_ROWS} documents : le catalogue ne peut les tenir.`)
  const sorted = [...entries].sort((a, b) => titleCollator.compare(a.title, b.title))
  let width = 1
  for (const { id } of sorted) {
    if (!ARCHIVE_ID.test(id) || id.length > MAX_ID_WIDTH) throw new Error(`L’id « ${id} » est refusé.`)
    width = Math.max(width, id.length)
  }

  // Rows are sized first and encoded again when written, so their JSON is never all held at once.
  const positions = Buffer.alloc((sorted.length + 1) * POSITION_BYTES)
  let rowsLength = 0
  sorted.forEach((entry, index) => {
    positions.writeBigUInt64LE(BigInt(rowsLength), index * POSITION_BYTES)
    rowsLength += Buffer.byteLength(rowJson(entry))
  })
  positions.writeBigUInt64LE(BigInt(rowsLength), sorted.length * POSITION_BYTES)
  const ids = idIndex(sorted, width)
  const keys = Buffer.from(sorted.map((entry) => `${matchKey(entry.title)}${KEY_SEPARATOR}`).join(''))

  let offset = 0
  const place = (length: number) => ({ offset: (offset += length) - length, length })
  const header: CatalogueHeader = {
    name: archive.name,
    description: archive.description,
    count: sorted.length,
    id: archiveIdOf(
      archive.name,
      sorted.map((entry) => entry.id)
    ),
    idWidth: width,
    sections: {
      rows: place(rowsLength),
      positions: place(positions.length),
      ids: place(ids.length),
      keys: place(keys.length)
    }
  }
  const headerBytes = Buffer.from(JSON.stringify(header))
  if (headerBytes.length > MAX_HEADER_BYTES) throw new Error('L’en-tête du catalogue est trop long.')
  const preamble = Buffer.alloc(PREAMBLE_BYTES)
  preamble.write(MAGIC, 0, 'latin1')
  preamble.writeUInt32LE(FORMAT_VERSION, 8)
  preamble.writeUInt32LE(headerBytes.length, 12)

  function* content(): Generator<Uint8Array> {
    yield preamble
    yield headerBytes
    for (const entry of sorted) yield Buffer.from(rowJson(entry))
    yield positions
    yield ids
    yield keys
  }

  const temporary = join(outDir, `.folio-${randomBytes(8).toString('hex')}.tmp`)
  const handle = await open(temporary, 'wx', 0o666)
  try {
    await writeAll(handle, content())
    await handle.sync()
    await handle.close()
    await rename(temporary, join(outDir, CATALOGUE_FILE))
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw error
  }
  await syncFolder(outDir)
}
