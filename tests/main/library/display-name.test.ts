import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_DISPLAY_NAME_LENGTH, toDisplayName } from '../../../src/main/library/display-name'
import { libraryEntrySchema } from '../../../src/main/library/library-manifest'

const entry = (originalName: string) => ({
  id: 'u-0123456789abcdef',
  file: 'u-0123456789abcdef.txt',
  kind: 'text',
  originalName,
  sha256: 'a'.repeat(64),
  bytes: 1,
  addedAt: '2026-12-02T10:00:00.000Z'
})

/** Any UTF-16 string, weighted towards what a file name may hold that a display name may not. */
const anyName = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\\', '/', '\0', '\u202e', '\u2066', '\u200f', '\u0085', '\u007f', '\n', ' ', '.', 'é', '中', '😀'),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
  ),
  maxLength: 600
})

describe('the display name of a library document', () => {
  it.each([
    ['a backslash (a legal name on Linux and macOS)', 'a\\b.txt', 'a_b.txt'],
    ['a right-to-left override that disguises the extension', 'report\u202Etxt.bat.txt', 'reporttxt.bat.txt'],
    ['control characters', 'a\u0001b\nc.md', 'abc.md'],
    ['nothing visible left', '\u202e\u200f', 'document'],
    ['only spaces', '   ', 'document']
  ])('makes a shown name of one with %s', (_name, name, shown) => {
    expect(toDisplayName(name)).toBe(shown)
    expect(libraryEntrySchema.safeParse(entry(shown)).success).toBe(true)
  })

  it('cuts a long name to the limit between characters, never inside an emoji', () => {
    const name = `${'a'.repeat(MAX_DISPLAY_NAME_LENGTH - 1)}😀.txt`
    expect(toDisplayName(name)).toBe('a'.repeat(MAX_DISPLAY_NAME_LENGTH - 1))
  })

  it('refuses in the manifest exactly the names it would change', () => {
    for (const bad of ['a\\b.txt', 'a/b.txt', 'a\u202eb.txt', 'x\u0000', '\ud800.txt', '', ' ', 'a'.repeat(256)]) {
      expect(libraryEntrySchema.safeParse(entry(bad)).success, JSON.stringify(bad)).toBe(false)
    }
  })

  it('turns any string into a name the manifest accepts back, and leaves such a name unchanged', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const shown = toDisplayName(name)
        expect(libraryEntrySchema.safeParse(JSON.parse(JSON.stringify(entry(shown)))).success).toBe(true)
        expect(toDisplayName(shown)).toBe(shown)
      }),
      { numRuns: 2000 }
    )
  })
})
