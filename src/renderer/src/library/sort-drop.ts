// What a drop on the window holds, sorted before a byte of it is read: folders, types Folio does not read, files
// over their kind's limit and files beyond the count are refused at once; the rest go to main in calls that each
// stay under what one call may carry (shared/desktop/added-files.ts), read one call at a time.

import {
  ADDED_LIMITS,
  addedKindOf,
  MAX_DROP_BYTES,
  MAX_DROPPED_FILES,
  type AddedKind
} from '../../../shared/desktop/added-files'

/** One item of the drop, taken from the DataTransfer during the drop event (it is emptied afterwards). */
export interface DropItem {
  /** The file, or null when the item gave none. */
  file: File | null
  /** True when the item is a folder (the file system entry says so). */
  folder: boolean
}

/** Why the page refused a dropped item without sending it to main. */
export type DropRefusal = 'folder' | 'unsupported' | 'too-large' | 'too-many'

export interface SortedDrop {
  /** Each item refused here, with its place in the drop. */
  refused: { index: number; name: string; reason: DropRefusal; kind: AddedKind | null }[]
  /** The files to send, with their places, in calls of at most MAX_DROP_BYTES and MAX_DROPPED_FILES. */
  batches: { index: number; file: File }[][]
}

/** Takes a drop's items out of its DataTransfer; call it during the drop event itself. */
export function dropItems(data: DataTransfer): DropItem[] {
  const items = [...data.items].filter((item) => item.kind === 'file')
  if (items.length === 0) return [...data.files].map((file) => ({ file, folder: false }))
  return items.map((item) => ({
    file: item.getAsFile(),
    folder: item.webkitGetAsEntry?.()?.isDirectory === true
  }))
}

/** Sorts `items` (linear in their number); the first MAX_DROPPED_FILES files Folio takes are sent, in order. */
export function sortDrop(items: readonly DropItem[]): SortedDrop {
  const sorted: SortedDrop = { refused: [], batches: [] }
  let batch: { index: number; file: File }[] = []
  let bytes = 0
  let taken = 0
  items.forEach(({ file, folder }, index) => {
    if (!file) return
    const kind = addedKindOf(file.name)
    const refuse = (reason: DropRefusal) => sorted.refused.push({ index, name: file.name, reason, kind })
    if (folder) return refuse('folder')
    if (!kind) return refuse('unsupported')
    if (file.size > ADDED_LIMITS[kind]) return refuse('too-large')
    if (taken === MAX_DROPPED_FILES) return refuse('too-many')
    taken++
    if (batch.length > 0 && bytes + file.size > MAX_DROP_BYTES) {
      sorted.batches.push(batch)
      batch = []
      bytes = 0
    }
    batch.push({ index, file })
    bytes += file.size
  })
  if (batch.length > 0) sorted.batches.push(batch)
  return sorted
}
