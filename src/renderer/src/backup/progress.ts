// Long work (50,000 annotations) done in chunks, giving the page a turn between chunks so it keeps
// painting and answering clicks, and reporting how far it got so the dialog can show a progress bar.

/** What a long task is doing. */
export type ProgressPhase = 'reading' | 'validating' | 'planning' | 'writing' | 'serializing' | 'clearing'

/** How far a long task got: `done` of `total` items in `phase`. */
export interface Progress {
  phase: ProgressPhase
  done: number
  total: number
}

export type OnProgress = (progress: Progress) => void

/** Records handled between two turns given back to the page. */
export const CHUNK_SIZE = 2_000

/**
 * Lets the browser paint and handle input, then resumes: a fresh task through a MessageChannel (not a
 * timer, which browsers clamp to 4 ms; not `scheduler.yield()`, whose continuation runs ahead of timers).
 * Never call it inside a Dexie transaction: awaiting a non-IndexedDB promise there lets the transaction
 * commit early; inside transactions, awaiting each chunk's own request is the turn.
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Calls `visit` on every item, yielding to the page every {@link CHUNK_SIZE} items and reporting progress.
 * Outside transactions only (see {@link yieldToUi}).
 */
export async function forEachInChunks<T>(
  items: readonly T[],
  phase: ProgressPhase,
  visit: (item: T, index: number) => void,
  onProgress?: OnProgress
): Promise<void> {
  for (let start = 0; start < items.length; start += CHUNK_SIZE) {
    const end = Math.min(items.length, start + CHUNK_SIZE)
    for (let index = start; index < end; index++) visit(items[index] as T, index)
    onProgress?.({ phase, done: end, total: items.length })
    if (end < items.length) await yieldToUi()
  }
}

/** Splits `items` into consecutive slices of at most `size`. */
export function chunksOf<T>(items: readonly T[], size: number = CHUNK_SIZE): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}
