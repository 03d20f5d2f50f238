// Shared by the search.folio tests: a generated archive's documents (accents, CJK, pinyin, drawn words), the
// queries and options compared with the in-memory index, and search.folio written from them as the build does.

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import type { SearchOptions } from '../../../src/shared/search/types'
import { articleOfFile } from '../../../src/main/archive/article-of-file'
import { writeSearchFile } from '../../../src/main/archive/write-search-file'
import { generatedArticle } from '../../fixtures/generated-archive'

export const WORDS = (
  'traité soviétique alliance amitié assistance mutuelle république populaire Chine union février ' +
  'négociations gouvernement nationaliste reconnaissance frontière retrait troupes cœur œuvre Œdipe ' +
  'expiration signataires Mandchourie chemin fer ports relations scission première guerre année siècle ' +
  'économie société théâtre élève été côte forêt hôpital château brûlé naïve Noël l’union d’amitié ' +
  'Zhōng Sū Yǒuhǎo Tóngméng Hùzhù Tiáoyuè Máo Zédōng Běijīng Shànghǎi Liú Shàoqí Zhōu Ēnlái ' +
  'zhong su youhao tongmeng mao zedong beijing 中苏友好同盟互助条约 北京 毛泽东 上海 同盟 友好 ' +
  'de la le et les des en du un une pour que qui dans sur par au est avec plus après Staline Moscou'
).split(' ')

/** A deterministic pseudo-random sequence (LCG), so a failure replays. */
export function random(seed: number): () => number {
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

export function documentsOf(count: number): ArchiveDocumentEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `doc${String(index).padStart(4, '0')}`
    const file = `${id}.txt`
    const document = articleOfFile(new TextEncoder().encode(articleText(index)), file, { id, language: 'fr' })
    return { id, origin: 'archive', file, document, notes: [] }
  })
}

export const QUERIES = [
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

export const OPTIONS: SearchOptions[] = [
  {},
  { limit: 5 },
  { limit: 200 },
  { kinds: ['reference', 'link'] },
  { snippetLength: 40 }
]

/** A new temporary folder holding search.folio written from `documents`, streamed as the build streams them. */
export async function searchFolderOf(documents: readonly ArchiveDocumentEntry[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-search-file-'))
  // An async source, as the build streams its documents.
  async function* stream(): AsyncIterable<ArchiveDocumentEntry> {
    for (const document of documents) yield document
  }
  await writeSearchFile(dir, stream())
  return dir
}
