// Finding rows of an open catalogue by id: a binary search over its sorted id records, each record's row
// checked to be the one named, and where a row is among a filter's positions.

import { ROW_INDEX_BYTES, type CatalogueEntry } from './catalogue-format'
import { invalid, readSection, type CatalogueFile } from './catalogue-header'
import type { CatalogueRows } from './catalogue-rows'
import { ARCHIVE_ID } from './manifest-schema'
import { lowerBound } from '../../shared/search/lower-bound'

export interface CatalogueIds {
  /** The row of `id`, undefined when the catalogue lists none. */
  entryOf(id: string): Promise<CatalogueEntry | undefined>
  /** Where the row of `id` is among `positions` (all rows when null), by binary search; -1 when not there. */
  locatedIn(positions: Uint32Array | null, id: string): Promise<number>
}

export function catalogueIds(file: CatalogueFile, rows: CatalogueRows): CatalogueIds {
  const { count, idWidth } = file.header

  /** The index of the row whose id is `id`, by binary search over the id records. */
  const indexOf = async (id: string): Promise<number | undefined> => {
    const record = idWidth + ROW_INDEX_BYTES
    let low = 0
    let high = count
    while (low < high) {
      const middle = (low + high) >>> 1
      const bytes = await readSection(file, 'ids', middle * record, record)
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
    for (const entry of rows.cached()) if (entry.id === id) return entry
    const index = await indexOf(id)
    if (index === undefined) return undefined
    const [entry] = await rows.readRun(index, index)
    if (entry?.id !== id) throw invalid(`l’id « ${id} » mène à la ligne d’un autre document.`)
    return entry
  }

  const locatedIn = async (positions: Uint32Array | null, id: string): Promise<number> => {
    const index = ARCHIVE_ID.test(id) ? await indexOf(id) : undefined
    if (index === undefined) return -1
    if (!positions) return index
    const at = lowerBound(positions.length, (middle) => (positions[middle] as number) < index)
    return positions[at] === index ? at : -1
  }

  return { entryOf, locatedIn }
}
