// Issue 18's engines measured side by side before the choice stands: Yjs documents on a bare Hocuspocus 3 server
// against PouchDB replicating to express-pouchdb (CouchDB's protocol), each server in a process of its own on
// 127.0.0.1 (its RSS and CPU its own), the devices in another: the initial sync of N annotations to a new device
// against a backup's JSON and zod validation of the same records, the load of C devices editing at once, and two
// Hocuspocus instances sharing documents through Debian's redis-server against one instance.

import { execFile, fork, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { repoRoot } from '../../tests/fixtures/archive-files'
import { bundleNodeChild } from './bundle-node-child'
import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count, median, percentile, round } from './stats'
import type {
  BaselineResult,
  ClientTask,
  Engine,
  InitialResult,
  LoadEngine,
  LoadPart,
  LoadResult
} from './sync-client-tasks'
import { plotSyncLatency } from './sync-plot'
import type { ServerReady, ServerStats } from './sync-server-child'

type Log = (line: string) => void
const DIR = join(repoRoot, 'out/bench/sync')
const SERVER_CHILD = join(DIR, 'sync-server-child.mjs')
const CLIENT_CHILD = join(DIR, 'sync-client-child.mjs')
const REDIS = '/usr/bin/redis-server'
/** No child runs longer than this (the FULL initial sync of PouchDB takes well under a minute). */
const CHILD_TIMEOUT_MS = 600_000
const ENGINES: Engine[] = ['yjs', 'pouchdb']
const NAMES: Record<Engine, string> = { yjs: 'Yjs/Hocuspocus', pouchdb: 'PouchDB/express-pouchdb' }

interface RunningServer extends ServerReady {
  stop(): Promise<void>
}

/** Waits for `child` to exit, killing it after `ms`. */
function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** A sync server child (`sync-server-child.ts`), once it listens. */
function startServer(args: string[]): Promise<RunningServer> {
  const child = fork(SERVER_CHILD, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`sync server ${args.join(' ')} did not start within 60 s`))
    }, 60_000)
    child.once('exit', (code) => reject(new Error(`sync server ${args.join(' ')} exited (${code}) before listening`)))
    child.once('message', (message) => {
      clearTimeout(timer)
      const ready = message as ServerReady
      resolve({
        ...ready,
        stop: async () => {
          if (child.connected) child.send('close')
          await exited(child, 10_000)
        }
      })
    })
  })
}

/** Runs one device task (`sync-client-child.ts`) to its end and returns what it printed. */
function runClient<T>(task: ClientTask): Promise<T> {
  const args = ['--expose-gc', '--max-old-space-size=12288', CLIENT_CHILD, JSON.stringify(task)]
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: repoRoot, timeout: CHILD_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 256 * 2 ** 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`sync ${task.mode} failed: ${error.message}\n${stderr.slice(-2000)}`))
        else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as T)
      }
    )
  })
}

type LoadTask = Extract<ClientTask, { mode: 'load' }>

/** One load process: resolves with a handle once its devices are in step (`ready`), then with its part. */
function loadProcess(task: LoadTask): Promise<{ go(): Promise<LoadPart>; kill(): void }> {
  const args = ['--expose-gc', '--max-old-space-size=8192']
  const child = fork(CLIENT_CHILD, [JSON.stringify(task)], {
    execArgv: args,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc']
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS)
  child.once('exit', () => clearTimeout(timer))
  const failed = (code: number | null) => new Error(`sync load process exited (${code}) early:\n${stderr}`)
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(failed(code)))
    child.once('message', () =>
      resolve({
        go: () =>
          new Promise((done, fail) => {
            child.once('exit', (code) => fail(failed(code)))
            child.once('message', (message) => done((message as { result: LoadPart }).result))
            child.send('go')
          }),
        kill: () => child.kill('SIGKILL')
      })
    )
  })
}

/**
 * The load run: its documents spread over `processes` device processes (each document's devices in one, so that
 * a change and its arrivals are timed on one clock), all started at once, the servers' figures over that window.
 */
async function runLoad(task: LoadTask, processes: number): Promise<LoadResult> {
  const groups = Math.ceil(task.clients / task.group)
  const sets = Array.from({ length: Math.min(processes, groups) }, (_, p) =>
    Array.from({ length: groups }, (_, g) => g).filter((g) => g % processes === p)
  )
  const started = await Promise.allSettled(sets.map((set) => loadProcess({ ...task, groups: set })))
  const ready = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const refused = started.find((result) => result.status === 'rejected')
  if (refused) {
    ready.forEach((handle) => handle.kill())
    throw refused.reason
  }
  const stats = () =>
    Promise.all(task.stats.map(async (url) => (await fetch(`${url}/stats`)).json() as Promise<ServerStats>))
  const before = await stats()
  const parts = await Promise.all(ready.map((handle) => handle.go()))
  const after = await stats()
  return {
    toAll: parts.flatMap((part) => part.toAll),
    pairs: parts.flatMap((part) => part.pairs),
    changes: parts.reduce((sum, part) => sum + part.changes, 0),
    incomplete: parts.reduce((sum, part) => sum + part.incomplete, 0),
    setupMs: Math.max(...parts.map((part) => part.setupMs)),
    windowSeconds: Math.max(...parts.map((part) => part.windowSeconds)),
    devicesCpuSeconds: parts.reduce((sum, part) => sum + part.devicesCpuSeconds, 0),
    servers: before.map((stats, i) => ({ before: stats, after: after[i] as ServerStats }))
  }
}

