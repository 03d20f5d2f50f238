// Whether the file an archive lists as a shipped copy is that copy: a plain name in the archive folder, a regular
// file (never a link, which could lead anywhere), a PDF or a saved page as the copy store tells them (sniff-copy.ts),
// of the size and SHA-256 listed. The build checks each listed copy with it, and main again before taking one.

import { createHash } from 'node:crypto'
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileNameRefusal } from '../archive/manifest-schema'
import { sniffCopy, type CopyLimits, type SniffedCopy } from './sniff-copy'

export type CheckedCopyFile = Extract<SniffedCopy, { ok: true }> & { sha256: string }

export type ShippedCopyCheck = { ok: true; copy: CheckedCopyFile } | { ok: false; message: string }

/** What the listing says of the file; the build may leave the size and hash out (then it computes them). */
export interface ListedCopyFile {
  file: string
  sha256?: string
  bytes?: number
}

const no = (message: string): ShippedCopyCheck => ({ ok: false, message })

/** Checks `listed.file` in the folder `root` (read whole, at most the copy limit of its kind). Never throws. */
export async function checkShippedCopyFile(
  root: string,
  listed: ListedCopyFile,
  limits?: CopyLimits
): Promise<ShippedCopyCheck> {
  const { file } = listed
  const refusal = fileNameRefusal(file)
  if (refusal) return no(`« ${file} » : ${refusal}.`)
  const path = join(root, file)
  try {
    const info = await lstat(path)
    if (info.isSymbolicLink())
      return no(`« ${file} » est un lien symbolique : une copie fournie doit être un fichier du dossier lui-même.`)
    if (!info.isFile()) return no(`« ${file} » n’est pas un fichier ordinaire.`)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return no(`« ${file} » n’est pas dans le dossier de l’archive.`)
    return no(`« ${file} » n’a pas pu être lu (${code ?? String(error)}).`)
  }
  // A link swapped in after this look is still caught where it matters: the bytes read must hash to the listing.
  const sniffed = await sniffCopy(path, limits)
  if (!sniffed.ok) return no(sniffed.message)
  const { bytes } = sniffed
  if (listed.bytes !== undefined && bytes.byteLength !== listed.bytes)
    return no(
      `« ${file} » fait ${bytes.byteLength} octets, et non ${listed.bytes} comme annoncé : le fichier a changé.`
    )
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (listed.sha256 !== undefined && sha256 !== listed.sha256)
    return no(`« ${file} » a changé : son empreinte SHA-256 n’est pas celle annoncée (${listed.sha256.slice(0, 12)}…).`)
  return { ok: true, copy: { ...sniffed, sha256 } }
}
