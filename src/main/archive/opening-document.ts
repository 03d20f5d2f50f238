// Which archive document a start opens on: the one asked for when it reads, else the first in title order that
// reads. Only a few rows are tried: an archive whose first rows are all damaged opens on its problem instead.

import type { ArchiveDocumentEntry, DamagedArchiveDocument } from '../../shared/archive/archive-types'
import type { ArchiveCatalogue } from './archive-catalogue'

/** Rows tried for the first one that reads, when the one asked for does not. */
export const OPENING_TRIES = 20

export type Opening = { entry: ArchiveDocumentEntry } | { damaged: DamagedArchiveDocument } | null

/**
 * The document to show at start: `wanted` when the archive has it and it reads; else the first row that reads;
 * else the first damaged one (the reader shows its problem); null for an archive with no rows.
 */
export async function openingDocument(catalogue: ArchiveCatalogue, wanted: string | undefined): Promise<Opening> {
  if (wanted && (await catalogue.row(wanted))) {
    const read = await catalogue.read(wanted)
    if (read.ok) return { entry: read.entry }
  }
  const { rows } = await catalogue.page({ offset: 0, limit: OPENING_TRIES })
  let firstDamaged: DamagedArchiveDocument | undefined
  for (const row of rows) {
    if (row.problem) continue
    const read = await catalogue.read(row.id)
    if (read.ok) return { entry: read.entry }
    firstDamaged ??= read.damaged
  }
  const damagedRow = rows.find((row) => row.problem)
  if (damagedRow?.problem) firstDamaged ??= { ...damagedRow, problem: damagedRow.problem }
  return firstDamaged ? { damaged: firstDamaged } : null
}
