// The stores count a text's length as the import's schemas do, so a limit means the same thing to both.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { textLength } from '../../../src/renderer/src/db/text-length'

describe('textLength', () => {
  it('counts code points: an emoji is one character, a lone surrogate one too', () => {
    expect(textLength('Traité')).toBe(6)
    expect(textLength('😀😀')).toBe(2)
    expect(textLength('😀'.repeat(3).slice(0, 5))).toBe(3)
    expect(textLength('\udc00\ud83d')).toBe(2)
  })

  it('agrees with the import schema’s limit for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.nat(30), (text, max) => {
        expect(z.string().max(max).safeParse(text).success).toBe(textLength(text) <= max)
      })
    )
  })
})
