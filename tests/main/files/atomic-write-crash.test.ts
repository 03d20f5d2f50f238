// Crash consistency of the durable write: a child process writes over a file and is killed (SIGKILL) between
// its steps, and at random moments; after every kill the file is the old content or the new one, whole.
// The child runs the real helper, compiled from its TypeScript source here (it imports only Node's modules).

import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const CHILD = join(import.meta.dirname, 'crash-child.mjs')
const HELPER_SOURCE = join(import.meta.dirname, '../../../src/main/files/atomic-write.ts')

let work: string
let helper: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'folio-crash-'))
  helper = join(work, 'atomic-write.mjs')
  const { outputText } = ts.transpileModule(readFileSync(HELPER_SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  })
  writeFileSync(helper, outputText)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

// Big enough that writing takes a while, so random kills land inside the write too.
const OLD = Buffer.alloc(4 * 1024 * 1024, 'o')
const NEW = Buffer.alloc(3 * 1024 * 1024 + 7, 'n')

/** A folder holding `target.bin` with the old content, and the new content in a file beside it. */
function scene(label: string) {
  const dir = mkdtempSync(join(work, `${label}-`))
  const target = join(dir, 'target.bin')
  writeFileSync(target, OLD)
  writeFileSync(join(work, 'new.bin'), NEW)
  writeFileSync(join(work, 'old.bin'), OLD)
  return { dir, target }
}

/** What the file holds: 'old', 'new', or a description of the damage. */
function state(target: string): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(target)
  } catch (error) {
    return `unreadable (${(error as NodeJS.ErrnoException).code})`
  }
  if (bytes.equals(OLD)) return 'old'
  if (bytes.equals(NEW)) return 'new'
  return `damaged (${bytes.length} bytes)`
}

function run(args: string[], killAfterMs?: number): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, helper, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (killAfterMs !== undefined && stdout.includes('writing')) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve({ signal, stdout }))
  })
}

describe('a write killed mid-way', () => {
  it('leaves the old file until the rename, and the new one from the rename on, at every step', async () => {
    const states: string[] = []
    for (let step = 1; step < 50; step++) {
      const { target } = scene(`step-${step}`)
      const { signal, stdout } = await run([target, join(work, 'new.bin'), 'step', String(step)])
      states.push(state(target))
      if (signal === null) {
        // The write ran to its end: every step before was a kill.
        expect(stdout).toContain(`done after ${step - 1} calls`)
        break
      }
      expect(signal).toBe('SIGKILL')
    }
    // open, write, chmod, sync, close the temporary | rename | open, sync, close the folder | not killed
    expect(states).toEqual(['old', 'old', 'old', 'old', 'old', 'new', 'new', 'new', 'new', 'new'])
  })

  it('leaves one content or the other, whole, when killed at any moment', async () => {
    for (let round = 0; round < 12; round++) {
      const { dir, target } = scene(`random-${round}`)
      // Spread over a few writes' worth of time; the delays vary so the kills fall on different steps.
      const { signal } = await run([target, join(work, 'new.bin'), 'loop', join(work, 'old.bin')], (round * 17) % 90)
      expect(signal).toBe('SIGKILL')
      expect(['old', 'new']).toContain(state(target))
      // A kill may leave a temporary behind, never a second file under the target's name.
      expect(readdirSync(dir).filter((name) => !name.startsWith('.folio-'))).toEqual(['target.bin'])
    }
  })
})
