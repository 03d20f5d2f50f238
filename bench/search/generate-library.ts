// A synthetic Folio library for the search benchmark: 10,000 French-like documents (~50 MB of text) with
// accents, elisions, non-breaking spaces, some Chinese and pinyin, plus references, links, notes, tags.

import { createRandom } from '../random'
import type { SearchEntry } from '../../src/shared/search/types'

/** Sizes of the synthetic library. */
export interface LibraryOptions {
  seed?: number
  documents?: number
  /** Paragraphs (passages) per document, title excluded. */
  paragraphsPerDocument?: number
  /** Target characters per paragraph. */
  paragraphLength?: number
}

/** The library: every searchable entry, and the number of characters of text it holds. */
export interface Library {
  entries: SearchEntry[]
  characters: number
}

export { createRandom }

const STOP_WORDS = (
  'de la le et les des en du un une à pour que qui dans sur par au est il elle ne pas se ce sont avec ' +
  'plus son sa ses ou mais comme aux été leur entre sous après avant lors dont cette fait deux où'
).split(' ')
const REAL_WORDS = (
  'traité soviétique alliance amitié assistance mutuelle république populaire chine union février ' +
  'négociations gouvernement nationaliste reconnaissance frontière retrait troupes invasion cœur œuvre ' +
  'expiration signataires mandchourie chemin fer ports relations détériorer scission première ' +
  'guerre année siècle économie société théâtre élève été côte forêt hôpital château brûlé naïve noël'
).split(' ')
const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'j',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'ch',
  'tr',
  'pr',
  'br',
  'gr',
  'cl',
  'qu',
  ''
]
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'é', 'è', 'ê', 'à', 'â', 'ô', 'î', 'ou', 'ai', 'eau', 'au', 'oi', 'ie', 'œu']
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 't', 'x', 'nt', 'ç']
const ENDINGS = ['', '', 'ion', 'ique', 'ment', 'eur', 'ée', 'ité', 'age', 'ière', 'isme', 'ance']

const PINYIN = (
  'zhong su you hao tong meng hu zhu tiao yue guo min ren jia xin hua bei jing shang hai mao ze dong deng ' +
  'xiao ping liu shao qi zhou en lai jiang jie shi tai wan xiang gang ma kai fang jian she hui zhu yi lu'
).split(' ')
const TONES: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ']
}

/** Puts a tone mark on the syllable's main vowel (a or e first, then the o of "ou", else the last vowel). */
function toneMark(syllable: string, tone: number): string {
  const at =
    syllable.search(/[ae]/) >= 0
      ? syllable.search(/[ae]/)
      : syllable.includes('ou')
        ? syllable.indexOf('o')
        : Math.max(...[...'iouü'].map((v) => syllable.lastIndexOf(v)))
  const vowel = syllable[at]
  const marked = vowel === undefined ? undefined : TONES[vowel]?.[tone]
  return marked === undefined ? syllable : syllable.slice(0, at) + marked + syllable.slice(at + 1)
}

