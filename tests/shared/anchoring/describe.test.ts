// Describing selections of the seed article and anchoring them again on the unchanged text:
// every round trip must come back to the same range by its stored position, CJK and U+00A0 included.

import { describe, expect, it } from 'vitest'
import { documentText } from '../../../src/shared/archive/document'
import { anchorAll, anchorTarget } from '../../../src/shared/anchoring/anchor'
import { describeBlockRange, describeRange } from '../../../src/shared/anchoring/describe'
import { prepareDocument } from '../../../src/shared/anchoring/prepared-document'
import { CONTEXT_LENGTH } from '../../../src/shared/anchoring/types'
import { createRandom } from '../../../bench/anchoring-bench'
import { blocksDocument, seedArticleText, textDocument } from './text-document'

const doc = textDocument(seedArticleText())
const text = documentText(doc)

/** The range of the only occurrence of `needle` in the seed text. */
function rangeOf(needle: string): [number, number] {
  const start = text.indexOf(needle)
  expect(start, `"${needle}" is in the seed text`).toBeGreaterThanOrEqual(0)
  expect(text.indexOf(needle, start + 1), `"${needle}" occurs once`).toBe(-1)
  return [start, start + needle.length]
}

describe('describeRange', () => {
  it('uses the same text as documentText, block texts joined by newlines', () => {
    expect(prepareDocument(doc).text).toBe(text)
  })

  it('stores the exact text, 32 characters of context each side and the position', () => {
    const [start, end] = rangeOf('Deng Xiaoping')
    const target = describeRange(doc, start, end)
    expect(target.selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Deng Xiaoping',
      prefix: text.slice(start - CONTEXT_LENGTH, start),
      suffix: text.slice(end, end + CONTEXT_LENGTH)
    })
    expect(target.selectors.position).toEqual({ type: 'TextPositionSelector', start, end })
  })

  it('names the block containing the start and the offset of the start inside it', () => {
    const [start, end] = rangeOf('Deng Xiaoping')
    const target = describeRange(doc, start, end)
    const block = doc.blocks.find((b) => b.id === target.blockId)
    expect(block?.text.slice(target.blockOffset, target.blockOffset + 13)).toBe('Deng Xiaoping')
  })

  it('keeps context short at the very start and end of the document', () => {
    const first = describeRange(doc, 0, 6)
    expect(first.selectors.quote.prefix).toBe('')
    const last = describeRange(doc, text.length - 5, text.length)
    expect(last.selectors.quote.suffix).toBe('')
    expect(last.selectors.quote.exact).toBe('PHP).')
  })

  it('keeps Chinese characters intact in the quote and its context', () => {
    const [start, end] = rangeOf('中苏友好同盟互助条约')
    const target = describeRange(doc, start, end)
    expect(target.selectors.quote.exact).toBe('中苏友好同盟互助条约')
    expect(target.selectors.quote.suffix.startsWith('; chinois traditionnel :中蘇')).toBe(true)
  })

  it('keeps the non-breaking space of "14 février 1950\u00a0( 1950-02-14 )"', () => {
    const [start, end] = rangeOf('14 février 1950\u00a0( 1950-02-14 )')
    expect(describeRange(doc, start, end).selectors.quote.exact).toContain('\u00a0')
  })

  it('does not cut a surrogate pair at the edge of the context', () => {
    const emoji = blocksDocument(['😀'.repeat(40) + 'milieu' + '😀'.repeat(40)])
    const start = 80
    const target = describeRange(emoji, start, start + 6)
    expect(target.selectors.quote.exact).toBe('milieu')
    expect(target.selectors.quote.prefix).toBe('😀'.repeat(16))
    expect(target.selectors.quote.suffix).toBe('😀'.repeat(16))
  })

  it('describes a range given relative to a block', () => {
    const block = doc.blocks.find((b) => b.text.startsWith('Mao'))
    if (!block) throw new Error('seed paragraph missing')
    const target = describeBlockRange(doc, block.id, 0, 3)
    expect(target.selectors.quote.exact).toBe('Mao')
    expect(target.blockId).toBe(block.id)
  })

  it('rejects empty, reversed and out-of-range selections', () => {
    expect(() => describeRange(doc, 5, 5)).toThrow(RangeError)
    expect(() => describeRange(doc, 9, 4)).toThrow(RangeError)
    expect(() => describeRange(doc, -1, 4)).toThrow(RangeError)
    expect(() => describeRange(doc, 0, text.length + 1)).toThrow(RangeError)
    expect(() => describeBlockRange(doc, 'p-missing', 0, 1)).toThrow(RangeError)
  })

  it('produces plain JSON data that survives serialisation', () => {
    const [start, end] = rangeOf('Mao')
    const target = describeRange(doc, start, end)
    expect(JSON.parse(JSON.stringify(target))).toEqual(target)
  })
})

describe('describe then anchor on the unchanged seed article', () => {
  const selections: [string, string][] = [
    ['the title line', text.slice(0, text.indexOf('\n'))],
    ['Chinese characters', '中苏友好同盟互助条约'],
    ['a selection starting inside a Chinese name', '友好同盟互助条约; chinois traditionnel :中蘇友'],
    ['pinyin with tone marks', 'Zhōng-Sū Yǒuhǎo Tóngméng Hùzhù Tiáoyuè'],
    ['a non-breaking space', '14 février 1950\u00a0( 1950-02-14 )'],
    ['two non-breaking spaces', '2007-03-18.\u00a0(103\u00a0 Ko )'],
    ['a selection across two infobox blocks', 'Signataires\nDes soirées'],
    ['a selection across paragraphs', "sino-soviétique .\nAprès l'expiration"],
    ['a short word', 'Mao']
  ]

  it.each(selections)('comes back to %s by its position', (_label, needle) => {
    const [start, end] = rangeOf(needle)
    expect(anchorTarget(doc, describeRange(doc, start, end))).toEqual({ start, end, method: 'position' })
  })

  it('comes back to every one of 500 random selections by its position', () => {
    const random = createRandom(42)
    const ranges = Array.from({ length: 500 }, () => {
      const start = Math.floor(random() * (text.length - 1))
      const end = Math.min(text.length, start + 1 + Math.floor(random() * 200))
      return { start, end }
    })
    const prepared = prepareDocument(doc)
    const anchors = anchorAll(
      prepared,
      ranges.map((r) => describeRange(prepared, r.start, r.end))
    )
    expect(anchors).toEqual(ranges.map((r) => ({ ...r, method: 'position' })))
  })
})
