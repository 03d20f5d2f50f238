// The sync benchmark's processes: the server children (sync-server-child.ts) and the device children
// (sync-client-child.ts), bundled into out/bench/sync, started, timed out and stopped, and Debian's redis-server
// for the cluster figures; each server started for one run alone.

import { execFile, fork, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { repoRoot } from '../../tests/fixtures/archive-files'
import { bundleNodeChild } from './bundle-node-child'
import type { ClientTask, LoadEngine, LoadPart, LoadResult } from './sync-client-tasks'
import type { ServerReady, ServerStats } from './sync-server-child'

/** Where the children are bundled to, and where the servers that keep files write them. */
export const DIR = join(repoRoot, 'out/bench/sync')
const SERVER_CHILD = join(DIR, 'sync-server-child.mjs')
const CLIENT_CHILD = join(DIR, 'sync-client-child.mjs')
const REDIS = '/usr/bin/redis-server'
/** No child runs longer than this (the FULL initial sync of PouchDB takes well under a minute). */
const CHILD_TIMEOUT_MS = 600_000

export interface RunningServer extends ServerReady {
  stop(): Promise<void>
}

/** Bundles the server and device children into DIR, before any of them runs. */
export async function bundleSyncChildren(): Promise<void> {
  mkdirSync(DIR, { recursive: true })
  await bundleNodeChild('bench/suite/sync-server-child.ts', SERVER_CHILD)
  await bundleNodeChild('bench/suite/sync-client-child.ts', CLIENT_CHILD)
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
export function runClient<T>(task: ClientTask): Promise<T> {
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

export type LoadTask = Extract<ClientTask, { mode: 'load' }>

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
export async function runLoad(task: LoadTask, processes: number): Promise<LoadResult> {
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
export async function withServer<T>(args: string[], body: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer(args)
  try {
    return await body(server)
  } finally {
    await server.stop()
  }
}

/** The server child's arguments for `engine`'s own server. */
export const serverArgs = (engine: LoadEngine): string[] =>
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
export async function startRedis(): Promise<{ port: number; stop(): Promise<void> }> {
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
