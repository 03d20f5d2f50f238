// The anchoring figures (bench/anchoring-bench.ts, run in the benchmark page in Chromium): 2,000
// annotations re-anchored on a 1 MB document when the text is unchanged, edited and gone.

import type { BenchPage, Samples } from './bench-page'
import type { Figure } from './figure'
import { count, median, round } from './stats'
import type { Sizes } from './sizes'

/** Runs the anchoring benchmark `sizes.anchoringRuns` times and returns the medians. */
export async function anchoringFigures(page: BenchPage, sizes: Sizes, log: (line: string) => void): Promise<Figure[]> {
  const runs: Samples[] = []
  for (let run = 0; run < sizes.anchoringRuns; run++) {
    log(`anchoring: run ${run + 1} of ${sizes.anchoringRuns}…`)
    runs.push(await page.call('anchoring', { bytes: sizes.anchoringBytes, annotations: sizes.anchoringAnnotations }))
  }
  const med = (key: string): number => median(runs.flatMap((samples) => samples[key] ?? []))
  const what = `${sizes.anchoringAnnotations.toLocaleString('en-US')} annotations, ${round(med('documentBytes') / 1e6, 2)} MB document`
  const note = `median of ${count(sizes.anchoringRuns, 'run')}; ${what}`
  const percent = (key: string): number => round(med(key) * 100, 1)
  return [
    {
      id: 'anchoring.exact',
      label: 'Anchoring, text unchanged (total)',
      value: round(med('exactMs'), 1),
      unit: 'ms',
      budget: 300,
      note: `${note}; ${percent('exactCorrect')} % correct`
    },
    {
      id: 'anchoring.edited',
      label: 'Anchoring, every quote edited (total)',
      value: round(med('editedMs'), 1),
      unit: 'ms',
      note: `${percent('editedCorrect')} % found at the right place`
    },
    {
      id: 'anchoring.gone',
      label: 'Anchoring, every quote gone (total)',
      value: round(med('goneMs'), 1),
      unit: 'ms',
      note: `${percent('goneOrphans')} % reported as orphans`
    },
    {
      id: 'anchoring.longest-slice',
      label: 'Anchoring, longest main-thread slice (all cases)',
      value: round(med('longestSliceMs'), 1),
      unit: 'ms',
      budget: 50,
      note: `unchanged ${round(med('exactLongestSliceMs'), 1)} ms, edited ${round(med('editedLongestSliceMs'), 1)} ms, gone ${round(med('goneLongestSliceMs'), 1)} ms`
    }
  ]
}
