// Folding and tokenisation: accents, ligatures, pinyin tone marks, non-breaking spaces, CJK n-grams,
// and the offset map that carries folded positions back to the original text.

import { describe, expect, it } from 'vitest'
import {
  normalizeText,
  normalizeWithSources,
  toOriginalRange,
  tokenize,
  tokenizeWithPositions
} from '../../../src/shared/search/normalize'
import { findTerm, parseQuery } from '../../../src/shared/search/query'

describe('normalizeText', () => {
  it('folds case and strips French accents', () => {
    expect(normalizeText('Traité SINO-SOVIÉTIQUE À Pékin, Noël, naïve, garçon')).toBe(
      'traite sino sovietique a pekin  noel  naive  garcon'
    )
  })

  it('expands the ligatures œ and æ', () => {
    expect(normalizeText('Œuvre, cœur, Lætitia, ÆTHER')).toBe('oeuvre  coeur  laetitia  aether')
  })

  it('folds every pinyin tone mark, including ü with a tone', () => {
    expect(normalizeText('Zhōng-Sū Yǒuhǎo Tóngméng Hùzhù Tiáoyuè')).toBe('zhong su youhao tongmeng huzhu tiaoyue')
    expect(normalizeText('ā á ǎ à ē é ě è ī í ǐ ì ō ó ǒ ò ū ú ǔ ù ü ǖ ǘ ǚ ǜ')).toBe(
      'a a a a e e e e i i i i o o o o u u u u u u u u u'
    )
  })

  it('treats non-breaking and narrow non-breaking spaces as spaces', () => {
    expect(normalizeText('chinois\u00a0:\u202f中苏')).toBe('chinois   中苏')
    expect(tokenize('103\u00a0Ko\u202fpar')).toEqual(['103', 'ko', 'par'])
  })

  it('turns punctuation, apostrophes and hyphens into separators', () => {
    expect(tokenize("d'amitié, l’alliance « sino-soviétique » (1950-02-14)")).toEqual([
      'd',
      'amitie',
      'l',
      'alliance',
      'sino',
      'sovietique',
      '1950',
      '02',
      '14'
    ])
  })

  it('folds a decomposed accent (e + combining acute) like a precomposed one', () => {
    expect(normalizeText('Re\u0301publique')).toBe(normalizeText('République'))
  })

  it('folds compatibility forms: ﬁ ligature, full-width letters and digits', () => {
    expect(normalizeText('ﬁn ＡＢＣ１２')).toBe('fin abc12')
  })

  it('returns the very same string when nothing needs folding', () => {
    const plain = 'deja en minuscules 1950'
    expect(normalizeText(plain)).toBe(plain)
  })
})

describe('tokenize', () => {
  it('cuts a CJK run into unigrams and bigrams', () => {
    expect(tokenize('中苏友好')).toEqual(['中', '中苏', '苏', '苏友', '友', '友好', '好'])
  })

  it('can leave the unigrams out', () => {
    expect(tokenize('中苏友好', false)).toEqual(['中苏', '苏友', '友好'])
  })

  it('separates CJK from adjacent Latin words and digits', () => {
    expect(tokenize('pinyin:中苏1950年')).toEqual(['pinyin', '中', '中苏', '苏', '1950', '年'])
  })

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(tokenize('𠀀𠀁')).toEqual(['𠀀', '𠀀𠀁', '𠀁'])
  })

  it('gives positions in the normalised text', () => {
    const n = normalizeText('Sino-soviétique 中苏')
    expect(tokenizeWithPositions(n).map((t) => n.slice(t.start, t.end))).toEqual([
      'sino',
      'sovietique',
      '中',
      '中苏',
      '苏'
    ])
  })
})

describe('offset map', () => {
  it('maps a folded range back over a ligature to the whole original character', () => {
    const original = 'Le cœur battant'
    const n = normalizeWithSources(original)
    expect(n.text).toBe('le coeur battant')
    const at = n.text.indexOf('coeur')
    const [start, end] = toOriginalRange(n, at, at + 'coeur'.length)
    expect(original.slice(start, end)).toBe('cœur')
    // A prefix ending inside the ligature still covers the whole "œ".
    const [s2, e2] = toOriginalRange(n, at, at + 2)
    expect(original.slice(s2, e2)).toBe('cœ')
  })

  it('keeps a combining accent inside the mapped range', () => {
    const original = 'Re\u0301publique populaire'
    const n = normalizeWithSources(original)
    const [start, end] = toOriginalRange(n, 0, 'republique'.length)
    expect(original.slice(start, end)).toBe('Re\u0301publique')
  })

  it('maps positions after astral characters correctly', () => {
    const original = '𠀀 traité'
    const n = normalizeWithSources(original)
    const at = n.text.indexOf('traite')
    const [start, end] = toOriginalRange(n, at, at + 6)
    expect(original.slice(start, end)).toBe('traité')
  })
})

describe('parseQuery', () => {
  it('makes the last word a prefix while it is being typed', () => {
    expect(parseQuery('traite sino sovi')).toEqual([
      { term: 'traite', prefix: false, cjk: false },
      { term: 'sino', prefix: false, cjk: false },
      { term: 'sovi', prefix: true, cjk: false }
    ])
  })

  it('matches the last word exactly once a separator follows it', () => {
    expect(parseQuery('Zhōng-Sū ').map((t) => t.prefix)).toEqual([false, false])
  })

  it('does not expand a one-letter prefix', () => {
    expect(parseQuery('traite d')).toEqual([
      { term: 'traite', prefix: false, cjk: false },
      { term: 'd', prefix: false, cjk: false }
    ])
  })

  it('queries a CJK run by its bigrams, and a lone CJK character by itself', () => {
    expect(parseQuery('中苏友').map((t) => t.term)).toEqual(['中苏', '苏友'])
    expect(parseQuery('条').map((t) => t.term)).toEqual(['条'])
  })
})

describe('findTerm', () => {
  const [exact, prefix] = parseQuery('sino sovi')
  const text = normalizeText('Le casino sino-soviétique, 中苏sino')

  it('finds an exact term only as a whole word', () => {
    expect(findTerm(text, exact ?? { term: '', prefix: false, cjk: false })).toEqual({ word: 'sino', start: 10 })
    expect(findTerm(normalizeText('casino sinologie'), exact ?? { term: '', prefix: false, cjk: false })).toBeNull()
  })

  it('finds a prefix at a word start and returns the whole word', () => {
    expect(findTerm(text, prefix ?? { term: '', prefix: true, cjk: false })).toEqual({ word: 'sovietique', start: 15 })
  })

  it('treats a CJK character next to a Latin word as a boundary', () => {
    expect(findTerm(normalizeText('中苏sino'), exact ?? { term: '', prefix: false, cjk: false })).toEqual({
      word: 'sino',
      start: 2
    })
  })
})
