// The seed index and the searches built on it: exact occurrences must be complete (property-tested
// against indexOf), candidate places must point at edited passages, and approximate alignment must be optimal.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignNear } from '../../../src/shared/anchoring/align-near'
import { describeRange } from '../../../src/shared/anchoring/describe'
import {
  buildSeedIndex,
  buildSeedIndexSteps,
  forEachPosting,
  sampledGrams
} from '../../../src/shared/anchoring/seed-index'
import { clustersOf, lookUpSelector } from '../../../src/shared/anchoring/seed-search'
import { editDistance } from '../../../src/shared/anchoring/text-similarity'
import { blocksDocument } from './text-document'

/** All offsets of `needle` in `text`, overlapping ones included. */
function indexOfAll(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

/** Smallest edit distance between `quote` and any substring of `text` (reference semi-global DP). */
function bestDistance(text: string, quote: string): number {
  let previous = Array.from({ length: text.length + 1 }, () => 0)
  for (let i = 1; i <= quote.length; i++) {
    const current = [i]
    for (let j = 1; j <= text.length; j++) {
      const same = quote[i - 1] === text[j - 1] ? 0 : 1
      current.push(Math.min((previous[j - 1] ?? 0) + same, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1))
    }
    previous = current
  }
  return Math.min(...previous)
}

const WORDS = ['de', 'la', 'traité', 'sino', 'Chine', 'alliance', '中苏', '友好', 'été', 'à', '1950']
const wordText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 200 })
  .chain((words) => fc.constantFrom(' ', '\u00a0', ', ', '\n').map((sep) => words.join(sep)))

describe('seed index', () => {
  it('builds the same index in steps as at once', () => {
    const text = 'Le traité sino-soviétique, signé en 1950 à Moscou. '.repeat(500)
    const steps = buildSeedIndexSteps(text)
    let step = steps.next()
    let yields = 0
    while (!step.done) {
      yields++
      step = steps.next()
    }
    expect(yields).toBeGreaterThan(1)
    expect(step.value).toEqual(buildSeedIndex(text))
  })

  it('samples word starts, and every character of a Chinese run', () => {
    expect(sampledGrams('le traité de Chine')).toEqual([0, 3, 10])
    expect(sampledGrams('中苏友好同盟互助条约条约')).toEqual([0, 1, 2, 3, 4])
  })

  it('stops counting a gram once it is more common than the limit', () => {
    const text = 'alliance '.repeat(100)
    const index = buildSeedIndex(text)
    const visited: number[] = []
    expect(forEachPosting(index, 'alliance ', 0, 10, (p) => visited.push(p))).toBe(11)
    expect(forEachPosting(index, 'alliance ', 0, Infinity, () => undefined)).toBe(100)
  })

  it('lists every exact occurrence of a quote that has an interior gram', () => {
    let checked = 0
    fc.assert(
      fc.property(wordText, fc.nat(), fc.integer({ min: 13, max: 60 }), (text, at, length) => {
        const start = at % Math.max(1, text.length - length)
        const doc = blocksDocument(text.split('\n'))
        const joined = doc.blocks.map((b) => b.text).join('\n')
        const end = Math.min(joined.length, start + length)
        fc.pre(end > start)
        const selector = describeRange(doc, start, end).selectors.quote
        const seeds = lookUpSelector(buildSeedIndex(joined), joined, selector)
        if (!seeds.occurrences) return
        checked++
        expect(seeds.occurrences).toEqual(indexOfAll(joined, selector.exact))
      }),
      { numRuns: 200 }
    )
    expect(checked).toBeGreaterThan(150)
  })

  it('points at an edited passage through the grams of its quote and context', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `mot${i} ligne${i * 7}`).join(' ')
    const passage = 'Les Soviétiques ont accepté de prêter 300 millions de dollars au gouvernement chinois'
    const text = `${filler} ${passage} ${filler}`
    const doc = blocksDocument([text])
    const start = text.indexOf(passage)
    const selector = describeRange(doc, start, start + passage.length).selectors.quote
    const edited = text.replace('accepté de prêter', 'accepté de prter').replace('millions', 'milions')
    const seeds = lookUpSelector(buildSeedIndex(edited), edited, selector)
    expect(seeds.occurrences).toEqual([])
    const [best] = clustersOf(seeds.starts, 9)
    expect(best && Math.abs(best.first - start)).toBeLessThanOrEqual(2)
  })
})

describe('alignNear', () => {
  it('finds the exact occurrence with no error', () => {
    expect(alignNear('xx le traité de 1950 yy', 'traité', 4, 7, 2)).toEqual({ start: 6, end: 12, errors: 0 })
  })

  it('finds an occurrence with a deletion, an insertion and a substitution', () => {
    const text = '.... Deng Xiaopng voulait qque la Chene ....'
    expect(alignNear(text, 'Deng Xiaoping voulait que la Chine', 5, 5, 4)).toEqual({
      start: 5,
      end: 5 + 'Deng Xiaopng voulait qque la Chene'.length,
      errors: 3
    })
  })

  it('returns null when the quote needs more edits than allowed', () => {
    expect(alignNear('aaaa bbbb cccc', 'bxxb', 5, 5, 1)).toBeNull()
  })

  it('finds the fewest edits any alignment starting near the given place has', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 40 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (text, quote, maxErrors) => {
          // With the whole text in range, the result is the optimal semi-global alignment.
          const found = alignNear(text, quote, 0, text.length, maxErrors)
          const best = bestDistance(text, quote)
          if (best > maxErrors) expect(found).toBeNull()
          else {
            expect(found?.errors).toBe(best)
            if (found) expect(editDistance(text.slice(found.start, found.end), quote)).toBe(best)
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})
