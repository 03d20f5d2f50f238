// How long the main process takes to load in Node: the BUILT out/main/index.js required with Electron
// stood in (its binary cannot run here), in a fresh Node process each run; the median is reported.

import { execFileSync } from 'node:child_process'
import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, median, round } from './stats'

interface ChildFigures {
  loadMs: number
  readyMs: number
}

function parseChild(stdout: string): ChildFigures {
  const value: unknown = JSON.parse(stdout.trim().split('\n').pop() ?? '')
  const { loadMs, readyMs } = (value ?? {}) as Record<string, unknown>
  if (typeof loadMs !== 'number' || typeof readyMs !== 'number') throw new Error(`main-load child printed ${stdout}`)
  return { loadMs, readyMs }
}

/** Runs `childScript` (bench/suite/main-load-child.ts, bundled) on `mainFile` `sizes.mainLoadRuns` times. */
export function mainLoadFigures(childScript: string, mainFile: string, sizes: Sizes): Figure[] {
  const runs: ChildFigures[] = []
  for (let run = 0; run < sizes.mainLoadRuns; run++) {
    runs.push(
      parseChild(
        execFileSync(process.execPath, [childScript, mainFile], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit']
        })
      )
    )
  }
  const note = `median of ${count(sizes.mainLoadRuns, 'run')}, a fresh Node process each; Electron stood in`
  return [
    {
      id: 'main.load',
      label: 'Main process: modules loaded (require of out/main/index.js)',
      value: round(median(runs.map((r) => r.loadMs)), 1),
      unit: 'ms',
      note
    },
    {
      id: 'main.ready',
      label: 'Main process: loaded and ready handler run (protocol, IPC, window)',
      value: round(median(runs.map((r) => r.readyMs)), 1),
      unit: 'ms',
      note
    }
  ]
}
