// What the worker tests measure with: an ordinary Markdown document that is slow to parse (a loose list:
// micromark takes some 10 µs a byte on it), and how often main's event loop turns while something runs.

/** A Markdown document of about `bytes` bytes: the heading "Liste", then a loose list (items apart). */
export function looseList(bytes: number): Uint8Array {
  const items = Array.from({ length: Math.ceil(bytes / 10) }, (_, index) => `- item ${index % 10}\n\n`)
  return new TextEncoder().encode(`# Liste\n\n${items.join('')}`)
}

const TICK_MS = 2

/** How many times a repeating timer fires in `run`, or in an idle wait when `run` is null; and for how long. */
async function ticksDuring(run: (() => Promise<unknown>) | null, idleMs = 0): Promise<{ ticks: number; ms: number }> {
  let ticks = 0
  const timer = setInterval(() => ticks++, TICK_MS)
  const start = performance.now()
  if (run) await run().catch(() => undefined)
  else await new Promise((resolve) => setTimeout(resolve, idleMs))
  const ms = performance.now() - start
  clearInterval(timer)
  return { ticks, ms }
}

/**
 * How often main's loop turned while `run` ran, against an idle wait measured right after in the same test:
 * about 1 when `run` leaves the loop free, near 0 when it holds it. A ratio, never a number of milliseconds.
 */
export async function turnsOfTheLoop(run: () => Promise<unknown>): Promise<{ ratio: number; ms: number }> {
  const busy = await ticksDuring(run)
  const idle = await ticksDuring(null, Math.min(Math.max(busy.ms, 200), 500))
  return { ratio: busy.ticks / busy.ms / (idle.ticks / idle.ms), ms: busy.ms }
}
