// The prose of the test PDFs keeps its promises: lines no longer than a line, sentences running across two lines,
// every sentence findable once in a whole document, the same text on every run.

import { describe, expect, it } from 'vitest'
import { LINE_CHARS, pageLines } from '../../fixtures/pdf-prose'

describe('test PDF prose', () => {
  const pages = Array.from({ length: 40 }, (_, i) => pageLines(i + 1, 24))

  it('fills each page with its lines, none longer than a line', () => {
    for (const lines of pages) {
      expect(lines).toHaveLength(24)
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(LINE_CHARS)
    }
  })

  it('runs some sentences across two lines', () => {
    const wrapped = pages[1]?.filter((line) => !line.endsWith('.')) ?? []
    expect(wrapped.length).toBeGreaterThan(5)
  })

  it('tags every sentence with its page and place, each tag once in the document, and is the same every run', () => {
    const text = pages.map((lines) => lines.join('\n')).join('\n')
    for (const tag of ['p1s1.', 'p2s3.', 'p40s7.']) expect(text.split(tag)).toHaveLength(2)
    expect(pageLines(2, 24)).toEqual(pages[1])
    expect(pageLines(3, 24)).not.toEqual(pages[1])
  })
})
