// The sync benchmark's shared-document runs: every device on one document, on one bare Hocuspocus, on two
// Hocuspocus instances sharing it through Debian's redis-server (a change timed across them), and on Folio's own
// server (src/sync-server: accounts, access checks, documents on disk), in interleaved rounds; the rounds' medians.

import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, median, percentile, round } from './stats'
import type { LoadResult } from './sync-client-tasks'
import { DIR, runLoad, startRedis, withServer, type LoadTask, type RunningServer } from './sync-processes'
import { ratio } from './sync-report-terms'

type Log = (line: string) => void

/** The cluster figures' devices: all sharing one document, on `servers` in turn (Folio's: its account's document). */
const sharedTask = (sizes: Sizes, servers: RunningServer[], folio = false): LoadTask => ({
  mode: 'load',
  engine: 'yjs',
  urls: servers.map((s) => s.url),
  stats: servers.map((s) => s.stats),
  clients: sizes.syncClusterClients,
  perClient: sizes.syncLoadAnnotations,
  group: sizes.syncClusterClients,
  intervalMs: sizes.syncLoadIntervalMs,
  durationMs: sizes.syncLoadSeconds * 1000,
  ...(folio && servers[0]?.token && servers[0].document
    ? { folio: { token: servers[0].token, document: servers[0].document } }
    : {})
})

/** The same devices over two Hocuspocus instances sharing their documents through a redis-server of their own. */
async function overRedis(sizes: Sizes): Promise<LoadResult> {
  const redis = await startRedis()
  try {
    const port = String(redis.port)
    return await withServer(['hocuspocus', port], (one) =>
      withServer(['hocuspocus', port], (two) => runLoad(sharedTask(sizes, [one, two]), 1))
    )
  } finally {
    await redis.stop()
  }
}

/** Medians over rounds of one shared-document run: p50, p95 of every pair, the server's CPU and RSS. */
function sharedSummary(runs: readonly LoadResult[]) {
  const server = (r: LoadResult) => r.servers[0] as LoadResult['servers'][number]
  const p95s = runs.map((r) => percentile(r.pairs, 95))
  return {
    p50: median(runs.map((r) => percentile(r.pairs, 50))),
    p95: median(p95s),
    rounds: p95s.map((v) => `${round(v, 1)}`).join(', '),
    cpu: median(runs.map((r) => server(r).after.cpuSeconds - server(r).before.cpuSeconds)),
    rss: median(runs.map((r) => server(r).after.rssMiB)),
    arrivals: runs.reduce((sum, r) => sum + r.pairs.length, 0),
    incomplete: runs.reduce((sum, r) => sum + r.incomplete, 0)
  }
}

function clusterFigures(sizes: Sizes, singles: LoadResult[], redis: LoadResult[]): Figure[] {
  const what = `${sizes.syncClusterClients} devices sharing one document of ${(sizes.syncClusterClients * sizes.syncLoadAnnotations).toLocaleString('en-US')} annotations, each changing a note every ${sizes.syncLoadIntervalMs} ms for ${sizes.syncLoadSeconds} s`
  const one = sharedSummary(singles)
  const two = sharedSummary(redis)
  const rounds = `median of ${count(singles.length, 'round')}`
  const lost = (n: number) => (n ? `; ${n} changes never arrived everywhere` : '')
  return [
    {
      id: 'sync.cluster.single.p95',
      label: 'One Hocuspocus: a change until another device has it, p95 of every pair',
      value: round(one.p95, 1),
      unit: 'ms',
      note: `${what}; ${rounds} (${one.rounds} ms), ${count(one.arrivals, 'arrival')}${lost(one.incomplete)}`
    },
    {
      id: 'sync.cluster.redis.p95',
      label: 'Two Hocuspocus over Redis: a change through one until a device of the other has it, p95',
      value: round(two.p95, 1),
      unit: 'ms',
      note: `the same devices, alternately on either instance (@hocuspocus/extension-redis, Debian's redis-server on loopback), rounds interleaved with the above; only pairs across the instances counted; ${rounds} (${two.rounds} ms), ${count(two.arrivals, 'arrival')}${lost(two.incomplete)}`
    },
    {
      id: 'sync.cluster.ratio',
      label: 'A change across two instances over Redis ÷ on one instance, p95',
      value: ratio(two.p95, one.p95),
      unit: 'x',
      note: `p50: ${round(two.p50, 1)} ms against ${round(one.p50, 1)} ms`
    }
  ]
}

