// The archives the user opened: remembered across starts, the open one first, a damaged file never locking
// anyone out (kept aside, the shipped archive opens), every change on disk before it is reported done.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ArchiveRegistry, MAX_REMEMBERED_ARCHIVES } from '../../../src/main/archive/archive-registry'

const dirs: string[] = []
const file = () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-registry-'))
  dirs.push(dir)
  return join(dir, 'archives.json')
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('the archives the user opened', () => {
  it('start with the shipped archive, and remember the one chosen across starts, the most recent first', async () => {
    const path = file()
    const registry = new ArchiveRegistry(path)
    expect(await registry.current()).toBeNull()
    await registry.select('/data/a', { id: 'id-a', name: 'A' }, new Date('2026-01-01T00:00:00Z'))
    await registry.select('/data/b', { id: 'id-b', name: 'B' }, new Date('2026-01-02T00:00:00Z'))
    await registry.select('/data/a', undefined, new Date('2026-01-03T00:00:00Z'))
    const again = new ArchiveRegistry(path)
    expect(await again.current()).toBe('/data/a')
    expect((await again.list()).map(({ path, name }) => [path, name])).toEqual([
      ['/data/a', 'A'],
      ['/data/b', 'B']
    ])
    await again.select(null)
    expect(await new ArchiveRegistry(path).current()).toBeNull()
    expect(await new ArchiveRegistry(path).list()).toHaveLength(2)
  })

  it('forget one (the shipped archive opens if it was open), and keep at most so many', async () => {
    const registry = new ArchiveRegistry(file())
    for (let n = 0; n < MAX_REMEMBERED_ARCHIVES + 5; n++)
      await registry.select(`/data/${n}`, { id: `i${n}`, name: `${n}` })
    expect(await registry.list()).toHaveLength(MAX_REMEMBERED_ARCHIVES)
    await registry.forget(`/data/${MAX_REMEMBERED_ARCHIVES + 4}`)
    expect(await registry.current()).toBeNull()
    expect((await registry.list()).some((known) => known.path === `/data/${MAX_REMEMBERED_ARCHIVES + 4}`)).toBe(false)
  })

  it.each([
    ['empty (a crash mid-write)', ''],
    ['not JSON', '{"format": "folio-archives", '],
    ['of another shape', JSON.stringify({ format: 'folio-archives', version: 1, current: 5, archives: 'x' })],
    [
      'with a BOM and an absurd name',
      '\ufeff' +
        JSON.stringify({
          format: 'folio-archives',
          version: 1,
          current: null,
          archives: [{ path: '/a', id: 'a', name: 'x'.repeat(10_000), openedAt: '2026-01-01T00:00:00Z' }]
        })
    ]
  ])('open the shipped archive when the file is %s, keeping the damaged file aside', async (_name, content) => {
    const path = file()
    writeFileSync(path, content)
    const registry = new ArchiveRegistry(path)
    expect(await registry.current()).toBeNull()
    expect(await registry.list()).toEqual([])
    const aside = readdirSync(join(path, '..')).filter((name) => name.startsWith('archives.json.damaged-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(path, '..', aside[0]!), 'utf8')).toBe(content)
    // And the next choice is written whole.
    await registry.select('/data/a', { id: 'a', name: 'A' })
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ current: '/data/a' })
  })

  it('write changes one after another: none is lost when many come at once', async () => {
    const path = file()
    const registry = new ArchiveRegistry(path)
    await Promise.all(
      Array.from({ length: 20 }, (_, n) => registry.select(`/data/${n}`, { id: `i${n}`, name: `${n}` }))
    )
    expect(await new ArchiveRegistry(path).list()).toHaveLength(20)
  })
})
