import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keepAside } from '../../../src/main/files/keep-aside'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-aside-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const AT = new Date('2026-12-02T17:52:12.123Z')

describe('keeping a damaged file aside', () => {
  it('moves it under a dated name beside it, its bytes unchanged', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"theme"')
    expect(await keepAside(join(dir, 'settings.json'), AT)).toBe(
      join(dir, 'settings.json.damaged-2026-12-02T17-52-12-123Z')
    )
    expect(readdirSync(dir)).toEqual(['settings.json.damaged-2026-12-02T17-52-12-123Z'])
    expect(readFileSync(join(dir, 'settings.json.damaged-2026-12-02T17-52-12-123Z'), 'utf8')).toBe('{"theme"')
  })

  it('never overwrites an earlier damaged file kept in the same millisecond', async () => {
    for (const content of ['un', 'deux', 'trois']) {
      writeFileSync(join(dir, 'library.json'), content)
      await keepAside(join(dir, 'library.json'), AT)
    }
    const kept = readdirSync(dir).sort()
    expect(kept.map((name) => readFileSync(join(dir, name), 'utf8')).sort()).toEqual(['deux', 'trois', 'un'])
  })

  it('writes a copy of what was read and leaves the file in place, for the caller to replace atomically', async () => {
    writeFileSync(join(dir, 'library.json'), 'abîmé')
    const aside = await keepAside(join(dir, 'library.json'), AT, Buffer.from('abîmé'))
    expect(readFileSync(aside, 'utf8')).toBe('abîmé')
    expect(readFileSync(join(dir, 'library.json'), 'utf8')).toBe('abîmé')
  })
})
