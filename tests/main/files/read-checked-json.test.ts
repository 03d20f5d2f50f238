// An app's own JSON file read back: none is no error, a valid one is its data, a damaged one (not JSON, or not
// what its schema allows) is kept aside under a dated name with its bytes as they were, its problem named.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { damagedName } from '../../../src/main/files/keep-aside'
import { readCheckedJson } from '../../../src/main/files/read-checked-json'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()
const schema = z.object({ offered: z.array(z.string().max(8)) })
const AT = new Date('2026-12-04T19:58:00.000Z')

describe('reading an app’s own JSON file', () => {
  it('finds none when there is no file, and the data of a valid one', async () => {
    const path = join(tempDir('folio-checked-'), 'offers.json')
    expect(await readCheckedJson(path, schema, () => AT)).toEqual({ found: 'none' })
    writeFileSync(path, JSON.stringify({ offered: ['a', 'b'] }))
    expect(await readCheckedJson(path, schema, () => AT)).toEqual({ found: 'valid', data: { offered: ['a', 'b'] } })
  })

  it.each([
    ['not JSON', '{"offered": [', /^JSON illisible/],
    ['not what the schema allows', JSON.stringify({ offered: ['much too long'] }), /./]
  ])('keeps a file that is %s aside, with its bytes as they were, and names its problem', async (_, text, problem) => {
    const path = join(tempDir('folio-checked-'), 'offers.json')
    writeFileSync(path, text)
    const read = await readCheckedJson(path, schema, () => AT)
    expect(read).toMatchObject({ found: 'damaged', aside: damagedName(path, AT) })
    if (read.found !== 'damaged') return
    expect(read.problem).toMatch(problem)
    expect(readFileSync(read.aside, 'utf8')).toBe(text)
    expect(existsSync(path)).toBe(false)
  })

  it('throws on any other failure to read (a folder in the file’s place), keeping nothing aside', async () => {
    const dir = tempDir('folio-checked-')
    await expect(readCheckedJson(dir, schema, () => AT)).rejects.toThrow()
    expect(existsSync(damagedName(dir, AT))).toBe(false)
  })
})
