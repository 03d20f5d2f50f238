// copies.folio: the copies an archive ships (PDFs, saved pages behind its links), as the build checked them, in a
// small JSON file beside the catalogue, so that opening an archive reads what grows with its copies, never its
// manifest. Each entry is checked again when read: a damaged one costs that copy, not the others.

import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeAtomically } from '../files/atomic-write'
import { FileRefusal, readRegularFile } from '../library/read-regular-file'
import { errorCode } from './archive-error'
import { archiveCopySchema, describeIssues, MAX_SHIPPED_COPIES, type ArchiveCopy } from './manifest-schema'

export const SHIPPED_COPIES_FILE = 'copies.folio'

/** About 250 bytes a copy: room for the most copies an archive ships, and a refusal for anything bigger. */
const MAX_SHIPPED_COPIES_BYTES = 1024 * 1024

const envelopeSchema = z.object({
  format: z.literal('folio-shipped-copies'),
  formatVersion: z.literal(1),
  copies: z.array(z.unknown()).max(MAX_SHIPPED_COPIES)
})

export interface ShippedCopiesRead {
  /** The entries that passed, in the file's order. */
  copies: ArchiveCopy[]
  /** What was refused: the whole file (index null) or one entry, in words. */
  problems: { index: number | null; message: string }[]
}

const refused = (message: string): ShippedCopiesRead => ({ copies: [], problems: [{ index: null, message }] })

/** The copies listed by the archive in `root`: none when it has no copies.folio. Never throws. */
export async function readShippedCopies(root: string): Promise<ShippedCopiesRead> {
  let bytes: Uint8Array
  try {
    // The archive's own file: a link there could point anywhere.
    bytes = await readRegularFile(join(root, SHIPPED_COPIES_FILE), {
      limit: MAX_SHIPPED_COPIES_BYTES,
      followLinks: false
    })
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { copies: [], problems: [] }
    return refused(error instanceof FileRefusal ? error.message : `illisible (${errorCode(error) ?? String(error)})`)
  }
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    return refused(`JSON illisible : ${error instanceof SyntaxError ? error.message : 'texte non UTF-8'}`)
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) return refused(describeIssues(envelope.error))
  const read: ShippedCopiesRead = { copies: [], problems: [] }
  envelope.data.copies.forEach((raw, index) => {
    const entry = archiveCopySchema.safeParse(raw)
    if (entry.success) read.copies.push(entry.data)
    else read.problems.push({ index, message: describeIssues(entry.error, ['copies', index]) })
  })
  return read
}

/** Writes the list into `dir` (atomically); with no copies, removes a copies.folio an earlier build left. */
export async function writeShippedCopies(dir: string, copies: readonly ArchiveCopy[]): Promise<void> {
  const path = join(dir, SHIPPED_COPIES_FILE)
  if (copies.length === 0) return rm(path, { force: true })
  const file = { format: 'folio-shipped-copies', formatVersion: 1, copies }
  await writeAtomically(path, `${JSON.stringify(file, null, 2)}\n`)
}
