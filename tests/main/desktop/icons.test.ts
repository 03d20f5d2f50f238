import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ICON_SIZES, MAIN_ICON_SIZE, renderIcon } from '../../../scripts/make-icons.mjs'

const build = join(__dirname, '..', '..', '..', 'build')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A PNG's size and colour type from its IHDR chunk, which the format puts first. */
function pngHeader(bytes: Buffer): { width: number; height: number; colourType: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]! }
}

const icons = [
  ...ICON_SIZES.map((size) => [`icons/${size}x${size}.png`, size] as const),
  ['icon.png', MAIN_ICON_SIZE] as const
]

describe('the app icons', () => {
  it('come in every size a desktop asks for, from 16 to 1024 pixels', () => {
    expect(ICON_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 128, 256, 512, 1024]))
    // macOS refuses an icon.png under 512 pixels; Windows' .ico needs 256.
    expect(MAIN_ICON_SIZE).toBeGreaterThanOrEqual(512)
  })

  it.each(icons)('build/%s is a square RGBA PNG of %i pixels', async (file, size) => {
    const bytes = await readFile(join(build, file))
    // Colour type 6: RGBA, so the rounded tile's corners can show the desktop behind.
    expect(pngHeader(bytes)).toEqual({ width: size, height: size, colourType: 6 })
  })

  it.each(icons)(
    'build/%s is build/icon.svg as it is now (run scripts/make-icons.mjs after editing it)',
    async (file, size) => {
      const svg = await readFile(join(build, 'icon.svg'))
      expect(Buffer.from(renderIcon(svg, size)).equals(await readFile(join(build, file)))).toBe(true)
    }
  )
})
