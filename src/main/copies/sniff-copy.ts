// What a file the user chose to attach as a copy is, from its name AND its bytes: a PDF, a saved web page, or
// why it is refused (empty, too large, not what its name says, neither kind), in French words naming it.

import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { COPY_LIMITS, type CopyKind, type CopyRefusal } from '../../shared/copies/copy-types'
import { acceptedFormatOf } from '../../shared/library/accepted-files'
import { toDisplayName } from '../library/display-name'
import { FileRefusal, readRegularFile } from '../library/read-regular-file'

/** How far into a file its PDF header may start (as PDF readers accept: some files carry junk before it). */
export const PDF_HEADER_WITHIN = 1024
/** How much of a saved page is looked at to tell it is HTML. */
export const HTML_SNIFF_BYTES = 64 * 1024

export type CopyLimits = Readonly<Record<CopyKind, number>>

export type SniffedCopy =
  | { ok: true; kind: CopyKind; fileName: string; bytes: Uint8Array }
  | { ok: false; reason: Exclude<CopyRefusal, 'canceled'>; message: string }

const KIND_NAMES: Record<CopyKind, string> = { pdf: 'un PDF', html: 'une page web enregistrée' }

const PDF_MAGIC = '%PDF-'
const HTML_MARK = /<html|<!doctype\s+html|<head|<body/i
/** A declared single-byte Western charset (`<meta charset=…>` or `content="text/html; charset=…"`). */
const LATIN_CHARSET =
  /<meta\b[^>]*charset\s*=\s*["']?\s*(iso-8859-1|iso8859-1|latin-?1|l1|windows-1252|cp1252|us-ascii)\b/i

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`

/** Where "%PDF-" starts within the first {@link PDF_HEADER_WITHIN} bytes, or -1. */
export function pdfHeaderAt(bytes: Uint8Array): number {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WITHIN + 5))
  const at = head.indexOf(PDF_MAGIC, 0, 'latin1')
  return at >= 0 && at < PDF_HEADER_WITHIN ? at : -1
}

/**
 * A saved page's text: UTF-8 when its bytes are, Windows-1252 (what browsers read "latin1" as) when they are not
 * and the page declares a Western single-byte charset, or null when it is neither. With `whole` false, `bytes` are
 * the file's beginning: a character cut at their end is not an error.
 */
export function decodeSavedPage(bytes: Uint8Array, whole = true): string | null {
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  try {
    return utf8.decode(bytes, { stream: !whole })
  } catch {
    const ascii = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HTML_SNIFF_BYTES))
    if (!LATIN_CHARSET.test(ascii.toString('latin1'))) return null
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Why `bytes`, named as a copy of `kind`, are not one (null when they are). */
function mismatch(kind: CopyKind, bytes: Uint8Array, fileName: string): string | null {
  const isPdf = pdfHeaderAt(bytes) >= 0
  if (kind === 'pdf')
    return isPdf ? null : `« ${fileName} » n’est pas un PDF : le fichier ne commence pas par ${PDF_MAGIC}.`
  if (isPdf) return `« ${fileName} » est un PDF, pas une page web : renommez-le en .pdf pour l’ajouter.`
  const head = bytes.subarray(0, HTML_SNIFF_BYTES)
  const text = decodeSavedPage(head, false)
  if (text === null)
    return `« ${fileName} » n’est pas une page web : son texte n’est ni en UTF-8 ni dans un encodage qu’il déclare.`
  if (!HTML_MARK.test(text))
    return `« ${fileName} » n’est pas une page web : aucune balise <html>, <head> ou <body> au début du fichier.`
  return null
}

/**
 * Reads the file at `path` if it is a copy Folio takes: its kind from its extension, its size (checked before
 * anything is read) within `limits`, its bytes what the kind says. A link the user picked is followed.
 */
export async function sniffCopy(path: string, limits: CopyLimits = COPY_LIMITS): Promise<SniffedCopy> {
  const fileName = toDisplayName(basename(path))
  const format = acceptedFormatOf(fileName)
  const kind: CopyKind | null = format === 'pdf' || format === 'html' ? format : null
  if (!kind) {
    const text = `« ${fileName} » : seuls les PDF (.pdf) et les pages web enregistrées (.html, .htm) peuvent être ajoutés comme copie.`
    return { ok: false, reason: 'unsupported', message: text }
  }
  const limit = limits[kind]
  const tooLarge = (size: number) => ({
    ok: false as const,
    reason: 'too-large' as const,
    message: `« ${fileName} » (${megabytes(size)}) dépasse ${megabytes(limit)}, la taille la plus grande qu’${KIND_NAMES[kind]} peut avoir dans Folio.`
  })
  let bytes: Uint8Array
  try {
    const { size } = await stat(path)
    if (size === 0) return { ok: false, reason: 'empty', message: `« ${fileName} » est vide (0 octet).` }
    if (size > limit) return tooLarge(size)
    bytes = await readRegularFile(path, { limit, followLinks: true })
  } catch (error) {
    if (error instanceof FileRefusal && error.reason === 'too-large') return tooLarge(error.bytes)
    if (error instanceof FileRefusal)
      return { ok: false, reason: 'failed', message: `« ${fileName} » : ${error.message}` }
    return { ok: false, reason: 'failed', message: `« ${fileName} » n’a pas pu être lu : ${message(error)}` }
  }
  // Emptied between the check and the read.
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty', message: `« ${fileName} » est vide (0 octet).` }
  const problem = mismatch(kind, bytes, fileName)
  if (problem) return { ok: false, reason: 'mismatch', message: problem }
  return { ok: true, kind, fileName, bytes }
}
