import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RENAME_RETRY_DELAYS_MS, writeAtomically } from '../../../src/main/files/atomic-write'
import { recordingFileSystem } from './recording-file-system'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-write-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the order of a durable write', () => {
  it('flushes the temporary before renaming it, and the folder after', async () => {
    const fs = recordingFileSystem(dir)
    await writeAtomically(join(dir, 'library.json'), '{"documents":[]}', { fs })
    expect(fs.calls).toEqual([
      'open tmp',
      'write tmp',
      'sync tmp',
      'close tmp',
      'rename tmp → library.json',
      'open dir',
      'sync dir',
      'close dir'
    ])
    expect(readFileSync(join(dir, 'library.json'), 'utf8')).toBe('{"documents":[]}')
  })

  it('gives the temporary the old file’s permissions before flushing it', async () => {
    writeFileSync(join(dir, 'notes.md'), 'old')
    const fs = recordingFileSystem(dir)
    await writeAtomically(join(dir, 'notes.md'), 'new', { fs })
    expect(fs.calls.slice(0, 4)).toEqual(['open tmp', 'write tmp', 'chmod tmp', 'sync tmp'])
  })

  it('retries a rename Windows refused for a moment', async () => {
    writeFileSync(join(dir, 'a.json'), 'old')
    const fs = recordingFileSystem(dir, (step, count) => (step.startsWith('rename') && count <= 2 ? 'EPERM' : null))
    await writeAtomically(join(dir, 'a.json'), 'new', { fs, platform: 'win32' })
    expect(fs.calls.filter((call) => call.startsWith('rename'))).toHaveLength(3)
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('gives up after a bounded number of tries, keeping the old file and removing the temporary', async () => {
    writeFileSync(join(dir, 'a.json'), 'old')
    const fs = recordingFileSystem(dir, (step) => (step.startsWith('rename') ? 'EBUSY' : null))
    await expect(writeAtomically(join(dir, 'a.json'), 'new', { fs, platform: 'win32' })).rejects.toMatchObject({
      code: 'EBUSY'
    })
    expect(fs.calls.filter((call) => call.startsWith('rename'))).toHaveLength(RENAME_RETRY_DELAYS_MS.length + 1)
    expect(fs.calls.at(-1)).toBe('unlink tmp')
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('does not retry elsewhere, where a refused rename is final', async () => {
    const fs = recordingFileSystem(dir, (step) => (step.startsWith('rename') ? 'EPERM' : null))
    await expect(writeAtomically(join(dir, 'a.json'), 'new', { fs, platform: 'linux' })).rejects.toMatchObject({
      code: 'EPERM'
    })
    expect(fs.calls.filter((call) => call.startsWith('rename'))).toHaveLength(1)
    expect(readdirSync(dir)).toEqual([])
  })

  it('fails, never renaming, when the temporary cannot be flushed', async () => {
    writeFileSync(join(dir, 'a.json'), 'old')
    const fs = recordingFileSystem(dir, (step) => (step === 'sync tmp' ? 'EIO' : null))
    await expect(writeAtomically(join(dir, 'a.json'), 'new', { fs })).rejects.toMatchObject({ code: 'EIO' })
    expect(fs.calls.some((call) => call.startsWith('rename'))).toBe(false)
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('accepts a folder that cannot be flushed (Windows), but not a folder flush that failed', async () => {
    const refused = recordingFileSystem(dir, (step) => (step === 'open dir' ? 'EISDIR' : null))
    await writeAtomically(join(dir, 'a.json'), 'new', { fs: refused })
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new')
    const failed = recordingFileSystem(dir, (step) => (step === 'sync dir' ? 'EIO' : null))
    await expect(writeAtomically(join(dir, 'a.json'), 'newer', { fs: failed })).rejects.toMatchObject({ code: 'EIO' })
    expect(failed.calls.at(-1)).toBe('close dir')
  })
})

describe('writing over a file', () => {
  it('two writes in the same instant each land their own content', async () => {
    const path = join(dir, 'settings.json')
    const contents = Array.from({ length: 20 }, (_, index) => `${'x'.repeat(index * 1000)}${index}`)
    await Promise.all(contents.map((content) => writeAtomically(path, content)))
    expect(contents).toContain(readFileSync(path, 'utf8'))
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('keeps a symbolic link a link, and rewrites what it points to', async () => {
    writeFileSync(join(dir, 'real.bib'), 'old')
    symlinkSync('real.bib', join(dir, 'link.bib'))
    await writeAtomically(join(dir, 'link.bib'), 'new')
    expect(lstatSync(join(dir, 'link.bib')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'real.bib'), 'utf8')).toBe('new')
  })

  it('follows a dangling link to create the file it names', async () => {
    symlinkSync('made.bib', join(dir, 'link.bib'))
    await writeAtomically(join(dir, 'link.bib'), 'new')
    expect(lstatSync(join(dir, 'link.bib')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'made.bib'), 'utf8')).toBe('new')
  })

  it('keeps the file’s permissions', async () => {
    writeFileSync(join(dir, 'private.md'), 'old')
    chmodSync(join(dir, 'private.md'), 0o600)
    await writeAtomically(join(dir, 'private.md'), 'new')
    expect(statSync(join(dir, 'private.md')).mode & 0o777).toBe(0o600)
  })

  it('writes a file whose name is as long as the file system allows', async () => {
    const name = `${'é'.repeat(121)}.txt` // 246 bytes in UTF-8
    expect(Buffer.byteLength(name)).toBeGreaterThan(243)
    await writeAtomically(join(dir, name), 'long')
    expect(readFileSync(join(dir, name), 'utf8')).toBe('long')
    expect(readdirSync(dir)).toEqual([name])
  })
})
