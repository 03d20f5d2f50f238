// The server as its users run it, `npm run sync-server -- …` in a child process: accounts made and removed by
// command (the printed token is the one that connects), and the server killed with SIGKILL in the middle of
// storing a document — after a restart every client gets back a whole document, never half of one.

import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, watch } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { TEMPORARY_FILE_NAME } from '../../src/main/files/atomic-write'
import { removeLeftoverTemporaries } from '../../src/sync-server/document-files'
import { dataFolder, eventually, mustOpen, onCleanup, openDocument, startServer, type OpenDocument } from './helpers'

const run = promisify(execFile)
const REPO = join(__dirname, '..', '..')

async function syncServerCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'sync-server', '--', ...args], {
      cwd: REPO,
      timeout: 60_000
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

async function addAccount(dataDir: string, name: string): Promise<{ account: string; token: string }> {
  const { code, stdout } = await syncServerCommand('add-account', '--data', dataDir, '--name', name)
  expect(code).toBe(0)
  return { account: /^account ([0-9a-f]{16})$/m.exec(stdout)![1]!, token: /^token (\S+)$/m.exec(stdout)![1]! }
}

/** Starts `npm run sync-server` in a process group of its own (so SIGKILL reaches node, not only npm). */
async function serverProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('npm', ['run', '-s', 'sync-server', '--', '--port', '0', '--data', dataDir], {
    cwd: REPO,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
  }
  onCleanup(kill)
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`no server start in 30 s: ${out}`)), 30_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const found = /Folio sync server: (ws:\/\/\S+)/.exec(out)
      if (found) {
        clearTimeout(timer)
        resolve(found[1]!)
      }
    })
    child.on('exit', () => reject(new Error(`server exited: ${out}`)))
  })
  return { child, url }
}

const entries = (prefix: string, count: number, size: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, `${prefix}${i} `.padEnd(size, '·')]))

const settled = (open: OpenDocument) => eventually(() => expect(open.provider.hasUnsyncedChanges).toBe(false), 30_000)

describe('npm run sync-server', () => {
  it('makes an account whose printed token connects, lists it, and removes it', { timeout: 60_000 }, async () => {
    const dataDir = await dataFolder()
    const alice = await addAccount(dataDir, 'alice')
    const listed = await syncServerCommand('list-accounts', '--data', dataDir)
    expect(listed.stdout).toContain(`${alice.account}\talice\t`)
    expect(listed.stdout).not.toContain(alice.token)

    const server = await startServer({ dataDir })
    const open = await mustOpen(server.url, `account:${alice.account}`, alice.token)
    expect(open.scope).toBe('read-write')

    expect((await syncServerCommand('remove-account', '--data', dataDir, '--account', alice.account)).code).toBe(0)
    expect(await openDocument(server.url, `account:${alice.account}`, alice.token)).toEqual({
      ok: false,
      reason: 'token'
    })
    expect((await syncServerCommand('remove-account', '--data', dataDir, '--account', alice.account)).code).toBe(1)
  })

  it('says how to use it when asked wrongly', { timeout: 60_000 }, async () => {
    const dataDir = await dataFolder()
    const noName = await syncServerCommand('add-account', '--data', dataDir)
    expect(noName.code).toBe(2)
    expect(noName.stderr).toContain('--name is required')
    expect(
      (await syncServerCommand('add-account', '--data', dataDir, '--name', 'a', '--expires-days', 'soon')).code
    ).toBe(2)
    expect((await syncServerCommand('--data', dataDir)).stderr).toContain('--port is required')
    expect((await syncServerCommand('launch', '--data', dataDir)).stderr).toContain('unknown command: launch')
  })

  it('refuses to start a second server on a folder a server without Redis uses', { timeout: 60_000 }, async () => {
    const dataDir = await dataFolder()
    const { child } = await serverProcess(dataDir)
    await expect(startServer({ dataDir })).rejects.toThrow(`another server (process `)
    // Nor may an instance with Redis join it: the first would store over what Redis carries.
    await expect(startServer({ dataDir, redis: 'redis://127.0.0.1:1' })).rejects.toThrow(`another server (process `)
    process.kill(-child.pid!, 'SIGKILL')
    await new Promise((done) => child.once('exit', done))
    // Killed, it left its claim behind: the claim of a process that no longer runs is taken over (once the
    // kernel has it dead: npm, whose exit was awaited, may go before the node process it started).
    const server = await eventually(() => startServer({ dataDir }))
    expect((await fetch(`${server.httpUrl}/health`)).status).toBe(200)
  })

  it('gives back a whole document after being killed mid-store', { timeout: 120_000 }, async () => {
    const dataDir = await dataFolder()
    const alice = await addAccount(dataDir, 'alice')
    const name = `account:${alice.account}`
    const folder = join(dataDir, 'docs', 'account')
    const first = entries('v1-', 200, 100)
    let killedMidWrite = 0
    // A kill can land after the rename despite the watch; three tries at most, and one must land during the write.
    for (let attempt = 0; attempt < 3 && killedMidWrite === 0; attempt++) {
      // Started again after a kill: the killed node process may outlive npm for a moment, and keep its claim.
      const { child, url } = await eventually(() => serverProcess(dataDir), 20_000)
      const device = await mustOpen(url, name, alice.token)
      if (attempt === 0) {
        device.doc.transact(() => Object.entries(first).forEach(([key, value]) => device.annotations.set(key, value)))
        await settled(device)
        // Stored once the changes have rested (Hocuspocus' 2 s debounce).
        await eventually(() => expect(existsSync(join(folder, `${alice.account}.ydoc`))).toBe(true), 30_000)
      }
      // Then a large change (8 MB), and SIGKILL the moment its temporary file appears.
      const killed = new Promise<boolean>((resolve) => {
        const watcher = watch(folder, (_event, file) => {
          if (!file || !TEMPORARY_FILE_NAME.test(file)) return
          process.kill(-child.pid!, 'SIGKILL')
          watcher.close()
          resolve(existsSync(join(folder, file)))
        })
      })
      device.doc.transact(() =>
        Object.entries(entries(`v2-${attempt}-`, 4000, 2000)).forEach(([key, value]) =>
          device.annotations.set(key, value)
        )
      )
      if (await killed) killedMidWrite++
      await new Promise((done) => child.once('exit', done))
      device.provider.destroy()
    }
    expect(killedMidWrite).toBe(1)

    // Restarted: the document is the first version whole, or with a whole second change — never a torn one.
    // The killed server process may outlive npm's exit for a moment, and keep its claim until it is gone.
    const server = await eventually(() => startServer({ dataDir }), 20_000)
    const reopened = await mustOpen(server.url, name, alice.token)
    const keys = [...reopened.annotations.keys()]
    expect(keys.filter((key) => key.startsWith('v1-'))).toHaveLength(200)
    // Each large change is there whole or not at all.
    for (const attempt of [0, 1, 2]) {
      expect([0, 4000]).toContain(keys.filter((key) => key.startsWith(`v2-${attempt}-`)).length)
    }
    for (const [key, value] of Object.entries(first)) expect(reopened.annotations.get(key)).toBe(value)
    // The temporary the kill left is never read; start-up removes it once it is too old to be another
    // instance's write in progress (ten minutes), which a sweep with no age shows.
    const temporaries = async () => (await readdir(folder)).filter((file) => TEMPORARY_FILE_NAME.test(file))
    expect(await temporaries()).toHaveLength(1)
    expect(await removeLeftoverTemporaries(dataDir, 0)).toBe(1)
    expect(await temporaries()).toEqual([])
  })
})
