// The Markdown export's escaping on adversarial quotes: a line that would read as a list item or a heading
// underline is escaped exactly as when it stands alone, in time linear in the quote however many lines are blank.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockQuote, escapeMarkdown } from '../../../src/renderer/src/backup/markdown-export'
import { LINEAR_GROWTH, growthRatio, ratioToPlainPass, repeatTo } from '../../fixtures/time-ratio'

const LINE_BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029']

describe('escapeMarkdown on many lines', () => {
  it('escapes a list marker, an underline or a numbered item after the line’s own indentation', () => {
    expect(escapeMarkdown('  - un\n\t+ deux\n= trois\n  12. quatre\n3) cinq')).toBe(
      '  \\- un\n\t\\+ deux\n\\= trois\n  12\\. quatre\n3\\) cinq'
    )
    expect(escapeMarkdown('a - b\n1.5 km')).toBe('a - b\n1\\.5 km')
  })

  it('escapes every line as it escapes that line alone, whatever the line breaks and blank lines between', () => {
    const line = fc
      .array(fc.constantFrom(' ', '\t', '\u00a0', '-', '+', '=', '1', '2', '.', ')', 'a', '*'), { maxLength: 8 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.constantFrom(...LINE_BREAKS)), { minLength: 1, maxLength: 12 }),
        (lines) => {
          const text = lines.map(([content, end]) => content + end).join('')
          expect(escapeMarkdown(text)).toBe(lines.map(([content, end]) => escapeMarkdown(content) + end).join(''))
        }
      ),
      { numRuns: 300 }
    )
  })

  it('escapes a quote of many blank or space-only lines in time linear in its length', () => {
    // The old patterns' \s* crossed line breaks: from every line start, it ran over all the blank lines after it.
    for (const unit of ['\n', ' \n', '\r\n', '\n \t', '\u2028']) {
      const make = (size: number) => `${repeatTo(unit, size)}x`
      expect(ratioToPlainPass(make(200_000), escapeMarkdown)).toBeLessThan(100)
      expect(growthRatio(make, 25_000, escapeMarkdown)).toBeLessThan(LINEAR_GROWTH)
    }
    const quote = `${'\n'.repeat(100_000)}- fin`
    expect(ratioToPlainPass(quote, blockQuote)).toBeLessThan(100)
  }, 30_000)
})
