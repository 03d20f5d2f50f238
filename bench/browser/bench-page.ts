// The benchmark page's entry: exposes the in-browser benchmarks on `window.folioBench` for the
// suite (bench/suite) to call through Playwright; every call returns samples in milliseconds.

import { runAnchoringBenchmark, type AnchoringBenchmarkOptions } from '../anchoring-bench'
import { backup } from './backup-binding'
import { benchBulk, benchQuery, benchSave } from './data-layer-bench'

/** One anchoring run, flattened to named samples (times in ms, counts as numbers). */
function anchoring(options: AnchoringBenchmarkOptions): Record<string, number[]> {
  const figures = runAnchoringBenchmark(options)
  const { exact, edited, gone } = figures.runs
  return {
    exactMs: [exact.totalMs],
    editedMs: [edited.totalMs],
    goneMs: [gone.totalMs],
    exactLongestSliceMs: [exact.longestChunkMs],
    editedLongestSliceMs: [edited.longestChunkMs],
    goneLongestSliceMs: [gone.longestChunkMs],
    longestSliceMs: [figures.longestChunkMs],
    exactCorrect: [exact.correct / figures.annotations],
    editedCorrect: [edited.correct / figures.annotations],
    goneOrphans: [1 - gone.anchored / figures.annotations],
    documentBytes: [figures.documentBytes]
  }
}

const folioBench = { save: benchSave, query: benchQuery, bulk: benchBulk, anchoring, backup }

/** What the suite can call in the page. */
export type FolioBench = typeof folioBench

declare global {
  interface Window {
    folioBench: FolioBench
  }
}

window.folioBench = folioBench
