// The sync benchmark's initial sync: N annotations from a device to a new one through each engine's server, in
// rounds (a fresh server and device process each), against the baseline of a backup's JSON and zod validation of
// the same records; the median round's phases, bytes on the wire and the new device's heap.

import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, round } from './stats'
import type { BaselineResult, Engine, InitialResult } from './sync-client-tasks'
import { runClient, serverArgs, withServer } from './sync-processes'
import { ENGINES, mib, NAMES, ratio, seconds } from './sync-report-terms'

type Log = (line: string) => void

export interface Initial {
  baseline: BaselineResult
  engines: Record<Engine, InitialResult>
}

/** `rounds` rounds of the baseline and each engine (a fresh server and device process each); the medians. */
export async function initialSync(sizes: Sizes, log: Log): Promise<Initial> {
  const rounds: { baseline: BaselineResult; engines: Record<Engine, InitialResult> }[] = []
  const n = sizes.syncInitialRecords
  for (let r = 0; r < sizes.syncInitialRounds; r++) {
    log(`  sync: initial sync of ${n.toLocaleString('en-US')} annotations, round ${r + 1}/${sizes.syncInitialRounds}…`)
    const baseline = await runClient<BaselineResult>({ mode: 'baseline', records: n })
    const engines = {} as Record<Engine, InitialResult>
    for (const engine of ENGINES)
      engines[engine] = await withServer(serverArgs(engine), (server) =>
        runClient<InitialResult>({ mode: 'initial', engine, records: n, url: server.url, stats: server.stats })
      )
    rounds.push({ baseline, engines })
  }
  // The round whose total is the median, per engine and for the baseline, so that its phases add up.
  const middle = <T extends { totalMs: number }>(runs: T[]): T =>
    [...runs].sort((a, b) => a.totalMs - b.totalMs)[runs.length >> 1] as T
  return {
    baseline: middle(rounds.map((round) => round.baseline)),
    engines: { yjs: middle(rounds.map((r) => r.engines.yjs)), pouchdb: middle(rounds.map((r) => r.engines.pouchdb)) }
  }
}

export function initialFigures(sizes: Sizes, measured: Initial, backupImport: Figure | undefined): Figure[] {
  const n = sizes.syncInitialRecords.toLocaleString('en-US')
  const rounds = `median of ${count(sizes.syncInitialRounds, 'round')}`
  const { baseline, engines } = measured
  const yjs = engines.yjs
  const pouch = engines.pouchdb
  const phases = (r: InitialResult) =>
    `A into its engine ${seconds(r.loadMs)} s, upload ${seconds(r.uploadMs)} s, new device's download ${seconds(r.downloadMs)} s, read out and zod-validated ${seconds(r.readMs)} s; server RSS ${round(r.serverRssMiB, 0)} MiB after`
  const wire = (r: InitialResult) => r.uploadBytes + r.downloadBytes
  const backupSeconds = backupImport?.value ?? null
  return [
    {
      id: 'sync.initial.baseline',
      label: `Sync baseline: ${n} annotations through JSON.stringify + JSON.parse + zod validation (a backup's import before IndexedDB)`,
      value: seconds(baseline.totalMs),
      unit: 's',
      note: `${rounds}; stringify ${seconds(baseline.stringifyMs)} s, parse ${seconds(baseline.parseMs)} s, validate ${seconds(baseline.validateMs)} s; ${mib(baseline.jsonBytes)} MiB of JSON; the page's import into IndexedDB is backup.import`
    },
    ...ENGINES.map((engine): Figure => ({
      id: `sync.initial.${engine}`,
      label: `Initial sync of ${n} annotations, a device to a new one through the server: ${NAMES[engine]}`,
      value: seconds(engines[engine].totalMs),
      unit: 's',
      note: `${rounds}; ${phases(engines[engine])}`
    })),
    {
      id: 'sync.initial.yjs.ratio.baseline',
      label: 'Initial sync, Yjs/Hocuspocus ÷ the baseline (both up to validated records, before IndexedDB)',
      value: ratio(yjs.totalMs, baseline.totalMs),
      unit: 'x',
      budget: 1.5,
      note: "issue 18's budget (≤ 1.5× importing a backup), held here against the import's own work before IndexedDB: the strict reading"
    },
    {
      id: 'sync.initial.pouchdb.ratio.baseline',
      label: 'Initial sync, PouchDB/express-pouchdb ÷ the baseline',
      value: ratio(pouch.totalMs, baseline.totalMs),
      unit: 'x'
    },
    {
      id: 'sync.initial.ratio',
      label: 'Initial sync, Yjs/Hocuspocus ÷ PouchDB/express-pouchdb',
      value: ratio(yjs.totalMs, pouch.totalMs),
      unit: 'x',
      note: `download alone: ${ratio(yjs.downloadMs, pouch.downloadMs)}x; upload alone: ${ratio(yjs.uploadMs, pouch.uploadMs)}x`
    },
    {
      id: 'sync.initial.ratio.backup-import',
      label: "Initial sync, Yjs/Hocuspocus ÷ the page's backup import into IndexedDB (backup.import, same run)",
      value: backupSeconds ? ratio(yjs.totalMs / 1000, backupSeconds) : null,
      unit: 'x',
      note: backupSeconds
        ? `backup.import ${backupSeconds} s for ${sizes.backupAnnotations.toLocaleString('en-US')} annotations of ~1 kB in Chromium; the sync's own writes into Dexie are not in it, so this is a lower bound`
        : 'not measured: the backup section did not run before this one (run the whole suite)'
    },
    ...ENGINES.map((engine): Figure => ({
      id: `sync.initial.${engine}.wire`,
      label: `Initial sync: bytes through the server's sockets, upload and download, ${NAMES[engine]}`,
      value: mib(wire(engines[engine])),
      unit: 'MiB',
      note: `upload ${mib(engines[engine].uploadBytes)} MiB, download ${mib(engines[engine].downloadBytes)} MiB; the records as JSON: ${mib(baseline.jsonBytes)} MiB`
    })),
    {
      id: 'sync.initial.wire.ratio',
      label: 'Initial sync bytes, Yjs/Hocuspocus ÷ PouchDB/express-pouchdb',
      value: ratio(wire(yjs), wire(pouch)),
      unit: 'x'
    },
    ...ENGINES.map((engine): Figure => ({
      id: `sync.initial.${engine}.heap`,
      label: `New device: heap its engine holds with the ${n} annotations, ${NAMES[engine]}`,
      value: round(engines[engine].heapMiB, 1),
      unit: 'MiB',
      note: `the process's heap with the new device less without it, after a GC; ${ratio(engines[engine].heapMiB, baseline.heapMiB)}x the parsed records' heap (${round(baseline.heapMiB, 1)} MiB)`
    })),
    {
      id: 'sync.initial.heap.ratio',
      label: "New device's engine heap, Yjs/Hocuspocus ÷ PouchDB/express-pouchdb",
      value: ratio(yjs.heapMiB, pouch.heapMiB),
      unit: 'x'
    }
  ]
}
