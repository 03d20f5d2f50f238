// The archive main serves: opened once, the first document that reads chosen for a start, a catalogue that does
// not open named as the problem, and search from the archive's index, else from memory, else said unavailable.

import { describe, expect, it, vi } from 'vitest'
import { archiveAccess } from '../../../src/main/archive/archive-access'
import { ArchiveError } from '../../../src/main/archive/archive-error'
import { openingDocument } from '../../../src/main/archive/opening-document'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { arrayCatalogue } from '../../fixtures/array-catalogue'
import { fixtureArticle, seedText } from '../../fixtures/archive-files'

const entry = (id: string, text: string): ArchiveDocumentEntry => ({
  id,
  origin: 'archive',
  file: `${id}.txt`,
  notes: [],
  document: parseArticle(text, { id })
})
const seed = entry('seed', seedText())
const valmorel = entry('valmorel', fixtureArticle('valmorel.txt'))
const broken = (id: string, title: string) => ({
  id,
  title,
  problem: { kind: 'checksum' as const, file: `${id}.txt`, message: 'altéré' }
})

describe('the document a start opens on', () => {
  it('is the one asked for when it reads, else the first in title order that reads', async () => {
    const catalogue = arrayCatalogue([{ entry: seed }, { entry: valmorel }, broken('aaa', 'AAA abîmé')])
    expect(await openingDocument(catalogue, 'valmorel')).toEqual({ entry: valmorel })
    // "AAA abîmé" comes first in title order but is damaged: it is not even read.
    const first = await openingDocument(catalogue, 'gone')
    expect(first && 'entry' in first ? first.entry.document.title : null).toBe(
      [seed, valmorel].map((e) => e.document.title).sort((a, b) => a.localeCompare(b, 'fr'))[0]
    )
    expect(catalogue.reads).not.toContain('aaa')
  })

  it('is the first damaged one when none reads, and nothing for an empty archive', async () => {
    expect(await openingDocument(arrayCatalogue([broken('b', 'B'), broken('a', 'A')]), undefined)).toMatchObject({
      damaged: { id: 'a', problem: { kind: 'checksum' } }
    })
    expect(await openingDocument(arrayCatalogue([]), undefined)).toBeNull()
  })
})

describe('the archive main serves', () => {
  it('opens its catalogue once, says its size and first document, never reading every document', async () => {
    const catalogue = arrayCatalogue([{ entry: seed }, { entry: valmorel }, broken('x', 'X')])
    const openCatalogue = vi.fn(async () => catalogue)
    const access = archiveAccess('/archive', { openCatalogue, openSearch: async () => null })
    const [a, b] = await Promise.all([access.open(), access.open()])
    expect(a).toEqual(b)
    expect(a).toMatchObject({ ok: true, archive: { count: 3, name: 'Archive de test' } })
    expect(a.ok && a.archive.firstDocument).toBeTruthy()
    expect(openCatalogue).toHaveBeenCalledTimes(1)
    expect(catalogue.reads).toHaveLength(1)
  })

  it('names the file and the problem when the catalogue does not open, and has no search then', async () => {
    const problem = { kind: 'invalid-manifest' as const, file: 'catalogue.folio', message: 'tronqué' }
    const access = archiveAccess('/archive', {
      openCatalogue: async () => {
        throw new ArchiveError(problem)
      },
      openSearch: async () => null
    })
    expect(await access.open()).toEqual({ ok: false, problem })
    expect(await access.catalogue()).toBeNull()
    expect(await access.search()).toEqual(problem)
  })

  it('searches an archive without an index of its own from memory, and says a damaged index is unavailable', async () => {
    const catalogue = arrayCatalogue([{ entry: seed }, { entry: valmorel }])
    const memory = archiveAccess('/archive', { openCatalogue: async () => catalogue, openSearch: async () => null })
    const search = await memory.search()
    if (!('search' in search)) throw new Error(search.message)
    const results = await search.search('valmorel navigation')
    expect(results.groups.flatMap((group) => group.hits.map((hit) => hit.docId))).toContain('valmorel')
    expect(results.groups.flatMap((group) => group.hits.map((hit) => hit.docId))).not.toContain('seed')

    const damaged = archiveAccess('/archive', {
      openCatalogue: async () => arrayCatalogue([{ entry: seed }]),
      openSearch: async () => {
        throw new ArchiveError({ kind: 'unreadable', file: 'search.folio', message: 'en-tête illisible' })
      }
    })
    expect(await damaged.search()).toEqual({ kind: 'unreadable', file: 'search.folio', message: 'en-tête illisible' })
    expect(await damaged.open()).toMatchObject({ ok: true })
  })

  it('closes the files it opened, and nothing when it opened none', async () => {
    const catalogue = arrayCatalogue([{ entry: seed }])
    const closeCatalogue = vi.spyOn(catalogue, 'close')
    const search = { search: vi.fn(), close: vi.fn(async () => {}) }
    const access = archiveAccess('/archive', { openCatalogue: async () => catalogue, openSearch: async () => search })
    await access.close()
    expect(closeCatalogue).not.toHaveBeenCalled()
    await access.search()
    await access.close()
    expect(closeCatalogue).toHaveBeenCalledTimes(1)
    expect(search.close).toHaveBeenCalledTimes(1)
  })
})
