// Reading an open catalogue.folio: its header, every length and offset checked against the file's size,
// ranges of its sections read whole, and the error every damage found in it becomes.

import type { FileHandle } from 'node:fs/promises'
import { readAt } from '../files/read-at'
import { ArchiveError, fileError } from './archive-error'
import {
  CATALOGUE_FILE,
  FORMAT_VERSION,
  MAGIC,
  MAX_HEADER_BYTES,
  MAX_KEY_BYTES,
  MAX_ROW_BYTES,
  POSITION_BYTES,
  PREAMBLE_BYTES,
  ROW_INDEX_BYTES,
  catalogueHeaderSchema,
  type CatalogueHeader
} from './catalogue-format'
import { describeIssues } from './manifest-schema'

/** An open catalogue: its file, its checked header, and where its sections start. */
export interface CatalogueFile {
  handle: FileHandle
  header: CatalogueHeader
  dataStart: number
}

/** The error of a damaged catalogue. */
export const invalid = (message: string) =>
  new ArchiveError({ kind: 'invalid-manifest', file: CATALOGUE_FILE, message: `Catalogue invalide — ${message}` })

export const utf8 = new TextDecoder('utf-8', { fatal: true })

/** `length` bytes at `position`, which the caller checked lie inside the file. */
export async function readRange(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const read = await readAt(handle, buffer, position).catch((error: unknown) => {
    throw fileError(CATALOGUE_FILE, error)
  })
  if (read < length) throw invalid('le fichier a raccourci depuis son ouverture (tronqué).')
  return buffer
}

/** `length` bytes at `offset` in section `name` (checked by {@link readHeader} to lie inside the file). */
export function readSection(
  { handle, header, dataStart }: CatalogueFile,
  name: keyof CatalogueHeader['sections'],
  offset: number,
  length: number
): Promise<Buffer> {
  return readRange(handle, dataStart + header.sections[name].offset + offset, length)
}

/** The header, every length and offset checked against the file's size before anything else is read. */
export async function readHeader(
  handle: FileHandle,
  size: number
): Promise<{ header: CatalogueHeader; dataStart: number }> {
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
