// The sync benchmark's load run: C devices in documents of a few, each changing its own notes at a steady rate, on
// each engine's server and on a bare WebSocket relay (the floor); each change timed until every other device of
// its document has it, with the server's RSS, CPU and bytes per change over the same window.

import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, percentile, round } from './stats'
import type { LoadEngine, LoadResult } from './sync-client-tasks'
import { runLoad, serverArgs, withServer } from './sync-processes'
import { ENGINES, NAMES, ratio, seconds } from './sync-report-terms'

const processes = (n: number) => `${n} process${n === 1 ? '' : 'es'}`

/** The load run of `engine`: its server, then the devices' process against it. */
export async function loadRun(engine: LoadEngine, sizes: Sizes): Promise<LoadResult> {
  return withServer(serverArgs(engine), (server) =>
    runLoad(
      {
        mode: 'load',
        engine,
        urls: [server.url],
        stats: [server.stats],
        clients: sizes.syncLoadClients,
        perClient: sizes.syncLoadAnnotations,
        group: sizes.syncLoadGroup,
        intervalMs: sizes.syncLoadIntervalMs,
        durationMs: sizes.syncLoadSeconds * 1000
      },
      sizes.syncLoadProcesses
    )
  )
}

export function loadFigures(sizes: Sizes, runs: Record<LoadEngine, LoadResult>): Figure[] {
  const c = sizes.syncLoadClients
  const k = sizes.syncLoadAnnotations.toLocaleString('en-US')
  const groups = Math.ceil(c / sizes.syncLoadGroup)
  const what = `${c} devices × ${k} own annotations, in ${count(groups, 'document')} of ${sizes.syncLoadGroup} devices sharing their annotations, each device changing one of its notes every ${sizes.syncLoadIntervalMs} ms for ${sizes.syncLoadSeconds} s`
  const server = (r: LoadResult) => r.servers[0] as LoadResult['servers'][number]
  const cpu = (r: LoadResult) => server(r).after.cpuSeconds - server(r).before.cpuSeconds
  const perChange = (r: LoadResult) =>
    (server(r).after.bytesIn + server(r).after.bytesOut - server(r).before.bytesIn - server(r).before.bytesOut) /
    Math.max(1, r.changes)
  const lost = (r: LoadResult) =>
    r.incomplete ? `; ${r.incomplete} of ${r.changes} changes had not reached every device 10 s after the last` : ''
  const p95 = (r: LoadResult) => percentile(r.toAll, 95)
  const relay = runs.relay
  return [
    {
      id: 'sync.load.relay.p95',
      label:
        'Load baseline: a bare WebSocket relay (ws) forwarding each change to the other devices of its document, p95',
      value: round(p95(relay), 1),
      unit: 'ms',
      note: `the same devices, rate and run, each change a 100-byte JSON message relayed as is (no engine, no document): the floor of loopback and of this machine's event loops; p50 ${round(percentile(relay.toAll, 50), 1)} ms; its server's CPU ${round(cpu(relay), 2)} s, RSS ${round(server(relay).after.rssMiB, 0)} MiB${lost(relay)}`
    },
    ...ENGINES.flatMap((engine): Figure[] => {
      const r = runs[engine]
      return [
        {
          id: `sync.load.${engine}.p50`,
          label: `Load, ${NAMES[engine]}: a change until every other device of its document has it, p50`,
          value: round(percentile(r.toAll, 50), 1),
          unit: 'ms',
          note: `${what}; ${count(r.changes, 'change')}${lost(r)}`
        },
        {
          id: `sync.load.${engine}.p95`,
          label: `Load, ${NAMES[engine]}: a change until every other device of its document has it, p95`,
          value: round(percentile(r.toAll, 95), 1),
          unit: 'ms',
          ...(engine === 'yjs' ? { budget: 500 } : {}),
          note: `each (change, device) pair: p50 ${round(percentile(r.pairs, 50), 1)} ms, p95 ${round(percentile(r.pairs, 95), 1)} ms, max ${round(Math.max(...r.pairs), 0)} ms; the ${c} devices run in ${processes(Math.min(sizes.syncLoadProcesses, groups))}, which used ${round(r.devicesCpuSeconds, 1)} s of CPU in the ${round(r.windowSeconds, 1)} s (${round((100 * r.devicesCpuSeconds) / r.windowSeconds, 0)} % of one core); devices and server share the machine's 2 cores`
        },
        {
          id: `sync.load.${engine}.server-rss`,
          label: `Load, ${NAMES[engine]}: the server's RSS at the end`,
          value: round(server(r).after.rssMiB, 0),
          unit: 'MiB',
          note: `${round(server(r).before.rssMiB, 0)} MiB before the edits, with every document loaded`
        },
        {
          id: `sync.load.${engine}.server-cpu`,
          label: `Load, ${NAMES[engine]}: the server's CPU during the edits`,
          value: round(cpu(r), 2),
          unit: 's',
          note: `user + system over ${round(r.windowSeconds, 1)} s (${round((100 * cpu(r)) / r.windowSeconds, 0)} % of one core); set-up (documents to the server) ${seconds(r.setupMs)} s`
        },
        {
          id: `sync.load.${engine}.bytes-per-change`,
          label: `Load, ${NAMES[engine]}: bytes through the server per change`,
          value: round(perChange(r) / 1024, 2),
          unit: 'kB',
          note: `in and out, every receiver's copy included (${sizes.syncLoadGroup - 1} per change)`
        }
      ]
    }),
    ...ENGINES.map((engine): Figure => ({
      id: `sync.load.${engine}.p95.ratio.relay`,
      label: `Load p95 to every other device, ${NAMES[engine]} ÷ the bare relay's`,
      value: ratio(p95(runs[engine]), p95(relay)),
      unit: 'x',
      note: `server CPU ${ratio(cpu(runs[engine]), cpu(relay))}x the relay's`
    })),
    {
      id: 'sync.load.p95.ratio',
      label: 'Load p95 to every other device, Yjs/Hocuspocus ÷ PouchDB/express-pouchdb',
      value: ratio(percentile(runs.yjs.toAll, 95), percentile(runs.pouchdb.toAll, 95)),
      unit: 'x'
    },
    {
      id: 'sync.load.server-rss.ratio',
      label: "Load: the server's RSS, Yjs/Hocuspocus ÷ PouchDB/express-pouchdb",
      value: ratio(server(runs.yjs).after.rssMiB, server(runs.pouchdb).after.rssMiB),
      unit: 'x'
    },
    {
      id: 'sync.load.server-cpu.ratio',
      label: "Load: the server's CPU, Yjs/Hocuspocus ÷ PouchDB/express-pouchdb",
      value: ratio(cpu(runs.yjs), cpu(runs.pouchdb)),
      unit: 'x'
    },
    {
      id: 'sync.load.bytes-per-change.ratio',
      label: 'Load: bytes per change, Yjs/Hocuspocus ÷ PouchDB/express-pouchdb',
      value: ratio(perChange(runs.yjs), perChange(runs.pouchdb)),
      unit: 'x'
    }
  ]
}
