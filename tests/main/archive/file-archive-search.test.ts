// search.folio, the archive's own full-text index: on a generated archive (accents, CJK, pinyin) it gives the
// hits, order, scores and snippets of a SearchIndex fed the same documents; a damaged file fails fast, in French.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import { documentEntries } from '../../../src/shared/search/document-entries'
import { normalizeText } from '../../../src/shared/search/normalize'
import { findTerm, parseQuery } from '../../../src/shared/search/query'
import { SearchIndex } from '../../../src/shared/search/search-index'
import type { SearchEntry, SearchOptions } from '../../../src/shared/search/types'
import { articleOfFile } from '../../../src/main/archive/article-of-file'
import { ArchiveError } from '../../../src/main/archive/archive-error'
import type { ArchiveSearch } from '../../../src/main/archive/archive-search'
import { openFileSearch } from '../../../src/main/archive/file-archive-search'
import { openArchiveSearch } from '../../../src/main/archive/open-archive-search'
import { HEADER_BYTES, SEARCH_FILE } from '../../../src/main/archive/search-file-format'
import { writeSearchFile } from '../../../src/main/archive/write-search-file'
import { buildArchive } from '../../../src/archive-tool/build-archive'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { shippedArchiveDir } from '../../fixtures/archive-files'
import { generatedArticle } from '../../fixtures/generated-archive'

const WORDS = (
  'traité soviétique alliance amitié assistance mutuelle république populaire Chine union février ' +
  'négociations gouvernement nationaliste reconnaissance frontière retrait troupes cœur œuvre Œdipe ' +
  'expiration signataires Mandchourie chemin fer ports relations scission première guerre année siècle ' +
  'économie société théâtre élève été côte forêt hôpital château brûlé naïve Noël l’union d’amitié ' +
  'Zhōng Sū Yǒuhǎo Tóngméng Hùzhù Tiáoyuè Máo Zédōng Běijīng Shànghǎi Liú Shàoqí Zhōu Ēnlái ' +
  'zhong su youhao tongmeng mao zedong beijing 中苏友好同盟互助条约 北京 毛泽东 上海 同盟 友好 ' +
  'de la le et les des en du un une pour que qui dans sur par au est avec plus après Staline Moscou'
).split(' ')

/** A deterministic pseudo-random sequence (LCG), so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function paragraph(next: () => number): string {
  const words: string[] = []
  const length = 8 + Math.floor(next() * 60)
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(next() * WORDS.length)] as string)
  return `${words.join(next() < 0.2 ? ' ' : ' ')}.`
}

/** Every other document the seed's article under a new title, the others short articles of drawn words. */
function articleText(index: number): string {
  const next = random(index + 1)
  const extra = Array.from({ length: 1 + Math.floor(next() * 4) }, () => paragraph(next))
  if (index % 2 === 0) return [generatedArticle(index).text, '', ...extra.flatMap((p) => [p, ''])].join('\n')
  return [`Document ${index} - ${paragraph(next).slice(0, 40)}`, '', ...extra.flatMap((p) => [p, ''])].join('\n')
}

function documentsOf(count: number): ArchiveDocumentEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `doc${String(index).padStart(4, '0')}`
    const file = `${id}.txt`
    const document = articleOfFile(new TextEncoder().encode(articleText(index)), file, { id, language: 'fr' })
    return { id, origin: 'archive', file, document, notes: [] }
  })
}

const QUERIES = [
  'traité',
  'trai',
  'traite sovi',
  'Traité Soviétique',
  'soviétique',
  'sovietique',
  'assistance mutuelle',
  'chine re',
  'zhong',
  'zhōng',
  'Zhōng-Sū',
  'zhong su',
  'yǒuhǎo',
  'youhao',
  'mao ze',
  'máo zédōng',
  '中苏',
  '友好同盟',
  '中',
  '北京',
  '毛泽东 mao',
  'cœur',
  'coeur',
  'œuvre oe',
  'oedipe',
  'de la',
  'de',
  'la pr',
  'les de',
  'l’union sov',
  "d'amitie",
  'repere12x',
  'repere1',
  'repere12x de',
  'repere7x tr',
  'oedipe la',
  'Œdipe chine re',
  'repere',
  'document 7',
  'staline moscou',
  'xyzzyq',
  'traité xyzzyq',
  'a',
  '',
  '   ',
  'é',
  'hôpital château brûlé naïve noël'
]

