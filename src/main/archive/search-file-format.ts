// The layout of search.folio, the archive's full-text index made by the build tool: a fixed header with the
// sections' offsets, then entry records, each kind's sorted terms and their posting lists, read by range.

import { SEARCH_KINDS, type SearchKind } from '../../shared/search/types'
import { ArchiveError } from './archive-error'

/**
 * search.folio, all numbers little-endian; offsets and lengths are in bytes from the start of the file,
 * as u64 in the header and as float64 (exact integers) in the tables.
 *
 *   header     HEADER_BYTES: magic "FOLIOIDX", u32 version, u32 resolution (score slots), u32 entries,
 *              u32 kinds, u64 file length, u64 records at, u64 records length, u64 entry offsets at,
 *              then one KIND_BYTES block per kind: u32 kind code (its place in SEARCH_KINDS), u32 entries
 *              indexed, u32 terms, u32 0, u64 terms at, u64 terms length, u64 tables at, u64 postings at,
 *              u64 postings length.
 *   records    entry after entry, numbered from 0 in the order SearchIndex would number them: each the
 *              UTF-8 JSON `[id, kind, docId, targetId, title | null, text]`.
 *   offsets    entries + 1 float64: where each record starts, relative to the records; the last is their length.
 *   per kind   terms: UTF-8, the kind's terms sorted (UTF-16 code-unit order, as `<`), joined by "\n";
 *              tables: terms × u32 document frequency, then terms + 1 float64 posting-list offsets
 *              (relative to the postings, the last their length);
 *              postings: per term, in term order, its packed postings (entry × 4 + score slot) as sorted
 *              int32: read straight into the arrays the matcher reads, nothing to decode.
 */
export const SEARCH_FILE = 'search.folio'
export const MAGIC = 'FOLIOIDX'
export const SEARCH_FILE_VERSION = 2
const FIXED_BYTES = 56
export const KIND_BYTES = 56
export const HEADER_BYTES = FIXED_BYTES + KIND_BYTES * SEARCH_KINDS.length

/** Where one kind's term index lies in the file. */
export interface KindSection {
  kind: SearchKind
  /** Entries of the kind that have at least one term (the idf's document count). */
  size: number
  terms: number
  termsAt: number
  termsLength: number
  tablesAt: number
  postingsAt: number
  postingsLength: number
}

/** What the header says. */
export interface SearchFileHeader {
  resolution: number
  entries: number
  fileLength: number
  recordsAt: number
  recordsLength: number
  offsetsAt: number
  kinds: KindSection[]
}

/** Bytes of a kind's tables: frequencies (u32) then posting offsets (float64), 8-byte aligned. */
export const tablesLength = (terms: number): number => align8(terms * 4) + (terms + 1) * 8
export const align8 = (n: number): number => Math.ceil(n / 8) * 8

/** The index is damaged: what is wrong, in French. */
export const damaged = (detail: string): ArchiveError =>
  new ArchiveError({
    kind: 'invalid-manifest',
    file: SEARCH_FILE,
    message: `L’index de recherche de l’archive est endommagé (${detail}). Reconstruisez l’archive.`
  })

export function encodeHeader(header: SearchFileHeader): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES)
  const view = new DataView(bytes.buffer)
  bytes.set(new TextEncoder().encode(MAGIC), 0)
  const u64 = (at: number, value: number): void => view.setBigUint64(at, BigInt(value), true)
  view.setUint32(8, SEARCH_FILE_VERSION, true)
  view.setUint32(12, header.resolution, true)
  view.setUint32(16, header.entries, true)
  view.setUint32(20, header.kinds.length, true)
  u64(24, header.fileLength)
  u64(32, header.recordsAt)
  u64(40, header.recordsLength)
  u64(48, header.offsetsAt)
  header.kinds.forEach((k, i) => {
    const at = FIXED_BYTES + i * KIND_BYTES
    view.setUint32(at, SEARCH_KINDS.indexOf(k.kind), true)
    view.setUint32(at + 4, k.size, true)
    view.setUint32(at + 8, k.terms, true)
    u64(at + 16, k.termsAt)
    u64(at + 24, k.termsLength)
    u64(at + 32, k.tablesAt)
    u64(at + 40, k.postingsAt)
    u64(at + 48, k.postingsLength)
  })
  return bytes
}

