import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileRefusal, readRegularFile } from '../../../src/main/library/read-regular-file'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-regular-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const fifo = () => {
  const path = join(dir, 'tube.txt')
  execFileSync('mkfifo', [path])
  return path
}
const refusal = (reason: FileRefusal['reason'], words: string) =>
  expect.objectContaining({ name: 'FileRefusal', reason, message: expect.stringContaining(words) })

describe('reading a file only if it is a regular one of bounded size', () => {
  it('reads a regular file whole', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Titre\n\nTexte.')
    expect(Buffer.from(await readRegularFile(join(dir, 'a.txt'), { limit: 100, followLinks: false })).toString()).toBe(
      'Titre\n\nTexte.'
    )
  })

  it.each([true, false])(
    'refuses a FIFO at once, without waiting for a writer (following links: %s)',
    async (followLinks) => {
      await expect(readRegularFile(fifo(), { limit: 100, followLinks })).rejects.toEqual(refusal('not-a-file', 'FIFO'))
    }
  )

  it('refuses a device such as /dev/zero (it never ends)', async () => {
    await expect(readRegularFile('/dev/zero', { limit: 100, followLinks: true })).rejects.toEqual(
      refusal('not-a-file', 'périphérique')
    )
  })

  it('refuses a folder', async () => {
    mkdirSync(join(dir, 'dossier.txt'))
    await expect(readRegularFile(join(dir, 'dossier.txt'), { limit: 100, followLinks: true })).rejects.toEqual(
      refusal('not-a-file', 'dossier')
    )
  })

  it('refuses a symbolic link when links are not followed, and reads its target when they are', async () => {
    writeFileSync(join(dir, 'hors.txt'), 'dehors')
    symlinkSync(join(dir, 'hors.txt'), join(dir, 'lien.txt'))
    await expect(readRegularFile(join(dir, 'lien.txt'), { limit: 100, followLinks: false })).rejects.toEqual(
      refusal('not-a-file', 'lien symbolique')
    )
    expect(
      Buffer.from(await readRegularFile(join(dir, 'lien.txt'), { limit: 100, followLinks: true })).toString()
    ).toBe('dehors')
  })

  it('refuses a link to a FIFO even when links are followed', async () => {
    symlinkSync(fifo(), join(dir, 'lien.txt'))
    await expect(readRegularFile(join(dir, 'lien.txt'), { limit: 100, followLinks: true })).rejects.toEqual(
      refusal('not-a-file', 'FIFO')
    )
  })

  it('refuses a file over the limit, giving its size, and reads one exactly at it', async () => {
    const path = join(dir, 'gros.txt')
    writeFileSync(path, '')
    truncateSync(path, 101)
    await expect(readRegularFile(path, { limit: 100, followLinks: false })).rejects.toEqual(
      expect.objectContaining({ reason: 'too-large', bytes: 101 })
    )
    truncateSync(path, 100)
    expect((await readRegularFile(path, { limit: 100, followLinks: false })).byteLength).toBe(100)
  })
})
