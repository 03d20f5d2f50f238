// What was changed to bring a figure within budget, with the figure before the change, so the report
// can show before → after. Add an entry when a fix lands; the "after" is always the current run.

export interface Fix {
  /** The figure's id (see figure.ts). */
  figure: string
  /** The value before the fix, as it was reported. */
  before: string
  change: string
}

export const FIXES: Fix[] = []
