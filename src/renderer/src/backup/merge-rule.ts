// The conflict rule of imports, as pure functions: when is a record unchanged, which version wins, and how
// the losing version is kept. Nothing of the user's is ever silently dropped (README, "Backups").

import { BOOKMARK_LIMITS, type Bookmark } from '../db/bookmark'
import { textLength } from '../db/text-length'

/** What an import does with one record of the file. */
export type MergeOutcome = 'new' | 'updated' | 'conflict' | 'unchanged'

/** How many records of the file end up in each outcome. */
export type MergeCounts = Record<MergeOutcome, number>

export const noCounts = (): MergeCounts => ({ new: 0, updated: 0, conflict: 0, unchanged: 0 })

/** Deep equality of JSON-like values; key order does not matter, an `undefined` field counts as absent. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameRecord(item, b[index]))
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  for (const key of keys) if (!sameRecord(left[key], right[key])) return false
  return true
}

/** `record` without its `id`, to compare two copies of the same content. */
export function withoutId<R extends { id: string }>(record: R): Omit<R, 'id'> {
  const { id: _id, ...rest } = record
  return rest
}

/** True when `a` was changed after `b` (ISO dates compared as instants). Ties are not newer. */
export function isNewer(a: { updatedAt: string }, b: { updatedAt: string }): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt)
}

/** Separates two versions of a note kept together: a Markdown rule. */
export const NOTE_SEPARATOR = '\n\n---\n\n'

/**
 * The winner's note, followed by the loser's when it says something the winner's does not.
 * Falls back to the winner's alone when both would exceed the entity's note limit `max` (the other stays
 * in the file and in the safety backup written before the import).
 */
export function mergeNotes(winner: string, loser: string, max: number): string {
  if (loser === '' || winner.includes(loser)) return winner
  if (winner === '') return loser
  const both = `${winner}${NOTE_SEPARATOR}${loser}`
  return textLength(both) <= max ? both : winner
}

/** The winner's tags, then the loser's that it lacks (case-insensitively), up to the entity's `max` tags. */
export function mergeTags(winner: readonly string[], loser: readonly string[], max: number): string[] {
  const seen = new Set(winner.map((tag) => tag.toLocaleLowerCase('fr')))
  const merged = [...winner]
  for (const tag of loser) {
    const key = tag.toLocaleLowerCase('fr')
    if (seen.has(key) || merged.length >= max) continue
    seen.add(key)
    merged.push(tag)
  }
  return merged
}

/**
 * Bookmarks are one per thing (a unique `targetKey`), so two versions cannot both be kept as records:
 * the newer one wins, keeps the local id, and the other's note and tags are added to it.
 */
export function mergeBookmark(local: Bookmark, incoming: Bookmark): { merged: Bookmark; incomingWon: boolean } {
  const incomingWon = isNewer(incoming, local)
  const [winner, loser] = incomingWon ? [incoming, local] : [local, incoming]
  return {
    merged: {
      ...winner,
      id: local.id,
      note: mergeNotes(winner.note, loser.note, BOOKMARK_LIMITS.note),
      tags: mergeTags(winner.tags, loser.tags, BOOKMARK_LIMITS.tags)
    },
    incomingWon
  }
}
