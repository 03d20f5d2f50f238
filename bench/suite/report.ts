// Writes the report: a Markdown table (figure, value, budget, within budget, machine, date) at the top
// of docs/benchmarks.md; whatever other engineers wrote below the end marker is kept as it is.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { formatValue, withinBudget, type Figure } from './figure'
import { FIXES } from './fixes'
import type { Machine } from './machine'

/** Everything above this line is rewritten by `npm run bench`; everything below it is kept. */
export const END_MARKER = '<!-- end of `npm run bench` output: add other sections below this line, they are kept -->'

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The generated part of the report, ending with {@link END_MARKER}. */
export function renderReport(
  figures: readonly Figure[],
  machine: Machine,
  quick: boolean,
  seeAlso: readonly string[] = []
): string {
  const date = machine.date.slice(0, 10)
  const rows = figures.map((figure) => {
    const within = withinBudget(figure)
    const budget = figure.budget === undefined ? '—' : `≤ ${formatValue(figure.budget, figure.unit)}`
    const verdict = within === null ? (figure.value === null ? 'not measured' : '—') : within ? 'yes' : '**NO**'
    return `| ${cell(figure.label)} | ${formatValue(figure.value, figure.unit)} | ${budget} | ${verdict} | ${cell(machine.short)} | ${date} | ${cell(figure.note ?? '')} |`
  })
  const values = new Map(figures.map((figure) => [figure.id, figure]))
  const fixes = FIXES.map((fix) => {
    const figure = values.get(fix.figure)
    const after = figure ? formatValue(figure.value, figure.unit) : '—'
    return `| ${cell(figure?.label ?? fix.figure)} | ${cell(fix.before)} | ${after} | ${cell(fix.change)} |`
  })
  return [
    '# Benchmarks',
    '',
    quick
      ? '**Quick run** (`node bench/run.mjs --quick`): small sizes, to check that the suite runs. These figures prove nothing.'
      : 'Written by `npm run bench` (see the README, "Benchmarks"). Every figure is the median of several runs; a ratio compares Folio with a baseline measured in the same run, on the same page. Budgets come from issues 3, 5, 6 and 7; the run exits non-zero when one is exceeded.',
    '',
    `Run of ${machine.date.replace('T', ' ').slice(0, 16)} UTC on ${machine.description}.`,
    '',
    ...seeAlso.flatMap((line) => [line, '']),
    '| Figure | Value | Budget | Within budget | Machine | Date | How |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ...(fixes.length
      ? [
          '',
          '## Made faster (before → after)',
          '',
          '| Figure | Before | After | What changed |',
          '|---|---|---|---|',
          ...fixes
        ]
      : []),
    '',
    END_MARKER,
    ''
  ].join('\n')
}

/** Replaces the generated part of `file`, keeping what follows {@link END_MARKER}. */
export function writeReport(file: string, generated: string): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const at = previous.indexOf(END_MARKER)
  const kept =
    at >= 0 ? previous.slice(at + END_MARKER.length).replace(/^\n+/, '') : previous.trim() ? `${previous.trim()}\n` : ''
  writeFileSync(file, kept ? `${generated}\n${kept}` : generated)
}
