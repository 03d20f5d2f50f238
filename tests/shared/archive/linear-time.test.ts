// Adversarial inputs (unclosed quotes and brackets, long runs of spaces, punctuation and separators,
// deep repetition) cannot slow the parsers down: parse time is compared with a plain linear pass over
// the same input in the same test (a ratio, never milliseconds), and sixteen times the input takes about
// sixteen times as long (under LINEAR_GROWTH, 64, for the noise of a shared machine; a quadratic parse takes 256).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdownToArticle } from '../../../src/shared/archive/convert-markdown'
import { MAX_ARTICLE_BYTES } from '../../../src/shared/archive/decode-article'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { ArticleParseError } from '../../../src/shared/archive/parse-errors'
import { LINEAR_GROWTH, fastest, growthRatio, plainPass, ratioToPlainPass, repeatTo } from '../../fixtures/time-ratio'

/** Pieces that made the old patterns backtrack: quotes that never close, runs of spaces, punctuation, separators. */
const TRAPS = [
  '"',
  '“',
  '«',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '.',
  ',',
  ';',
  ' et ',
  ' and ',
  ' & ',
  '(',
  '((',
  '1',
  '12',
  '#',
  ' # ',
  'vol. ',
  'pp. ',
  ' on ',
  ' le ',
  'Archived from the original',
  "Archivé de l'original",
  'a',
  'Peskov, Youri'
]
const trapUnit = fc.array(fc.constantFrom(...TRAPS), { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''))
const SECTIONS = ['Lectures complémentaires', 'Liens externes']

/** An article whose one bullet, in a reference or a link section, is `size` characters of the unit repeated. */
const oneLongBullet = (unit: string, section: string) => (size: number) =>
  `Titre - Title\n\n${section}\n\n  • ${repeatTo(unit, size)}\n`
/** An article of many short bullets made of the unit. */
const manyBullets = (unit: string, section: string) => (size: number) =>
  `Titre - Title\n\n${section}\n\n${repeatTo(`  • ${unit.replace(/\n/g, ' ')}\n`, size)}`

const parse = (text: string) => parseArticle(text, { id: 'x' })

describe('the article parser on adversarial text', () => {
  it('reads one long reference or link bullet in time linear in its length', () => {
    fc.assert(
      fc.property(trapUnit, fc.constantFrom(...SECTIONS), (unit, section) => {
        const make = oneLongBullet(unit, section)
        expect(ratioToPlainPass(make(200_000), parse)).toBeLessThan(100)
        expect(growthRatio(make, 25_000, parse)).toBeLessThan(LINEAR_GROWTH)
      }),
      { numRuns: 12 }
    )
  }, 60_000)

  it('reads many short bullets made of the same traps in linear time', () => {
    fc.assert(
      fc.property(trapUnit, fc.constantFrom(...SECTIONS), (unit, section) => {
        const make = manyBullets(unit, section)
        expect(ratioToPlainPass(make(200_000), parse)).toBeLessThan(100)
        expect(growthRatio(make, 25_000, parse)).toBeLessThan(LINEAR_GROWTH)
      }),
      { numRuns: 8 }
    )
  }, 60_000)

  it('reads a bullet as large as the largest document Folio accepts (10 MB) within the same bound', () => {
    for (const [unit, section] of [
      // “ opens a quote that no “ closes; then author separators; then an archive date that never ends.
      ['Peskov, Youri. “  ', 'Lectures complémentaires'],
      [' ;  et  , ', 'Lectures complémentaires'],
      ['Archived from the original on  le  ', 'Liens externes']
    ] as const) {
      const text = oneLongBullet(unit, section)(MAX_ARTICLE_BYTES - 100)
      expect(fastest(() => parse(text), 1) / fastest(() => plainPass(text), 1)).toBeLessThan(100)
    }
  }, 30_000)

  it('keeps an infobox of a million lines linear', () => {
    const make = (size: number) => `Titre - Title\n\nTraité\n${repeatTo('Signé 14 février 1950\n', size)}`
    expect(ratioToPlainPass(make(2_000_000), parse)).toBeLessThan(100)
  })
})

/** Converts, or refuses as too complex: both are answers; the time to give either is what is measured. */
function convertOrRefuse(markdown: string): string {
  try {
    return markdownToArticle(markdown, 'Titre', { id: 'x' }).title
  } catch (error) {
    if (error instanceof ArticleParseError && error.problem === 'too-complex') return 'refused'
    throw error
  }
}

describe('the Markdown conversion on adversarial text', () => {
  it('refuses paragraphs dense with emphasis and link markers as too complex, in linear time', () => {
    for (const unit of ['*_', '[a](', '![a', '[a]: <', '*a _b ']) {
      const dense = `# Titre\n\n${repeatTo(unit, 200_000)}\n`
      expect(convertOrRefuse(dense)).toBe('refused')
      expect(ratioToPlainPass(dense, convertOrRefuse)).toBeLessThan(100)
    }
  })

  it('refuses quotes or lists nested hundreds deep as too complex, quickly', () => {
    for (const deep of [
      '>'.repeat(100_000),
      '> '.repeat(50_000),
      Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')
    ]) {
      expect(convertOrRefuse(deep)).toBe('refused')
      expect(ratioToPlainPass(deep, convertOrRefuse)).toBeLessThan(100)
    }
  })

  it('still converts ordinary Markdown: emphasis, links, nested lists, a table', () => {
    const markdown = [
      '# Un titre',
      '',
      'Du *texte* en **gras**, un [lien](https://example.org) et `du code`.',
      '',
      '- un',
      '  - deux',
      '    - trois',
      '',
      '| a | b |',
      '|---|---|',
      ...Array.from({ length: 2000 }, (_, i) => `| [x${i}](https://example.org/${i}) | *y* |`)
    ].join('\n')
    const texts = markdownToArticle(markdown, 'F', { id: 'x' }).blocks.map((block) => block.text)
    expect(texts).toContain('Du texte en gras, un lien et du code.')
  })
})

describe('the growth measure itself', () => {
  it('tells quadratic work from linear work', () => {
    // Every prefix copied: n²/2 characters for n.
    const quadratic = (text: string) => {
      let total = 0
      for (let i = 0; i < text.length; i += 16) total += text.slice(0, i).split('').length
      return total
    }
    const make = (size: number) => repeatTo('ab', size)
    expect(growthRatio(make, 1_000, quadratic)).toBeGreaterThan(LINEAR_GROWTH)
    expect(growthRatio(make, 25_000, plainPass)).toBeLessThan(LINEAR_GROWTH)
  })
})
