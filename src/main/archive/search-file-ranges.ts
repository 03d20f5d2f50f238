// Byte ranges of search.folio read from its open handle: one range whole, or many sorted ones with the
// close ones merged into single reads. A file shorter than its header says is damaged.

import type { FileHandle } from 'node:fs/promises'
import { readAt } from '../files/read-at'
import { fileError } from './archive-error'
import { SEARCH_FILE, damaged } from './search-file-format'

/** Reads `length` bytes at `at` into a fresh (8-byte aligned) buffer. */
export async function readRange(handle: FileHandle, at: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length)
  const read = await readAt(handle, bytes, at).catch((error: unknown) => {
    throw fileError(SEARCH_FILE, error)
  })
  if (read < length) throw damaged('le fichier a raccourci')
  return bytes
}

/** Groups sorted `[start, end)` ranges closer than `gap` into single reads. */
function coalesce(ranges: readonly (readonly [number, number])[], gap: number): [number, number][] {
  const reads: [number, number][] = []
  for (const [start, end] of ranges) {
    const last = reads[reads.length - 1]
    if (last && start - last[1] <= gap) last[1] = Math.max(last[1], end)
    else reads.push([start, end])
  }
  return reads
}

/**
 * The bytes of each of `ranges` (`[start, end)`, sorted by start), read at once with those closer than `gap`
 * merged. A range's bytes are a view of its read, which starts at a byte of the file's 8-aligned buffer.
 */
export async function readRanges(
  handle: FileHandle,
  ranges: readonly (readonly [number, number])[],
  gap: number
): Promise<Uint8Array[]> {
  const reads = coalesce(ranges, gap)
  const chunks = await Promise.all(reads.map(([start, end]) => readRange(handle, start, end - start)))
  let r = 0
  return ranges.map(([start, end]) => {
    while (start >= (reads[r] as [number, number])[1]) r++
    const from = start - (reads[r] as [number, number])[0]
    return (chunks[r] as Uint8Array).subarray(from, from + end - start)
  })
}
