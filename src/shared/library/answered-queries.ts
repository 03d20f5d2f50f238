// The title filters' memory of the queries typed last: a query answered again costs nothing, and a query that
// extends one already answered ("tra" → "trai") can only find fewer rows, so it need check only that one's.

/** Queries kept (the ones typed last): enough for a word typed and erased. */
export const REMEMBERED_QUERIES = 16

export class AnsweredQueries {
  /** Query key → the positions it found, most recently used last. */
  private readonly answered = new Map<string, Uint32Array>()

  /** The positions `queryKey` found, if it was answered (it becomes the most recent). */
  get(queryKey: string): Uint32Array | undefined {
    const known = this.answered.get(queryKey)
    if (known) {
      this.answered.delete(queryKey)
      this.answered.set(queryKey, known)
    }
    return known
  }

  /** The fewest positions found by a query that `queryKey` extends; null when none was answered. */
  narrowest(queryKey: string): Uint32Array | null {
    let narrowest: Uint32Array | null = null
    for (const [previous, positions] of this.answered) {
      if (queryKey.startsWith(previous) && (!narrowest || positions.length < narrowest.length)) narrowest = positions
    }
    return narrowest
  }

  /** Remembers what `queryKey` found, forgetting the query used least recently beyond the limit. */
  set(queryKey: string, positions: Uint32Array): Uint32Array {
    this.answered.set(queryKey, positions)
    if (this.answered.size > REMEMBERED_QUERIES) this.answered.delete(this.answered.keys().next().value as string)
    return positions
  }
}
