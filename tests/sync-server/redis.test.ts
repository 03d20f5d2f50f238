// Two server instances behind one Redis (started here on a loopback port, nothing saved) and one data folder, as
// several instances behind one address run: a change made through one reaches a client of the other, both ways,
// and a group made through one instance's API is enforced by the other.

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { api, dataFolder, eventually, groupOf, mustOpen, onCleanup, openDocument, person, startServer } from './helpers'

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server'

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

async function startRedis(): Promise<string> {
  const port = await freePort()
  const redis = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  onCleanup(async () => {
    if (redis.exitCode !== null) return
    const exited = new Promise((resolve) => redis.once('exit', resolve))
    redis.kill('SIGTERM')
    await exited
  })
  await new Promise<void>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in 10 s: ${out}`)), 10_000)
    redis.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    redis.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)))
  })
  return `redis://127.0.0.1:${port}`
}

describe.skipIf(!existsSync(REDIS_SERVER))(`two instances sharing Redis (${REDIS_SERVER})`, () => {
  it('carries a change made through one instance to a client of the other', { timeout: 30_000 }, async () => {
    const redis = await startRedis()
    const dataDir = await dataFolder()
    const first = await startServer({ dataDir, redis })
    const second = await startServer({ dataDir, redis })
    const alice = await person(dataDir, 'alice')
    const name = `account:${alice.account}`
    const laptop = await mustOpen(first.url, name, alice.token)
    const desktop = await mustOpen(second.url, name, alice.token)
    laptop.annotations.set('from-first', 'par la première instance')
    await eventually(() => expect(desktop.annotations.get('from-first')).toBe('par la première instance'))
    desktop.annotations.set('from-second', 'par la seconde')
    await eventually(() => expect(laptop.annotations.get('from-second')).toBe('par la seconde'))
  })

  it('refuses to start with a Redis that does not answer, saying which', { timeout: 30_000 }, async () => {
    const dataDir = await dataFolder()
    const nobody = `redis://127.0.0.1:${await freePort()}`
    await expect(startServer({ dataDir, redis: nobody })).rejects.toThrow(/^Redis at 127\.0\.0\.1:\d+ does not answer/)
  })

  it('enforces through one instance the groups changed through the other', { timeout: 30_000 }, async () => {
    const redis = await startRedis()
    const dataDir = await dataFolder()
    const first = await startServer({ dataDir, redis })
    const second = await startServer({ dataDir, redis })
    const owner = await person(dataDir, 'owner')
    const reader = await person(dataDir, 'reader')
    const group = await groupOf(first.httpUrl, owner, [{ who: reader, role: 'read' }])
    const name = `group:${group}:${owner.account}`
    const ownerOnFirst = await mustOpen(first.url, name, owner.token)
    const readerOnSecond = await mustOpen(second.url, name, reader.token)
    expect(readerOnSecond.scope).toBe('readonly')
    ownerOnFirst.annotations.set('o1', 'partagée')
    await eventually(() => expect(readerOnSecond.annotations.get('o1')).toBe('partagée'))

    // Removed through the first instance's API: the second closes the reader's connection at its next check.
    expect((await api(first.httpUrl, 'DELETE', `/groups/${group}/members/${reader.account}`, owner.token)).status).toBe(
      200
    )
    expect(await readerOnSecond.closed).toBe('forbidden')
    expect(await openDocument(second.url, name, reader.token)).toEqual({ ok: false, reason: 'forbidden' })
  })
})
