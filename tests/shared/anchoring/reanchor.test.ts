// Re-anchoring baselines: a passage of the seed article is described, the article text is edited,
// and the annotation must come back to the right passage (or become an orphan) by the expected method.
//
// To add a case, append a row to `cases` in reanchor-cases.ts:
//   - `select`: text occurring exactly once in the original article (the annotated passage);
//   - `edit`: turns the original raw article text into the new one (use `replaceOnce` so a typo in the
//     row fails loudly instead of silently leaving the text unchanged);
//   - `expected`: the text the anchor must cover in the new article, or null for an orphan;
//     `occurrence` picks which occurrence of `expected` is meant when it is repeated (default: the only one);
//   - `method`: how it must be found ('position' | 'quote' | 'fuzzy').
// Name the case after the behaviour it pins down, as a sentence.

import { describe, expect, it } from 'vitest'
import { documentText } from '../../../src/shared/archive/document'
import { anchorAll, anchorTarget } from '../../../src/shared/anchoring/anchor'
import { describeRange } from '../../../src/shared/anchoring/describe'
import { cases, INTRO, MAO, ORIGINAL, replaceOnce } from './reanchor-cases'
import { textDocument } from './text-document'

const originalDoc = textDocument(ORIGINAL)
const originalText = documentText(originalDoc)

/** Start of the `occurrence`-th occurrence of `needle` in `text`, asserting the count when not given. */
function expectedStart(text: string, needle: string, occurrence: number | undefined): number {
  const starts: number[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at)
  if (occurrence === undefined) {
    expect(starts, `"${needle}" occurs once in the edited text`).toHaveLength(1)
    return starts[0] ?? -1
  }
  expect(starts.length, `"${needle}" occurs more than ${occurrence} times`).toBeGreaterThan(occurrence)
  return starts[occurrence] ?? -1
}

function selectOnce(needle: string): [number, number] {
  const start = originalText.indexOf(needle)
  expect(start, `"${needle}" is in the article`).toBeGreaterThanOrEqual(0)
  expect(originalText.indexOf(needle, start + 1), `"${needle}" occurs once in the article`).toBe(-1)
  return [start, start + needle.length]
}

describe('re-anchoring after the article changed', () => {
  it('has at least 20 baseline cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  for (const { name, select, edit, expected, occurrence, method } of cases) {
    it(name, () => {
      const [start, end] = selectOnce(select)
      const target = describeRange(originalDoc, start, end)
      const doc = textDocument(edit(ORIGINAL))
      const text = documentText(doc)
      const anchor = anchorTarget(doc, target)
      if (expected === null) {
        expect(anchor).toBeNull()
        return
      }
      expect(anchor).not.toBeNull()
      if (!anchor) return
      expect(text.slice(anchor.start, anchor.end)).toBe(expected)
      expect(anchor.start).toBe(expectedStart(text, expected, occurrence))
      if (method) expect(anchor.method).toBe(method)
    })
  }

  it('gives the same anchors in a batch as one by one, orphans kept in place as null', () => {
    const targets = cases.map((c) => describeRange(originalDoc, ...selectOnce(c.select)))
    const edited = textDocument(replaceOnce(replaceOnce(ORIGINAL, MAO + '\n', ''), 'Afghanistan', 'Afganistan'))
    const batch = anchorAll(edited, targets)
    expect(batch).toEqual(targets.map((t) => anchorTarget(edited, t)))
    expect(batch).toContain(null)
  })

  it('anchors a target without a block id by its position, then by its quote', () => {
    const [start, end] = selectOnce('Deng Xiaoping voulait que la Chine')
    const target = { ...describeRange(originalDoc, start, end), blockId: null, blockOffset: 0 }
    expect(anchorTarget(originalDoc, target)).toEqual({ start, end, method: 'position' })
    const shifted = textDocument(replaceOnce(ORIGINAL, INTRO, INTRO + ' Ajout.'))
    const anchor = anchorTarget(shifted, target)
    expect(anchor?.method).toBe('quote')
    expect(anchor && documentText(shifted).slice(anchor.start, anchor.end)).toBe('Deng Xiaoping voulait que la Chine')
  })

  it('treats a target with an empty quote as an orphan instead of failing', () => {
    const target = describeRange(originalDoc, 0, 5)
    target.selectors.quote.exact = ''
    expect(anchorTarget(originalDoc, target)).toBeNull()
  })
})
