// The import/export figures of issue 6: bench/backup-bench.ts (owned by the backup work) run in the
// benchmark page with Folio's functions bound in (bench/browser/backup-binding.ts); medians of its rounds.

import type { BenchPage } from './bench-page'
import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, median, round } from './stats'

/** Exports and imports `sizes.backupAnnotations` annotations of ~1 kB, `sizes.backupRounds` times. */
export async function backupFigures(page: BenchPage, sizes: Sizes, log: (line: string) => void): Promise<Figure[]> {
  log(
    `backup: export and import of ${sizes.backupAnnotations.toLocaleString('en-US')} annotations × ${sizes.backupRounds} rounds (bench/backup-bench.ts)…`
  )
  const samples = await page.call('backup', {
    annotations: sizes.backupAnnotations,
    noteBytes: 1024,
    rounds: sizes.backupRounds
  })
  const med = (key: string): number => median(samples[key] ?? [])
  const max = (key: string): number => Math.max(...(samples[key] ?? [Number.NaN]))
  const heap = (key: string): string =>
    samples[key]?.length ? `peak heap +${round(max(key), 0)} MB` : 'heap not measured'
  const what = `${sizes.backupAnnotations.toLocaleString('en-US')} annotations (${round(med('backupMB'), 1)} MB backup), median of ${count(sizes.backupRounds, 'round')}`
  return [
    {
      id: 'backup.import',
      label: `Import of ${sizes.backupAnnotations.toLocaleString('en-US')} annotations`,
      value: round(med('importMs') / 1000, 2),
      unit: 's',
      note: `${what}; ${heap('importPeakHeapMB')}`
    },
    {
      id: 'backup.import.ratio.raw',
      label: 'Import: Folio / raw IndexedDB inserting the same rows',
      value: round(med('importRatio')),
      unit: 'x',
      budget: 1.3,
      note: `raw insert ${round(med('rawInsertMs') / 1000, 2)} s (strict)`
    },
    {
      id: 'backup.import.longest-block',
      label: 'Import: longest time the page could not answer',
      value: round(med('importLongestBlockMs'), 0),
      unit: 'ms',
      note: 'gap between 10 ms timer ticks; no budget set (issue 6: "UI responsive throughout")'
    },
    {
      id: 'backup.export',
      label: `Export of ${sizes.backupAnnotations.toLocaleString('en-US')} annotations`,
      value: round(med('exportMs') / 1000, 2),
      unit: 's',
      budget: 3,
      note: `${heap('exportPeakHeapMB')}; ${round(med('exportRatio'))}x a raw getAll of the same rows`
    },
    {
      id: 'backup.export.longest-block',
      label: 'Export: longest time the page could not answer',
      value: round(med('exportLongestBlockMs'), 0),
      unit: 'ms',
      note: 'gap between 10 ms timer ticks'
    }
  ]
}
