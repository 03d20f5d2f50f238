// The machine a run was measured on, for the report: cores, CPU, memory, Node, Chromium, and the load
// average when the run started (the machines are shared: a high load explains a slow run).

import { cpus, loadavg, totalmem } from 'node:os'

export interface Machine {
  /** One line for the report's header. */
  description: string
  /** A few words for the table's machine column. */
  short: string
  /** When the run started (ISO 8601, UTC). */
  date: string
}

/** Describes this machine; `chromium` is the browser version the page reported. */
export function describeMachine(chromium: string, date = new Date()): Machine {
  const cores = cpus()
  const model = (cores[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim()
  const memory = Math.round(totalmem() / 2 ** 30)
  const load = loadavg()[0]?.toFixed(1) ?? '?'
  const major = chromium.split('.')[0]
  return {
    description: `${cores.length} cores (${model}), ${memory} GiB, ${process.platform}, Node ${process.version}, Chromium ${chromium}, load average ${load} at start`,
    short: `${cores.length}× ${model.split(' ').slice(0, 2).join(' ')}, Chromium ${major}`,
    date: date.toISOString()
  }
}