/** Folio's server (accounts, access checks on every connection, documents kept on disk) against bare Hocuspocus. */
function folioFigures(sizes: Sizes, singles: LoadResult[], folio: LoadResult[]): Figure[] {
  const bare = sharedSummary(singles)
  const ours = sharedSummary(folio)
  return [
    {
      id: 'sync.folio.p95',
      label:
        "Folio's sync server (src/sync-server): a change until another device of the account has it, p95 of every pair",
      value: round(ours.p95, 1),
      unit: 'ms',
      note: `the cluster figures' ${sizes.syncClusterClients} devices and changes, all on one account's document with its token; median of ${count(folio.length, 'round')} (${ours.rounds} ms); p50 ${round(ours.p50, 1)} ms; server CPU ${round(ours.cpu, 2)} s, RSS ${round(ours.rss, 0)} MiB${ours.incomplete ? `; ${ours.incomplete} changes never arrived everywhere` : ''}`
    },
    {
      id: 'sync.folio.ratio',
      label: "Folio's sync server ÷ bare Hocuspocus, p95 of a change to another device",
      value: ratio(ours.p95, bare.p95),
      unit: 'x',
      note: `server CPU ${ratio(ours.cpu, bare.cpu)}x, RSS ${ratio(ours.rss, bare.rss)}x bare Hocuspocus's, rounds interleaved`
    }
  ]
}

/**
 * The shared-document figures: one Hocuspocus, two over Redis, Folio's server, round by round, interleaved so that
 * the machine's other work weighs on each alike. Redis and Folio's server are each reported as a failed figure,
 * with why, when they cannot run: the others stand. `clustered` is the last round over Redis, for the plot.
 */
export async function sharedDocumentFigures(
  sizes: Sizes,
  log: Log
): Promise<{ figures: Figure[]; clustered: LoadResult | undefined }> {
  const singles: LoadResult[] = []
  const redisRuns: LoadResult[] = []
  const folioRuns: LoadResult[] = []
  let redisError: unknown = null
  let folioError: unknown = null
  for (let r = 0; r < sizes.syncClusterRounds; r++) {
    log(
      `  sync: ${sizes.syncClusterClients} devices sharing one document, round ${r + 1}/${sizes.syncClusterRounds}: one Hocuspocus, two over redis-server, Folio's sync server…`
    )
    singles.push(await withServer(['hocuspocus'], (server) => runLoad(sharedTask(sizes, [server]), 1)))
    if (redisError === null)
      redisRuns.push(
        ...(await overRedis(sizes).then(
          (run) => [run],
          (error: unknown) => ((redisError = error), [])
        ))
      )
    if (folioError === null)
      folioRuns.push(
        ...(await withServer(['folio', DIR], (server) => runLoad(sharedTask(sizes, [server], true), 1)).then(
          (run) => [run],
          (error: unknown) => ((folioError = error), [])
        ))
      )
  }
  const failed = (id: string, label: string, error: unknown): Figure => {
    const message = error instanceof Error ? error.message : String(error)
    log(`  sync: ${id} FAILED: ${message}`)
    return { id, label, value: null, unit: 'ms', note: message.split('\n')[0] }
  }
  const figures = [
    ...(redisError === null
      ? clusterFigures(sizes, singles, redisRuns)
      : [failed('sync.cluster.failed', 'Two Hocuspocus instances over Redis: the benchmark failed', redisError)]),
    ...(folioError === null
      ? folioFigures(sizes, singles, folioRuns)
      : [failed('sync.folio.failed', "Folio's sync server: the benchmark failed", folioError)])
  ]
  const clustered = redisError === null ? redisRuns.at(-1) : undefined
  return { figures, clustered }
}
