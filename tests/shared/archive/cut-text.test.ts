// A title cut to its bound keeps whole characters: an emoji or a CJK extension character is never split.

import { describe, expect, it } from 'vitest'
import { cutBetweenCharacters } from '../../../src/shared/archive/cut-text'

describe('cutBetweenCharacters', () => {
  it('keeps a text that fits as it is', () => {
    expect(cutBetweenCharacters('Traité', 6)).toBe('Traité')
  })
  it('cuts before a surrogate pair that would not fit whole', () => {
    expect(cutBetweenCharacters('ab😀c', 3)).toBe('ab')
    expect(cutBetweenCharacters('ab😀c', 4)).toBe('ab😀')
    expect(cutBetweenCharacters('𠀀𠀀', 3)).toBe('𠀀')
  })
})
