// The data-layer figures: one note saved, the 20 newest notes of a document among many, a bulk insert,
// each through Folio's layer, bare Dexie and raw IndexedDB in the same page, as ratios with budgets.

import type { BenchPage } from './bench-page'
import type { Figure } from './figure'
import { count, median, percentile, round } from './stats'
import type { Sizes } from './sizes'

const n = (x: number): string => x.toLocaleString('en-US')

/** Runs the three data-layer benchmarks in the page and returns their figures. */
export async function dataLayerFigures(page: BenchPage, sizes: Sizes, log: (line: string) => void): Promise<Figure[]> {
  log(`data layer: saving ${sizes.saves} notes one by one per layer…`)
  const save = await page.call('save', { saves: sizes.saves, prefill: sizes.savePrefill, noteChars: sizes.noteChars })
  log(`data layer: 20 newest of ${n(sizes.queryRows)} notes…`)
  const query = await page.call('query', {
    rows: sizes.queryRows,
    documents: sizes.queryDocuments,
    queries: sizes.queries,
    runs: sizes.queryRuns,
    noteChars: 100
  })
  log(`data layer: bulk insert of ${n(sizes.bulkRows)} notes × ${sizes.bulkRuns} runs per layer…`)
  const bulk = await page.call('bulk', { rows: sizes.bulkRows, runs: sizes.bulkRuns, noteChars: sizes.noteChars })

  const p50 = (layer: string) => percentile(save[layer] ?? [], 50)
  const p95 = (layer: string) => percentile(save[layer] ?? [], 95)
  const med = (samples: Record<string, number[]>, layer: string) => median(samples[layer] ?? [])
  const saveNote = `${count(sizes.saves, 'save')} per layer, strict durability, layers in turn; p50: Dexie ${round(p50('dexie'))} ms, raw ${round(p50('raw'))} ms`
  const queryNote = `median of ${n(sizes.queryRuns * sizes.queries)} queries per layer, layers in turn (${n(sizes.queryRows)} notes, ${sizes.queryDocuments} documents); Dexie ${round(med(query, 'dexie'), 3)} ms, raw ${round(med(query, 'raw'), 3)} ms`
  const bulkNote = `median of ${count(sizes.bulkRuns, 'run')}, notes of ~${n(sizes.noteChars)} characters, one strict transaction; Dexie ${round(med(bulk, 'dexie') / 1000)} s, raw ${round(med(bulk, 'raw') / 1000)} s`
  return [
    {
      id: 'db.save.folio.p50',
      label: 'Save one note, Folio layer, p50',
      value: round(p50('folio'), 2),
      unit: 'ms',
      note: saveNote
    },
    {
      id: 'db.save.folio.p95',
      label: 'Save one note, Folio layer, p95',
      value: round(p95('folio'), 2),
      unit: 'ms',
      budget: 10,
      note: `Dexie p95 ${round(p95('dexie'))} ms, raw p95 ${round(p95('raw'))} ms`
    },
    {
      id: 'db.save.ratio.dexie',
      label: 'Save one note: Folio / bare Dexie (p50)',
      value: round(p50('folio') / p50('dexie')),
      unit: 'x',
      budget: 1.25
    },
    {
      id: 'db.save.dexie.ratio.raw',
      label: 'Save one note: bare Dexie / raw IndexedDB (p50)',
      value: round(p50('dexie') / p50('raw')),
      unit: 'x',
      note: 'reference: 1.5–2.5x on this machine kind'
    },
    {
      id: 'db.query.folio',
      label: `20 newest notes of a document among ${n(sizes.queryRows)}, Folio layer`,
      value: round(med(query, 'folio'), 3),
      unit: 'ms',
      note: queryNote
    },
    {
      id: 'db.query.ratio.raw',
      label: '20 newest notes: Folio / raw IndexedDB',
      value: round(med(query, 'folio') / med(query, 'raw')),
      unit: 'x',
      budget: 1.2
    },
    {
      id: 'db.query.dexie.ratio.raw',
      label: '20 newest notes: bare Dexie / raw IndexedDB',
      value: round(med(query, 'dexie') / med(query, 'raw')),
      unit: 'x',
      note: 'reference: 1.1–1.2x'
    },
    {
      id: 'db.bulk.folio',
      label: `Bulk insert of ${n(sizes.bulkRows)} notes, Folio layer`,
      value: round(med(bulk, 'folio') / 1000, 2),
      unit: 's',
      note: bulkNote
    },
    {
      id: 'db.bulk.ratio.raw',
      label: 'Bulk insert: Folio / raw IndexedDB',
      value: round(med(bulk, 'folio') / med(bulk, 'raw')),
      unit: 'x',
      budget: 1.4
    },
    {
      id: 'db.bulk.dexie.ratio.raw',
      label: 'Bulk insert: bare Dexie / raw IndexedDB',
      value: round(med(bulk, 'dexie') / med(bulk, 'raw')),
      unit: 'x',
      note: 'reference: 1.0–1.3x'
    }
  ]
}
