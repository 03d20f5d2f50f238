// A figure for the bench (not run by the app): how long the annotations view takes to fold a set of annotations
// once, and then to filter them by each of some words — the work of one keystroke, without drawing.

import type { Annotation } from '../db/annotation'
import { filterRows, indexAnnotations, NO_FILTER, sortRows } from './filter-model'

export interface FilterTimings {
  /** Folding every annotation (once, when the view first reads them). */
  foldMs: number
  /** Sorting them most recently changed first (once per read or change of order). */
  sortMs: number
  /** Filtering by each query, in order, with the number of annotations each keeps. */
  filters: { query: string; ms: number; shown: number }[]
}

export function timeTextFilter(annotations: readonly Annotation[], queries: readonly string[]): FilterTimings {
  let start = performance.now()
  const indexed = indexAnnotations(annotations)
  const foldMs = performance.now() - start
  start = performance.now()
  const sorted = sortRows(indexed.values(), 'updated', { documentRank: new Map() })
  const sortMs = performance.now() - start
  const filters = queries.map((query) => {
    const from = performance.now()
    const shown = filterRows(sorted, { ...NO_FILTER, text: query }, { orphans: new Set() }).length
    return { query, ms: performance.now() - from, shown }
  })
  return { foldMs, sortMs, filters }
}
