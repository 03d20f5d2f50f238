// The sync benchmark's baseline: the N records through JSON.stringify, JSON.parse and the backup import's zod
// schema, as a backup's import handles them before IndexedDB; and the heap after a GC, as every mode measures it.

import type { BaselineResult } from './sync-client-tasks'
import { records, validateAll } from './sync-records'

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
/** The heap in use, in MiB, after two collections (the child runs with --expose-gc). */
export const heapMiB = (): number => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 2 ** 20
}

/** The N records as a backup carries them: stringified, parsed and validated, each step timed. */
export function baseline(count: number): BaselineResult {
  const rows = records(count)
  let at = performance.now()
  const text = JSON.stringify(rows)
  const stringifyMs = performance.now() - at
  const before = heapMiB()
  at = performance.now()
  const parsed = JSON.parse(text) as unknown[]
  const parseMs = performance.now() - at
  const heap = heapMiB() - before
  at = performance.now()
  validateAll(parsed)
  const validateMs = performance.now() - at
  return {
    totalMs: stringifyMs + parseMs + validateMs,
    stringifyMs,
    parseMs,
    validateMs,
    jsonBytes: Buffer.byteLength(text),
    heapMiB: heap
  }
}
