// A passage of an article cited with its section and paragraph: the place worked out from the seed's blocks, and the
// in-text citation as citeproc writes it in Chicago author-date, APA and MLA, in English and in French.

import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import type { ArticleDocument } from '../../../src/shared/archive/document'
import { articleToCsl, citeArticlePassage } from '../../../src/shared/citations/cite-passage'
import { prepareCitationStyle, type CitationStyleId } from '../../../src/shared/citations/citation-styles'
import { locatorOfPlace, placeOfBlock } from '../../../src/shared/citations/passage-locator'
import { seedText } from '../../fixtures/archive-files'

let seed: ArticleDocument
/** The id of the first block whose text starts with `start`. */
const blockOf = (start: string): string => {
  const block = seed.blocks.find((candidate) => candidate.text.startsWith(start))
  if (!block) throw new Error(`the seed has a block starting "${start}"`)
  return block.id
}

beforeAll(() => {
  seed = parseArticle(seedText(), { id: 'fed214270135fa12' })
  prepareCitationStyle('chicago-author-date', 'en-US')
}, 30_000)

describe('the place of a passage in an article', () => {
  it('numbers a list item among those of its section: the Yang Kuisong link is the 2nd of "Liens externes"', () => {
    expect(placeOfBlock(seed, blockOf('Yang Kuisong'))).toEqual({ section: 'Liens externes', paragraph: 2 })
    expect(placeOfBlock(seed, blockOf('Un article qui mentionne'))).toEqual({ section: 'Liens externes', paragraph: 1 })
  })

  it('numbers the introduction’s paragraphs without a section, and gives a heading its section alone', () => {
    expect(placeOfBlock(seed, blockOf("Mao s'est rendu"))).toEqual({ section: null, paragraph: 2 })
    expect(placeOfBlock(seed, blockOf('Liens externes'))).toEqual({ section: 'Liens externes', paragraph: null })
  })

  it('has no place in the title or the infobox, or for a block the article no longer has', () => {
    expect(placeOfBlock(seed, seed.blocks[0]!.id)).toBeNull()
    expect(placeOfBlock(seed, blockOf('Signé'))).toBeNull()
    expect(placeOfBlock(seed, 'p-gone')).toBeNull()
    expect(placeOfBlock(seed, null)).toBeNull()
  })

  it('makes one CSL locator of a section and a paragraph, or of either alone', () => {
    expect(locatorOfPlace({ section: 'Liens externes', paragraph: 2 })).toEqual({
      label: 'section',
      value: 'Liens externes, para. 2'
    })
    expect(locatorOfPlace({ section: null, paragraph: 3 })).toEqual({ label: 'paragraph', value: '3' })
    expect(locatorOfPlace({ section: 'Voir également', paragraph: null })).toEqual({
      label: 'section',
      value: 'Voir également'
    })
    expect(locatorOfPlace(null)).toBeNull()
  })
})

describe('citing a passage of an article with its section and paragraph', () => {
  const cite = (style: CitationStyleId, locale: 'en-US' | 'fr-FR', start = 'Yang Kuisong') =>
    citeArticlePassage({ document: seed }, blockOf(start), { style, locale })

  it('cites the article as itself: its title and language, no author or date invented', () => {
    expect(articleToCsl(seed, 'Archive Folio')).toEqual({
      id: 'fed214270135fa12',
      type: 'document',
      title: seed.title,
      language: 'fr',
      'container-title': 'Archive Folio'
    })
  })

  it('writes the section and paragraph each style’s way, in English', () => {
    const title = '“Traité sino-soviétique d’amitié, d’alliance et d’assistance mutuelle,”'
    expect(cite('chicago-author-date', 'en-US').inText).toBe(`(${title} n.d., sec. Liens externes, para. 2)`)
    expect(cite('apa', 'en-US').inText).toBe(
      '(Traité sino-soviétique d’amitié, d’alliance et d’assistance mutuelle, n.d., Section Liens externes, para. 2)'
    )
    expect(cite('mla', 'en-US').inText).toBe(`(${title} sec. Liens externes, par. 2)`)
  }, 30_000)

  it('writes them in French with the French terms: "sect.", "paragr." and "s. d." (its spaces unbreakable)', () => {
    const title = '«\u00a0Traité sino-soviétique d’amitié, d’alliance et d’assistance mutuelle\u00a0»'
    expect(cite('chicago-author-date', 'fr-FR').inText).toBe(`(${title}, s.\u00a0d., sect. Liens externes, paragr. 2)`)
    expect(cite('apa', 'fr-FR').inText).toBe(
      '(Traité sino-soviétique d’amitié, d’alliance et d’assistance mutuelle, s.\u00a0d., Section Liens externes, paragr. 2)'
    )
    expect(cite('mla', 'fr-FR').inText).toBe(`(${title}, sect. Liens externes, paragr. 2)`)
  }, 30_000)

  it('cites a passage of the introduction by its paragraph alone', () => {
    expect(cite('chicago-author-date', 'en-US', "Mao s'est rendu").inText).toMatch(/ n\.d\., para\. 2\)$/)
    expect(cite('mla', 'fr-FR', "Mao s'est rendu").inText).toMatch(/, paragr\. 2\)$/)
  }, 30_000)

  it('gives the article’s bibliography entry beside the citation, in the archive when it is named', () => {
    const { entry } = citeArticlePassage({ document: seed, archiveName: 'Archive Folio' }, blockOf('Yang Kuisong'), {
      style: 'chicago-author-date',
      locale: 'en-US'
    })
    expect(entry).toBe('“Traité sino-soviétique d’amitié, d’alliance et d’assistance mutuelle.” n.d. In Archive Folio.')
  })

  it('cites a passage of the title as the article alone, without a locator', () => {
    const { inText } = citeArticlePassage({ document: seed }, seed.blocks[0]!.id, {
      style: 'chicago-author-date',
      locale: 'en-US'
    })
    expect(inText).toBe('(“Traité sino-soviétique d’amitié, d’alliance et d’assistance mutuelle,” n.d.)')
  })
})
