// A passage of a PDF copy cited with its page: the seed's second link (Yang Kuisong's article, as the parser reads
// it from the seed), in Chicago author-date, APA and MLA, each writing the page its own way; a link with neither
// author nor year is cited without them, never with invented ones.

import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import type { ExternalLink } from '../../../src/shared/archive/document'
import { citePassage, linkToCsl } from '../../../src/shared/citations/cite-passage'
import { prepareCitationStyle } from '../../../src/shared/citations/citation-styles'
import { seedText } from '../../fixtures/archive-files'

const seed = seedText()

describe('citing a passage of a copy with its page', () => {
  let yang: ExternalLink
  beforeAll(() => {
    const found = parseArticle(seed, { id: 'fed214270135fa12' }).links.find((link) => link.author === 'Yang Kuisong')
    if (!found) throw new Error('the seed has Yang Kuisong’s link')
    yang = found
    prepareCitationStyle('chicago-author-date', 'en-US')
  }, 30_000)

  it('takes from the link only what it has: title, author as written, year, site; no URL the seed does not give', () => {
    const item = linkToCsl(yang)
    expect(item).toMatchObject({
      type: 'webpage',
      author: [{ literal: 'Yang Kuisong' }],
      issued: { 'date-parts': [[2005]] }
    })
    expect(item.title).toContain("L'alliance sino-soviétique et le nationalisme")
    expect(item.URL).toBeUndefined()
  })

  it('writes the page as each style does', () => {
    const at = (style: 'chicago-author-date' | 'apa' | 'mla') => citePassage(yang, 4, { style, locale: 'en-US' }).inText
    expect(at('chicago-author-date')).toBe('(Yang Kuisong 2005, 4)')
    expect(at('apa')).toBe('(Yang Kuisong, 2005, p. 4)')
    expect(at('mla')).toBe('(Yang Kuisong 4)')
  }, 30_000)

  it('gives the work’s bibliography entry beside the in-text citation', () => {
    const { entry } = citePassage(yang, 4, { style: 'chicago-author-date', locale: 'en-US' })
    expect(entry).toMatch(/^Yang Kuisong\. 2005\. /)
  })

  it('cites a link with no author and no year by its title, inventing neither', () => {
    const bare: ExternalLink = { ...yang, id: 'bare', author: null, year: null, publisher: null }
    const { inText } = citePassage(bare, 12, { style: 'chicago-author-date', locale: 'en-US' })
    expect(inText).toContain('12')
    expect(inText).not.toContain('Yang')
    expect(inText).not.toContain('2005')
  })
})
