// The time a document may take to read, proportional to its size: past it, the parser stops with
// "document too complex" instead of holding the main process (checked between lines, not by a timer).

import { ArticleParseError } from './parse-errors'

/** Time allowed whatever the size, then per byte: a 10 MB document gets about 12 s, far above a linear parse. */
const BASE_MS = 2000
const MS_PER_BYTE = 0.001
/** Checks read the clock once in this many steps, so that counting costs nothing next to the work. */
const STEPS_PER_CLOCK_READ = 256

/** The time a parse of `inputLength` characters (or bytes) may take, in ms: the budget's deadline, and main's limit on a parse worker. */
export const allowedParseMs = (inputLength: number): number => BASE_MS + MS_PER_BYTE * inputLength

export const TOO_COMPLEX_MESSAGE =
  'Ce document est trop complexe pour être lu : son analyse dépasse le temps accordé à sa taille.'

/** A deadline for one parse; `step()` is called in the parser's loops. */
export class ParseBudget {
  private readonly deadline: number
  private steps = 0

  /** @param clock milliseconds, monotonic; tests pass their own to count steps. */
  constructor(
    inputLength: number,
    private readonly clock: () => number = () => performance.now()
  ) {
    this.deadline = clock() + allowedParseMs(inputLength)
  }

  /** Throws ArticleParseError('too-complex') once the deadline has passed. */
  step(): void {
    if (++this.steps % STEPS_PER_CLOCK_READ !== 0) return
    if (this.clock() > this.deadline) throw new ArticleParseError('too-complex', TOO_COMPLEX_MESSAGE)
  }
}
