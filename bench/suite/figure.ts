// One figure of the benchmark report: what was measured, its value, and the budget it must stay
// within (an upper bound). A figure without a value is a hook whose benchmark is not there yet.

/** Units the report knows. */
export type Unit = 'ms' | 's' | 'x' | 'kB' | 'MiB' | '%'

export interface Figure {
  /** Stable key, used by the quick test and the results JSON: `startup.ratio`, `db.save.folio.p95`… */
  id: string
  /** What the reader of docs/benchmarks.md sees. */
  label: string
  /** Null when not measured (a pending hook: `note` says why). */
  value: number | null
  unit: Unit
  /** The value must not exceed this. */
  budget?: number
  /** How it was measured: runs, baseline figures. */
  note?: string
}

/** Within budget: true or false when the figure has a budget and a value, null otherwise. */
export function withinBudget(figure: Figure): boolean | null {
  if (figure.budget === undefined || figure.value === null) return null
  return figure.value <= figure.budget
}

/** The figures that exceed their budget. */
export const overBudget = (figures: readonly Figure[]): Figure[] => figures.filter((f) => withinBudget(f) === false)

/** `value` with its unit, rounded for reading. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '—'
  const digits = unit === 'x' ? 2 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  const text = value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: unit === 'x' ? 2 : 0
  })
  return unit === 'x' ? `${text}x` : `${text} ${unit}`
}
