// search.folio, the archive's own full-text index: on a generated archive (accents, CJK, pinyin) it gives the
// hits, order, scores and snippets of a SearchIndex fed the same documents; the build writes it, byte for byte.

import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import { documentEntries } from '../../../src/shared/search/document-entries'
import { normalizeText } from '../../../src/shared/search/normalize'
import { findTerm, parseQuery } from '../../../src/shared/search/query'
import { SearchIndex } from '../../../src/shared/search/search-index'
import type { SearchEntry } from '../../../src/shared/search/types'
import type { ArchiveSearch } from '../../../src/main/archive/archive-search'
import { openFileSearch } from '../../../src/main/archive/file-archive-search'
import { openArchiveSearch } from '../../../src/main/archive/open-archive-search'
import { SEARCH_FILE } from '../../../src/main/archive/search-file-format'
import { buildArchive } from '../../../src/archive-tool/build-archive'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { shippedArchiveDir } from '../../fixtures/archive-files'
import { OPTIONS, QUERIES, documentsOf, searchFolderOf } from './search-file-fixture'

let dir = ''
let documents: ArchiveDocumentEntry[] = []
let entries: SearchEntry[] = []
let memory: SearchIndex
let file: ArchiveSearch

beforeAll(async () => {
  documents = documentsOf(300)
  entries = documents.flatMap(documentEntries)
  memory = new SearchIndex()
  for (const document of documents) memory.add(documentEntries(document))
  dir = await searchFolderOf(documents)
  file = await openFileSearch(dir)
}, 60_000)

afterAll(async () => {
  await file?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('search.folio gives what the in-memory index gives', () => {
  it('holds passages, references and links of the generated documents', () => {
    const kinds = new Set(entries.map((e) => e.kind))
    expect([...kinds].sort()).toEqual(['link', 'passage', 'reference'])
    expect(entries.some((e) => /[\u4e00-\u9fff]/u.test(e.text))).toBe(true)
    expect(entries.some((e) => e.text.includes('Zhōng'))).toBe(true)
  })

  it.each(QUERIES)('the same hits, order, scores and snippets for %j', async (query) => {
    for (const options of OPTIONS) expect(await file.search(query, options)).toEqual(memory.search(query, options))
  })

  it('finds the one document that has a word, and nothing for a word no document has', async () => {
    const found = await file.search('repere42x')
    expect(found.groups.flatMap((g) => g.hits.map((h) => h.docId))).toEqual(['doc0042'])
    expect((await file.search('xyzzyq')).groups).toEqual([])
  })

  it('every hit holds every query term, and the totals are those of a plain scan', async () => {
    for (const query of QUERIES) {
      const terms = parseQuery(query)
      if (terms.length === 0) continue
      const results = await file.search(query, { limit: 10_000 })
      for (const group of results.groups) {
        const holds = (e: SearchEntry): boolean => {
          const folded = normalizeText(e.title === undefined ? e.text : `${e.title} ${e.text}`)
          return terms.every((q) => findTerm(folded, q) !== null)
        }
        const scanned = entries.filter((e) => e.kind === group.kind && holds(e))
        expect(group.total, `${query} (${group.kind})`).toBe(scanned.length)
        expect(new Set(group.hits.map((h) => h.id))).toEqual(new Set(scanned.map((e) => e.id)))
      }
    }
  })

  it('answers concurrent queries as it answers them one by one', async () => {
    const together = await Promise.all(QUERIES.map((q) => file.search(q)))
    expect(together).toEqual(QUERIES.map((q) => memory.search(q)))
  })

  it('matches on random two-word prefix queries from the texts (property)', async () => {
    const passages = entries.filter((e) => e.kind === 'passage')
    await fc.assert(
      fc.asyncProperty(fc.nat(passages.length - 1), fc.nat(200), fc.integer({ min: 1, max: 8 }), async (p, at, cut) => {
        const words = (passages[p] as SearchEntry).text.split(/[\s,.:;()'’-]+/u).filter(Boolean)
        const first = words[at % Math.max(1, words.length)] ?? ''
        const second = [...(words[(at + 1) % Math.max(1, words.length)] ?? '')].slice(0, cut).join('')
        const query = `${first} ${second}`
        expect(await file.search(query)).toEqual(memory.search(query))
      }),
      { numRuns: 150, seed: 14 }
    )
  })
})

describe('the build writes search.folio', () => {
  it('the shipped archive carries the index the build command makes of resources/archive, byte for byte', async () => {
    const out = mkdtempSync(join(tmpdir(), 'folio-search-build-'))
    try {
      expect(await buildArchive(shippedArchiveDir, out)).toMatchObject({ ok: true, documents: 1 })
      expect(readFileSync(join(out, SEARCH_FILE))).toEqual(readFileSync(join(shippedArchiveDir, SEARCH_FILE)))
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('searches the shipped archive as the in-memory index of its documents does', async () => {
    const loaded = await loadArchive(shippedArchiveDir)
    if (!loaded.ok) throw new Error(loaded.problem.message)
    const index = new SearchIndex()
    for (const document of loaded.archive.documents) index.add(documentEntries(document))
    const search = await openArchiveSearch(shippedArchiveDir)
    try {
      for (const query of ['traité sino', 'zhong su', 'Zhōng-Sū Yǒuhǎo', '中苏友好', 'staline', 'mao ze'])
        expect(await search?.search(query)).toEqual(index.search(query))
      expect((await search?.search('zhong su'))?.groups[0]?.hits[0]?.snippet.text).toMatch(/Zhōng-Sū/)
    } finally {
      await search?.close()
    }
  })
})
