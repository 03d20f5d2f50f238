// Quote matching rules: how many edits a fuzzy match may have, how context is compared, and when a
// match found away from the stored position is trusted or refused (a coincidence is not the passage).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeRange, quoteSelectorFor } from '../../../src/shared/anchoring/describe'
import { matchQuote } from '../../../src/shared/anchoring/match-quote'
import { maxErrorsFor } from '../../../src/shared/anchoring/score-match'
import { ensureSeedIndex, prepareDocument } from '../../../src/shared/anchoring/prepared-document'
import { contextSimilarity, editDistance } from '../../../src/shared/anchoring/text-similarity'
import type { TextQuoteSelector } from '../../../src/shared/anchoring/types'
import { blocksDocument } from './text-document'

function referenceDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1
      current.push(Math.min((previous[j - 1] ?? 0) + same, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** Matches `selector` in a document made of `blocks`, expecting it near `hint`. */
function match(blocks: string[], selector: TextQuoteSelector, hint = 0): ReturnType<typeof matchQuote> {
  const prepared = prepareDocument(blocksDocument(blocks))
  return matchQuote(prepared, selector, hint, ensureSeedIndex(prepared))
}

const selector = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix
})

describe('maxErrorsFor', () => {
  it('allows a quarter of the quote length in edits, at most 32', () => {
    expect(maxErrorsFor(3)).toBe(0)
    expect(maxErrorsFor(10)).toBe(2)
    expect(maxErrorsFor(100)).toBe(25)
    expect(maxErrorsFor(5000)).toBe(32)
  })
})

describe('context similarity', () => {
  it('computes the Levenshtein distance, CJK and long strings included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'é', '中', ' '), maxLength: 40 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'é', '中', ' '), maxLength: 40 }),
        (a, b) => {
          expect(editDistance(a, b)).toBe(referenceDistance(a, b))
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('is 1 for equal or both-empty contexts and falls with each edit', () => {
    expect(contextSimilarity('', '')).toBe(1)
    expect(contextSimilarity('abcd', 'abcd')).toBe(1)
    expect(contextSimilarity('abcd', 'abxd')).toBe(0.75)
    expect(contextSimilarity('abcd', '')).toBe(0)
  })
})

describe('matchQuote', () => {
  const filler = 'Un paragraphe sans rapport avec le passage annoté, pour remplir.'

  it('refuses a short quote found only in an unrelated context', () => {
    const target = selector('Chine', 'voyagé hors de ', ' dans sa vie.')
    expect(match([filler, 'La Chine populaire a été proclamée en 1949.', filler], target)).toBeNull()
  })

  it('accepts a short quote whose context agrees', () => {
    const target = selector('Chine', 'voyagé hors de ', ' dans sa vie.')
    const found = match([filler, 'Il a voyagé hors de Chine dans sa vie.', filler], target)
    expect(found).toMatchObject({ exact: true, errors: 0 })
  })

  it('accepts a long quote found exactly once whatever its context', () => {
    const quote = 'le chemin de fer de l’Est chinois et les ports'
    const target = selector(quote, 'un contexte qui a disparu ', ' un autre contexte disparu')
    const text = `Tout change : ${quote} restent.`
    expect(match([filler, text], target)).toMatchObject({ start: filler.length + 1 + 14, exact: true })
  })

  it('refuses a fuzzy match with more edits than a quarter of the quote', () => {
    const target = selector('Deng Xiaoping voulait', 'En 1979, ', ' que la Chine')
    const mangled = 'Dxng Xxaoxing vxuxaix'
    expect(editDistance(mangled, target.exact)).toBeGreaterThan(maxErrorsFor(target.exact.length))
    expect(match([`En 1979, ${mangled} que la Chine`], target)).toBeNull()
    expect(match(['En 1979, Deng Xiaopng voulait que la Chine'], target)).toMatchObject({ exact: false, errors: 1 })
  })

  it('picks the occurrence nearest the expected position when contexts are identical', () => {
    const paragraph = 'Le traité fut signé à Moscou le 14 février 1950 par les deux pays.'
    const prepared = prepareDocument(blocksDocument([filler, paragraph, filler, paragraph, filler]))
    const second = prepared.text.lastIndexOf('signé à Moscou')
    const target = quoteSelectorFor(prepared.text, second, second + 14)
    const index = ensureSeedIndex(prepared)
    expect(matchQuote(prepared, target, second, index)?.start).toBe(second)
    expect(matchQuote(prepared, target, 0, index)?.start).toBe(prepared.text.indexOf('signé à Moscou'))
    expect(prepared.text.indexOf('signé à Moscou')).toBeLessThan(second)
  })

  it('finds an edited quote far from where it was expected', () => {
    const doc = blocksDocument([filler, 'Mao s’est rendu en Union soviétique pour signer le traité.'])
    const start = 'x'.length + filler.length
    const target = describeRange(doc, start, start + 40).selectors.quote
    const moved = [
      ...Array.from({ length: 200 }, (_, i) => `${filler} ${i}`),
      'Mao s’est rendu en Union Soviétique pour signer le traité.'
    ]
    const found = match(moved, target, 0)
    expect(found?.exact).toBe(false)
    expect(found?.errors).toBe(1)
  })
})