/** Draws indices 0..n-1 with probability ∝ 1/(rank+1)^s, by binary search in the cumulative weights. */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n)
  let total = 0
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / Math.pow(i + 1, s)
  return () => {
    const x = random() * total
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** Generates the library's entries (passages, references, links, notes, tags, bookmarks). */
export function generateLibrary(options: LibraryOptions = {}): Library {
  const random = createRandom(options.seed ?? 20240501)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const documents = options.documents ?? 10_000
  const paragraphs = options.paragraphsPerDocument ?? 10
  const paragraphLength = options.paragraphLength ?? 490

  // Vocabulary: stop words first (most frequent), real French words in the head, then made-up words.
  const vocabulary: string[] = [...STOP_WORDS]
  const seen = new Set(vocabulary)
  REAL_WORDS.forEach((w, i) => vocabulary.splice(STOP_WORDS.length + i * 7, 0, w))
  REAL_WORDS.forEach((w) => seen.add(w))
  while (vocabulary.length < 60_000) {
    let word = ''
    const syllables = 1 + Math.floor(random() * 3) + (random() < 0.3 ? 1 : 0)
    for (let s = 0; s < syllables; s++) word += pick(ONSETS) + pick(VOWELS)
    word += random() < 0.5 ? pick(CODAS) : pick(ENDINGS)
    if (word.length > 2 && !seen.has(word)) {
      seen.add(word)
      vocabulary.push(word)
    }
  }
  const nextWord = zipfSampler(vocabulary.length, 1.05, random)
  const han: string[] = []
  for (let i = 0; i < 3000; i++) han.push(String.fromCodePoint(0x4e00 + Math.floor(random() * 0x5000)))
  han.splice(0, 0, ...'中苏友好同盟互助条约国人民'.split(''))
  const nextHan = zipfSampler(han.length, 1, random)
  const word = (): string => vocabulary[nextWord()] as string
  const authors = vocabulary.slice(200, 2000)

  const sentence = (target: number): string => {
    const parts: string[] = []
    let length = 0
    let capital = true
    while (length < target) {
      let w = word()
      if (random() < 0.08 && /^[aeiouéèêàâôîœ]/.test(w)) w = (random() < 0.5 ? "l'" : "d'") + w
      if (random() < 0.02) w += '-' + word()
      if (capital) w = w.charAt(0).toUpperCase() + w.slice(1)
      capital = false
      const r = random()
      if (r < 0.06) w += ','
      else if (r < 0.075) w += random() < 0.5 ? '\u00a0:' : '\u202f;'
      else if (r < 0.12) {
        w += '.'
        capital = true
      }
      parts.push(w)
      length += w.length + 1
    }
    return parts.join(' ') + '.'
  }
  const chinese = (): string => {
    let s = ''
    const n = 6 + Math.floor(random() * 20)
    for (let i = 0; i < n; i++) s += han[nextHan()]
    const syllables = 2 + Math.floor(random() * 6)
    const pinyin: string[] = []
    for (let i = 0; i < syllables; i++) {
      const p = toneMark(pick(PINYIN), Math.floor(random() * 4))
      pinyin.push(i === 0 || random() < 0.3 ? p.charAt(0).toUpperCase() + p.slice(1) : p)
    }
    return ` (chinois\u00a0: ${s}\u00a0; pinyin\u00a0: ${pinyin.join(random() < 0.5 ? '-' : ' ')}) `
  }

  const entries: SearchEntry[] = []
  let characters = 0
  const add = (entry: SearchEntry): void => {
    entries.push(entry)
    characters += entry.text.length + (entry.title?.length ?? 0)
  }
  for (let d = 0; d < documents; d++) {
    const docId = `doc${d.toString(16).padStart(5, '0')}`
    const title = sentence(60).replace(/\.$/, '')
    add({ id: `passage:${docId}:title`, kind: 'passage', docId, targetId: 'title', text: title })
    const withChinese = random() < 0.1
    for (let p = 0; p < paragraphs; p++) {
      let text = sentence(paragraphLength)
      if (withChinese && p < 2) text = text.replace(/\. /, '.' + chinese())
      add({ id: `passage:${docId}:b${p}`, kind: 'passage', docId, targetId: `b${p}`, text })
    }
    for (let r = 0; r < 3; r++) {
      const text = `${pick(authors)}, ${sentence(40)} ${sentence(40)} (${1900 + Math.floor(random() * 120)}).`
      add({ id: `reference:${docId}:${r}`, kind: 'reference', docId, targetId: `ref${r}`, text })
    }
    for (let l = 0; l < 2; l++) {
      const text = `${sentence(50)} https://exemple.org/${word()}/${d}-${l}`
      add({ id: `link:${docId}:${l}`, kind: 'link', docId, targetId: `link${l}`, text })
    }
    if (d % 5 === 0) {
      add({ id: `note:n${d}`, kind: 'note', docId, targetId: `n${d}`, title: sentence(25), text: sentence(250) })
    }
    if (d % 3 === 0) {
      add({ id: `bookmark:k${d}`, kind: 'bookmark', docId, targetId: `k${d}`, text: sentence(30) })
    }
  }
  for (let t = 0; t < 300; t++) {
    add({ id: `tag:t${t}`, kind: 'tag', docId: null, targetId: `t${t}`, text: word() + (t % 2 ? ' ' + word() : '') })
  }
  return { entries, characters }
}

/** Removes accents, as a reader typing fast without them would ("soviétique" → "sovietique"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
}

/**
 * Two-word queries as typed in the search box: two words from one passage, the second cut to a prefix
 * (the reader is still typing it); every other query is typed without accents.
 */
export function generateQueries(library: Library, count: number, seed: number): string[] {
  const random = createRandom(seed)
  const passages = library.entries.filter((e) => e.kind === 'passage' && e.targetId !== 'title')
  const queries: string[] = []
  while (queries.length < count) {
    const passage = passages[Math.floor(random() * passages.length)]
    if (!passage) continue
    const words = passage.text.split(/[\s,.:;()'’\-\u00a0\u202f]+/u).filter((w) => w.length >= 3)
    const at = Math.floor(random() * Math.max(1, words.length - 1))
    const first = words[at]
    const second = words[at + 1]
    if (!first || !second) continue
    const typed = [...second].slice(0, Math.max(3, Math.ceil([...second].length * 0.6))).join('')
    const query = `${first} ${typed}`
    queries.push(queries.length % 2 === 0 ? withoutAccents(query).toLowerCase() : query)
  }
  return queries
}