/** Runs `body` with a server of `engine` started for it alone, stopped after whatever happens. */
async function withServer<T>(args: string[], body: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer(args)
  try {
    return await body(server)
  } finally {
    await server.stop()
  }
}

const serverArgs = (engine: LoadEngine): string[] =>
  engine === 'yjs' ? ['hocuspocus'] : engine === 'pouchdb' ? ['pouchdb', DIR] : ['relay']

/** A port no one listens on now (the kernel's pick, released for redis-server to take). */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Debian's redis-server on a free loopback port, nothing written to disk; resolves once it accepts connections. */
async function startRedis(): Promise<{ port: number; stop(): Promise<void> }> {
  if (!existsSync(REDIS))
    throw new Error(`${REDIS} is missing (apt-get install redis-server): the cluster figure needs it`)
  const port = await freePort()
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
  const child = spawn(REDIS, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 20 s')), 20_000)
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen.slice(-500)}`)))
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      if (seen.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL')
    throw error
  })
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM')
      await exited(child, 10_000)
    }
  }
}

const processes = (n: number) => `${n} process${n === 1 ? '' : 'es'}`
const seconds = (ms: number) => round(ms / 1000, 2)
const mib = (bytes: number) => round(bytes / 2 ** 20, 1)
const ratio = (a: number, b: number) => round(a / b, 2)

interface Initial {
  baseline: BaselineResult
  engines: Record<Engine, InitialResult>
}

/** `rounds` rounds of the baseline and each engine (a fresh server and device process each); the medians. */
async function initialSync(sizes: Sizes, log: Log): Promise<Initial> {
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

function initialFigures(sizes: Sizes, measured: Initial, backupImport: Figure | undefined): Figure[] {
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

/** The load run of `engine`: its server, then the devices' process against it. */
async function loadRun(engine: LoadEngine, sizes: Sizes): Promise<LoadResult> {
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

function loadFigures(sizes: Sizes, runs: Record<LoadEngine, LoadResult>): Figure[] {
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
 * Every sync figure, in this order: initial sync, load, cluster, Folio's server. `figures` are those measured before in the same
 * run (the backup import's, when it ran); the latency plot goes to `plotFile`.
 */
export async function syncFigures(
  sizes: Sizes,
  plotFile: string,
  log: Log,
  earlier: readonly Figure[]
): Promise<Figure[]> {
  mkdirSync(DIR, { recursive: true })
  await bundleNodeChild('bench/suite/sync-server-child.ts', SERVER_CHILD)
  await bundleNodeChild('bench/suite/sync-client-child.ts', CLIENT_CHILD)
  const initial = await initialSync(sizes, log)
  const figures = initialFigures(
    sizes,
    initial,
    earlier.find((f) => f.id === 'backup.import' && f.value !== null)
  )
  const load = {} as Record<LoadEngine, LoadResult>
  for (const engine of ['relay', ...ENGINES] as const) {
    log(
      `  sync: load, ${sizes.syncLoadClients} devices on ${engine === 'relay' ? 'a bare WebSocket relay' : NAMES[engine]}…`
    )
    load[engine] = await loadRun(engine, sizes)
  }
  figures.push(...loadFigures(sizes, load))
  // The shared-document runs, round by round (one Hocuspocus, two over Redis, Folio's server), interleaved so that
  // the machine's other work weighs on each alike. Redis and Folio's server are each reported as a failed figure,
  // with why, when they cannot run: the others stand.
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
  figures.push(
    ...(redisError === null
      ? clusterFigures(sizes, singles, redisRuns)
      : [failed('sync.cluster.failed', 'Two Hocuspocus instances over Redis: the benchmark failed', redisError)]),
    ...(folioError === null
      ? folioFigures(sizes, singles, folioRuns)
      : [failed('sync.folio.failed', "Folio's sync server: the benchmark failed", folioError)])
  )
  const clustered = redisError === null ? redisRuns.at(-1) : undefined
  await plotSyncLatency(
    [
      ...(['relay', ...ENGINES] as const).map((engine) => ({
        name: `${engine === 'relay' ? 'bare WebSocket relay (baseline)' : NAMES[engine]}: ${sizes.syncLoadClients} devices, ${count(load[engine].toAll.length, 'change')}`,
        color: { relay: '#7f7f7f', yjs: '#1f77b4', pouchdb: '#d62728' }[engine],
        samples: load[engine].toAll
      })),
      ...(clustered
        ? [
            {
              name: `Hocuspocus ×2 over Redis (last round): ${sizes.syncClusterClients} devices, ${count(clustered.pairs.length, 'arrival')} across`,
              color: '#2ca02c',
              samples: clustered.pairs
            }
          ]
        : [])
    ],
    plotFile
  )
  log(`  sync: plot written to ${plotFile}`)
  return figures
}
