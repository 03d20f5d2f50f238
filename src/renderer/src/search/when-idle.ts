// Runs work the first screens do not need once the page is idle (or after a short wait at most).

/** How long a task waits for the page to be idle before it starts anyway, unless told otherwise. */
const IDLE_TIMEOUT_MS = 2000

/** Runs `task` when the page is idle (after the first screens), returning how to cancel it. */
export function whenIdle(task: () => void, timeout = IDLE_TIMEOUT_MS): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout })
    return () => window.cancelIdleCallback(handle)
  }
  const timer = window.setTimeout(task, 0)
  return () => window.clearTimeout(timer)
}