/** Reads and checks the header of a file of `fileLength` bytes: every section inside the file, counts that fit. */
export function decodeHeader(bytes: Uint8Array, fileLength: number): SearchFileHeader {
  if (bytes.length < HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw damaged('ce n’est pas un index Folio')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(8, true)
  if (version !== SEARCH_FILE_VERSION) throw damaged(`version ${version} inconnue`)
  const u64 = (at: number): number => {
    const value = view.getBigUint64(at, true)
    if (value > BigInt(fileLength)) throw damaged('une position au-delà de la fin du fichier')
    return Number(value)
  }
  const declared = view.getBigUint64(24, true)
  if (declared !== BigInt(fileLength))
    throw new ArchiveError({
      kind: 'unreadable',
      file: SEARCH_FILE,
      message: `L’index de recherche de l’archive est tronqué (${fileLength} octets sur ${declared}). Reconstruisez l’archive.`
    })
  const header: SearchFileHeader = {
    resolution: view.getUint32(12, true),
    entries: view.getUint32(16, true),
    fileLength,
    recordsAt: u64(32),
    recordsLength: u64(40),
    offsetsAt: u64(48),
    kinds: []
  }
  const kindCount = view.getUint32(20, true)
  if (header.resolution < 1 || header.resolution > 4) throw damaged('une résolution impossible')
  if (kindCount > SEARCH_KINDS.length) throw damaged('trop de sortes d’entrées')
  const within = (at: number, length: number): void => {
    if (at < HEADER_BYTES || at + length > fileLength) throw damaged('une section hors du fichier')
  }
  within(header.recordsAt, header.recordsLength)
  within(header.offsetsAt, (header.entries + 1) * 8)
  if (header.entries > header.recordsLength || header.entries > MAX_ENTRIES)
    throw damaged('plus d’entrées que de place pour elles')
  for (let i = 0; i < kindCount; i++) {
    const at = FIXED_BYTES + i * KIND_BYTES
    const kind = SEARCH_KINDS[view.getUint32(at, true)]
    if (kind === undefined || header.kinds.some((k) => k.kind === kind)) throw damaged('une sorte d’entrées inconnue')
    const section: KindSection = {
      kind,
      size: view.getUint32(at + 4, true),
      terms: view.getUint32(at + 8, true),
      termsAt: u64(at + 16),
      termsLength: u64(at + 24),
      tablesAt: u64(at + 32),
      postingsAt: u64(at + 40),
      postingsLength: u64(at + 48)
    }
    within(section.termsAt, section.termsLength)
    within(section.tablesAt, tablesLength(section.terms))
    within(section.postingsAt, section.postingsLength)
    if (section.size > header.entries || section.terms * 2 > section.termsLength + 1)
      throw damaged('des nombres impossibles')
    header.kinds.push(section)
  }
  return header
}

/** Most entries a file can hold: a packed posting (entry × 4 + slot) must stay an int32. */
export const MAX_ENTRIES = 2 ** 29 - 1

/**
 * One posting list of `count` postings read from the file (`bytes`, 4-byte aligned), as the int32 view the
 * matcher reads; checks what a damaged file could break: strictly increasing values, entries below
 * `entries`, slots below `slots`.
 */
export function postingsOf(bytes: Uint8Array, count: number, entries: number, slots: number): Int32Array {
  if (bytes.length !== count * 4 || bytes.byteOffset % 4 !== 0)
    throw damaged('une liste d’occurrences de mauvaise longueur')
  const list = new Int32Array(bytes.buffer, bytes.byteOffset, count)
  const limit = entries * 4
  let previous = -1
  for (let k = 0; k < count; k++) {
    const value = list[k] as number
    if (value <= previous || value >= limit || (value & 3) >= slots) throw damaged('une occurrence hors de l’index')
    previous = value
  }
  return list
}
