import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TRASH_KEEP_DAYS, TRASH_MAX_ITEMS } from '../../../src/main/library/library-trash'
import { UserLibrary } from '../../../src/main/library/user-library'
import { parseHere } from './parse-here'

const DAY = 24 * 60 * 60 * 1000
let dir: string
let sources: string
let clock: Date
let library: UserLibrary

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-trash-'))
  sources = mkdtempSync(join(tmpdir(), 'folio-trash-src-'))
  clock = new Date('2026-12-02T10:00:00.000Z')
  library = new UserLibrary(dir, parseHere, () => clock)
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(sources, { recursive: true, force: true })
})

/** Adds then removes a document of its own content; returns its id. */
async function addAndRemove(n: number): Promise<string> {
  const path = join(sources, `note-${n}.md`)
  writeFileSync(path, `# Note ${n}\n\nTexte ${n}.`)
  const added = await library.add(path)
  if (!added.ok) throw new Error(added.message)
  expect(await library.remove(added.entry.id)).toEqual({ ok: true })
  return added.entry.id
}
const trash = () => readdirSync(join(dir, 'removed')).sort()

describe('the library’s trash', () => {
  it(`lets a removal be undone for ${TRASH_KEEP_DAYS} days, then forgets it at the next removal`, async () => {
    const old = await addAndRemove(1)
    clock = new Date(clock.getTime() + TRASH_KEEP_DAYS * DAY - 1000)
    const recent = await addAndRemove(2)
    expect(trash()).toEqual([`${old}.json`, `${old}.md`, `${recent}.json`, `${recent}.md`].sort())
    clock = new Date(clock.getTime() + 2000)
    await addAndRemove(3)
    expect(trash().filter((name) => name.startsWith(old))).toEqual([])
    expect(await library.restore(old)).toMatchObject({ ok: false, reason: 'failed' })
    expect(await library.restore(recent)).toMatchObject({ ok: true })
  })

  it(`keeps only the ${TRASH_MAX_ITEMS} most recent removals`, async () => {
    const ids: string[] = []
    for (let n = 0; n < TRASH_MAX_ITEMS + 3; n++) {
      clock = new Date(clock.getTime() + 1000)
      ids.push(await addAndRemove(n))
    }
    expect(trash()).toEqual(
      ids
        .slice(3)
        .flatMap((id) => [`${id}.json`, `${id}.md`])
        .sort()
    )
    expect(await library.restore(ids[2] ?? '')).toMatchObject({ ok: false })
    expect(await library.restore(ids[3] ?? '')).toMatchObject({ ok: true })
  })

  it('clears damaged records and copies without a record', async () => {
    const kept = await addAndRemove(1)
    writeFileSync(join(dir, 'removed', 'u-0000000000000000.json'), '{')
    writeFileSync(join(dir, 'removed', 'u-1111111111111111.txt'), 'orpheline')
    await addAndRemove(2)
    expect(trash().filter((name) => !name.startsWith(kept))).toHaveLength(2)
    expect(trash()).not.toContain('u-0000000000000000.json')
    expect(trash()).not.toContain('u-1111111111111111.txt')
  })
})