const OPTIONS: SearchOptions[] = [
  {},
  { limit: 5 },
  { limit: 200 },
  { kinds: ['reference', 'link'] },
  { snippetLength: 40 }
]

let dir = ''
let documents: ArchiveDocumentEntry[] = []
let entries: SearchEntry[] = []
let memory: SearchIndex
let file: ArchiveSearch

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'folio-search-file-'))
  documents = documentsOf(300)
  entries = documents.flatMap(documentEntries)
  memory = new SearchIndex()
  for (const document of documents) memory.add(documentEntries(document))
  // An async source, as the build streams its documents.
  async function* stream(): AsyncIterable<ArchiveDocumentEntry> {
    for (const document of documents) yield document
  }
  await writeSearchFile(dir, stream())
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

describe('a damaged search.folio', () => {
  const good = (): Buffer => readFileSync(join(dir, SEARCH_FILE))
  /** A folder holding `bytes` as search.folio. */
  const folderWith = (bytes: Uint8Array): string => {
    const folder = mkdtempSync(join(tmpdir(), 'folio-search-damaged-'))
    writeFileSync(join(folder, SEARCH_FILE), bytes)
    return folder
  }
  const problemOf = async (folder: string): Promise<{ kind: string; file: string; message: string } | null> => {
    try {
      const search = await openArchiveSearch(folder)
      await search?.close()
      return null
    } catch (error) {
      expect(error).toBeInstanceOf(ArchiveError)
      return (error as ArchiveError).problem
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }

  it('is no index when the folder has none', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'folio-search-none-'))
    expect(await openArchiveSearch(folder)).toBeNull()
    rmSync(folder, { recursive: true, force: true })
  })

  it('truncated: unreadable, in French', async () => {
    const folder = folderWith(good())
    truncateSync(join(folder, SEARCH_FILE), Math.floor(good().length / 2))
    expect(await problemOf(folder)).toMatchObject({ kind: 'unreadable', file: SEARCH_FILE, message: /tronqué/ })
  })

  it('empty, shorter than its header, or garbage: invalid', async () => {
    const garbage = new Uint8Array(good().length)
    const next = random(7)
    for (let i = 0; i < garbage.length; i++) garbage[i] = Math.floor(next() * 256)
    for (const bytes of [new Uint8Array(0), good().subarray(0, HEADER_BYTES - 1), garbage]) {
      expect(await problemOf(folderWith(bytes))).toMatchObject({
        kind: 'invalid-manifest',
        file: SEARCH_FILE,
        message: /endommagé/
      })
    }
  })

  it('absurd counts and lengths in the header: refused before anything is allocated', async () => {
    // entries (16), first kind's term count (56 + 8), records length (40), postings length (56 + 48).
    for (const [at, bits] of [
      [16, 32],
      [64, 32],
      [40, 64],
      [104, 64],
      [12, 32],
      [20, 32]
    ] as const) {
      const bytes = good()
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      if (bits === 32) view.setUint32(at, 0xffffffff, true)
      else view.setBigUint64(at, 2n ** 60n, true)
      const started = performance.now()
      expect(await problemOf(folderWith(bytes))).toMatchObject({ kind: 'invalid-manifest', file: SEARCH_FILE })
      expect(performance.now() - started).toBeLessThan(1000)
    }
  })

  it('a folder in its place: unreadable', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'folio-search-folder-'))
    mkdirSync(join(folder, SEARCH_FILE))
    expect(await problemOf(folder)).toMatchObject({ file: SEARCH_FILE })
  })

  it('bytes changed anywhere: refused at opening, or searched with answers or an ArchiveError (property)', async () => {
    const original = good()
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8
        }),
        async (changes) => {
          const bytes = Buffer.from(original)
          for (const [at, value] of changes) bytes[at] = value
          const folder = folderWith(bytes)
          try {
            const search = await openFileSearch(folder).catch((error: unknown) => {
              expect(error).toBeInstanceOf(ArchiveError)
              return null
            })
            if (!search) return
            for (const query of ['traité', 'zhong su', '中苏', 'repere1', 'de la']) {
              await search.search(query).catch((error: unknown) => expect(error).toBeInstanceOf(ArchiveError))
            }
            await search.close()
          } finally {
            rmSync(folder, { recursive: true, force: true })
          }
        }
      ),
      { numRuns: 60, seed: 3 }
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
