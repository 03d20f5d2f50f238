// Tests that a Reference becomes the CSL-JSON item citation-js needs, with nothing invented.
// The seed fixture is also checked against the real parser, so the citation tests format real data.

import { describe, expect, it } from 'vitest'
import { parseReference } from '../../../src/shared/archive/parse-reference'
import { personToCslName, referenceToCsl, referencesToCsl } from '../../../src/shared/citations/reference-to-csl'
import { issuedYear, parseCslItems } from '../../../src/shared/citations/csl-item'
import { EMPTY_REFERENCE, SEED_REFERENCE, SEED_SOURCE_TEXT } from './seed-reference'

describe('referenceToCsl', () => {
  it('the seed fixture is what the archive parser reads from the seed bullet', () => {
    const { id: _id, blockId: _blockId, ...fields } = SEED_REFERENCE
    expect(parseReference(SEED_SOURCE_TEXT)).toEqual(fields)
  })

  it('maps every known field of the seed to its CSL-JSON name, as a journal article in French', () => {
    expect(referenceToCsl(SEED_REFERENCE)).toEqual({
      id: 'ref-seed',
      type: 'article-journal',
      author: [{ family: 'Peskov', given: 'Youri' }],
      title:
        "Soixante ans du traité d'amitié, d'alliance et d'assistance mutuelle entre l'URSS et la RPC, 14 février 1950",
      'container-title': "Affaires d'Extrême-Orient",
      issued: { 'date-parts': [[2010]] },
      volume: '38',
      issue: '1',
      page: '100–115',
      language: 'fr'
    })
  })

  it('keeps the en dash of the page range and the accents as they are', () => {
    const item = referenceToCsl(SEED_REFERENCE)
    expect(item.page).toBe('100\u2013115')
    expect(item['container-title']).toContain('Extrême')
  })

  it('leaves out every field the archive does not know instead of guessing it', () => {
    expect(referenceToCsl(EMPTY_REFERENCE)).toEqual({ id: 'ref-empty', type: 'article-journal', language: 'fr' })
  })

  it('leaves out blank strings as if they were null', () => {
    const item = referenceToCsl({ ...SEED_REFERENCE, title: '  ', volume: '', pages: ' ' })
    expect(item).not.toHaveProperty('title')
    expect(item).not.toHaveProperty('volume')
    expect(item).not.toHaveProperty('page')
  })

  it('takes the language from the caller, or omits it when told null', () => {
    expect(referenceToCsl(SEED_REFERENCE, { language: 'en' }).language).toBe('en')
    expect(referenceToCsl(SEED_REFERENCE, { language: null })).not.toHaveProperty('language')
  })

  it('writes a person without a given name as the family name alone', () => {
    expect(personToCslName({ family: 'UNESCO', given: null, literal: 'UNESCO' })).toEqual({ family: 'UNESCO' })
    expect(personToCslName({ family: '', given: null, literal: 'Anonyme' })).toEqual({ literal: 'Anonyme' })
  })

  it('keeps the order of several references and of their authors', () => {
    const two = {
      ...SEED_REFERENCE,
      id: 'ref-two',
      authors: [...SEED_REFERENCE.authors, { family: 'Li', given: 'Wei', literal: 'Li, Wei' }]
    }
    const items = referencesToCsl([two, SEED_REFERENCE])
    expect(items.map((item) => item.id)).toEqual(['ref-two', 'ref-seed'])
    expect(items[0]?.author?.map((name) => name.family)).toEqual(['Peskov', 'Li'])
  })
})

describe('parseCslItems', () => {
  it('accepts number-like fields as numbers or strings and keeps strings', () => {
    const [item] = parseCslItems([{ id: 7, type: 'book', volume: 38, issued: { 'date-parts': [['2010']] } }])
    expect(item).toEqual({ id: '7', type: 'book', volume: '38', issued: { 'date-parts': [[2010]] } })
    expect(item && issuedYear(item)).toBe(2010)
  })

  it('drops citation-js bookkeeping and rejects an item without a type', () => {
    expect(parseCslItems([{ id: 'a', type: 'book', _graph: [] }])).toEqual([{ id: 'a', type: 'book' }])
    expect(() => parseCslItems([{ id: 'a' }])).toThrow()
  })
})
