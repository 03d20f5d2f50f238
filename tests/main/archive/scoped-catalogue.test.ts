// An archive opened from disk through its scope: its rows, documents and hits carry scoped ids, a scoped id reads
// the archive's own document, and an id of another archive (or the shipped one's) is not found in it.

import { describe, expect, it } from 'vitest'
import { archiveScope, scopedCatalogue, scopedSearch } from '../../../src/main/archive/scoped-catalogue'
import { SCOPED_ARCHIVE_ID, unscopeId } from '../../../src/shared/archive/archive-scope'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { arrayCatalogue } from '../../fixtures/array-catalogue'
import { seedText } from '../../fixtures/archive-files'

const entry = {
  id: 'seed',
  origin: 'archive' as const,
  file: 'seed.txt',
  notes: [],
  document: parseArticle(seedText(), { id: 'seed' })
}

describe('an archive seen through its scope', () => {
  it('scopes every id it gives and reads a document by its scoped id only', async () => {
    const inner = arrayCatalogue([{ entry }])
    const catalogue = scopedCatalogue(inner)
    const scope = archiveScope(inner.info.id)
    const [row] = (await catalogue.page({ offset: 0, limit: 10 })).rows
    expect(row?.id).toMatch(SCOPED_ARCHIVE_ID)
    expect(row?.id).not.toBe('seed')
    expect(unscopeId(scope, row!.id)).toBe('seed')
    const read = await catalogue.read(row!.id)
    expect(read.ok && [read.entry.id, read.entry.document.id]).toEqual([row!.id, row!.id])
    expect(await catalogue.row(row!.id)).toEqual(row)
    // The shipped archive's bare id, or another archive's, is not this archive's.
    expect(await catalogue.row('seed')).toBeUndefined()
    expect(await catalogue.read('seed')).toMatchObject({
      ok: false,
      damaged: { id: 'seed', problem: { kind: 'missing' } }
    })
    expect(inner.reads).toEqual(['seed'])
  })

  it('locates a row by its scoped id only', async () => {
    const catalogue = scopedCatalogue(arrayCatalogue([{ entry }]))
    const [row] = (await catalogue.page({ offset: 0, limit: 1 })).rows
    expect((await catalogue.page({ offset: 0, limit: 1, locate: row!.id })).located).toBe(0)
    expect((await catalogue.page({ offset: 0, limit: 1, locate: 'seed' })).located).toBe(-1)
  })

  it('gives two archives different scopes, and scopes search hits as their rows', async () => {
    expect(archiveScope('one')).not.toBe(archiveScope('two'))
    const search = scopedSearch(
      {
        search: async (query) => ({
          query,
          groups: [
            {
              kind: 'passage',
              total: 1,
              hits: [
                {
                  id: 'h',
                  kind: 'passage',
                  docId: 'seed',
                  targetId: 'b1',
                  score: 1,
                  snippet: { text: '', start: 0, end: 0, highlights: [] }
                }
              ]
            }
          ]
        }),
        close: async () => undefined
      },
      'test-archive'
    )
    const rows = (await scopedCatalogue(arrayCatalogue([{ entry }])).page({ offset: 0, limit: 1 })).rows
    expect((await search.search('x')).groups[0]?.hits[0]?.docId).toBe(rows[0]?.id)
  })
})
