// The text store: texts come back exactly as given, whatever their characters; word-by-word matching
// finds what matching the folded string finds; the saved form keeps only the tokens live texts use.

import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../src/shared/search/normalize'
import { findTerm, parseQuery } from '../../../src/shared/search/query'
import { snippetFor } from '../../../src/shared/search/snippet'
import { storedEntryText, storedSnippet } from '../../../src/shared/search/stored-text-match'
import { TextStore } from '../../../src/shared/search/text-store'

const TEXTS = [
  'Le Cœur du traité SINO-SOVIÉTIQUE, signé le 14\u00a0février 1950\u202f; ratifié ensuite.',
  "L'amitié d’œuvre — « l’alliance » : 103\u00a0ko.",
  '  espaces au début et à la fin  ',
  'ﬁn de ligature, ǅemal, İstanbul, e\u0301te\u0301 (accents combinants)',
  'in\u00ADdex avec trait d’union conditionnel, x\u200Dy',
  '\u0301 une marque en tête de mot',
  'emoji 😀 au milieu, moitié ½ et surrogate seul \ud800 ici',
  'Traité (chinois\u00a0: 中苏友好同盟互助条约\u00a0; pinyin\u00a0: Zhōng-Sū Yǒuhǎo)',
  'tab\tet\nretour à la ligne',
  '',
  ' '
]

const stored = (texts: readonly string[]): TextStore => {
  const store = new TextStore()
  texts.forEach((text, slot) => store.set(slot, text))
  return store
}

describe('TextStore', () => {
  it('gives every text back exactly, with its length and folded length', () => {
    const store = stored(TEXTS)
    TEXTS.forEach((text, slot) => {
      expect(store.get(slot)).toBe(text)
      expect(store.textLength(slot)).toBe(text.length)
      expect(store.foldedLength(slot)).toBe(normalizeText(text).length)
    })
  })

  it('matches plain texts word by word, and leaves texts with CJK to the folded string', () => {
    const store = stored(TEXTS)
    expect(store.isPlain(0)).toBe(true)
    expect(store.isPlain(7)).toBe(false)
    expect(store.isPlain(5)).toBe(false)
  })

  it('finds the same words, at the same places, as the folded text does', () => {
    const store = stored(TEXTS)
    const queries = [
      'coeur traite sovietique ',
      'sino sov',
      'amitie oeuvre',
      'fin dzemal istanbul ete',
      'index',
      'xy',
      'une',
      'emoji',
      '1 2',
      'zhong su',
      '中苏',
      'ligne',
      'l'
    ]
    for (const query of queries) {
      const terms = parseQuery(query)
      TEXTS.forEach((text, slot) => {
        const folded = normalizeText(`Titre ${text}`)
        const entry = storedEntryText(store, slot, 'Titre')
        expect(entry.length).toBe(folded.length)
        for (const q of terms) expect(entry.find(q), `${query} in ${text}`).toEqual(findTerm(folded, q))
        expect(storedSnippet(store, slot, terms, 40), `${query} in ${text}`).toEqual(snippetFor(text, terms, 40))
      })
    }
  })

  it('cuts a snippet around the matches of a long text, reading only that part back', () => {
    const text = `${'Mot ordinaire, '.repeat(40)}la Mandchourie rendue${', encore un mot'.repeat(40)}.`
    const store = stored([text])
    const snippet = storedSnippet(store, 0, parseQuery('mandchourie'), 60)
    expect(snippet).toEqual(snippetFor(text, parseQuery('mandchourie'), 60))
    expect(snippet.text.slice(snippet.highlights[0]?.start, snippet.highlights[0]?.end)).toBe('Mandchourie')
  })

  it('replaces and deletes texts, and saves only what live texts use', () => {
    const store = stored(['un texte ancien', 'un autre texte'])
    store.set(0, 'un texte nouveau')
    store.delete(1)
    expect(store.get(0)).toBe('un texte nouveau')
    expect(store.get(1)).toBe('')
    const saved = store.export()
    expect(saved.tokens).not.toContain('ancien')
    expect(saved.tokens).not.toContain('autre')
    const restored = TextStore.import(JSON.parse(JSON.stringify(saved)) as typeof saved)
    expect(restored.get(0)).toBe('un texte nouveau')
    expect(restored.get(1)).toBe('')
  })

  it('round-trips every kind of text through its saved form', () => {
    const restored = TextStore.import(stored(TEXTS).export())
    TEXTS.forEach((text, slot) => {
      expect(restored.get(slot)).toBe(text)
      expect(restored.isPlain(slot)).toBe(stored(TEXTS).isPlain(slot))
    })
  })

  it('rejects a saved form that does not fit together', () => {
    const saved = stored(['deux mots']).export()
    expect(() => TextStore.import({ ...saved, tokens: saved.tokens.slice(1) })).toThrow(/Malformed/)
    expect(() => TextStore.import({ ...saved, texts: `${saved.texts}!` })).toThrow(/Malformed/)
  })
})
