import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LEFTOVER_AGE_MS, removeLeftoverTemporaries } from '../../../src/main/files/leftover-temporaries'
import { writeAtomically } from '../../../src/main/files/atomic-write'

describe('removeLeftoverTemporaries', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'folio-leftovers-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const age = (name: string, ms: number) => {
    const when = (Date.now() - ms) / 1000
    utimesSync(join(dir, name), when, when)
  }

  it('removes the temporaries an interrupted write left, and nothing of the user', async () => {
    writeFileSync(join(dir, '.folio-0123456789abcdef.tmp'), 'half a write')
    writeFileSync(join(dir, 'library.json'), '{}')
    writeFileSync(join(dir, 'notes.tmp'), 'the user’s own file')
    writeFileSync(join(dir, '.folio-backup.tmp'), 'not one of ours')
    mkdirSync(join(dir, '.folio-fedcba9876543210.tmp'))
    for (const name of readdirSync(dir)) age(name, 2 * LEFTOVER_AGE_MS)

    expect(await removeLeftoverTemporaries(dir)).toEqual(['.folio-0123456789abcdef.tmp'])
    expect(readdirSync(dir).sort()).toEqual([
      '.folio-backup.tmp',
      '.folio-fedcba9876543210.tmp',
      'library.json',
      'notes.tmp'
    ])
  })

  it('leaves a temporary young enough to be a write still in progress', async () => {
    writeFileSync(join(dir, '.folio-0123456789abcdef.tmp'), 'being written')
    age('.folio-0123456789abcdef.tmp', LEFTOVER_AGE_MS / 10)
    expect(await removeLeftoverTemporaries(dir)).toEqual([])
  })

  it('recognises the names the durable write gives its temporaries', async () => {
    const names: string[] = []
    const recording = await import('node:fs/promises')
    await writeAtomically(join(dir, 'a.json'), 'x', {
      fs: {
        ...recording,
        open: (path: string, flags: string, mode?: number) => {
          names.push(path)
          return recording.open(path, flags, mode)
        }
      }
    })
    const temporary = names[0]!.slice(dir.length + 1)
    writeFileSync(join(dir, temporary), 'left over')
    age(temporary, 2 * LEFTOVER_AGE_MS)
    expect(await removeLeftoverTemporaries(dir)).toEqual([temporary])
  })

  it('answers nothing for a folder that is not there', async () => {
    expect(await removeLeftoverTemporaries(join(dir, 'missing'))).toEqual([])
  })
})
