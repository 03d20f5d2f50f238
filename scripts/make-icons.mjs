// Renders build/icon.svg, Folio's one source image, into the app icons electron-builder packs:
// build/icons/<n>x<n>.png for Linux (16 to 1024) and build/icon.png (512) for Windows and macOS.
// Run it after changing the SVG: `node scripts/make-icons.mjs`; the PNGs are committed.

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

/** The sizes Linux desktops look for in hicolor, and the 1024 a macOS Retina dock uses. */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** The size of build/icon.png, the smallest electron-builder accepts for macOS (it makes the .icns and .ico). */
export const MAIN_ICON_SIZE = 512

const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build')

/** The SVG drawn `size` pixels wide, as PNG bytes. */
export function renderIcon(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
}

async function main() {
  const svg = await readFile(join(buildDir, 'icon.svg'))
  await mkdir(join(buildDir, 'icons'), { recursive: true })
  for (const size of ICON_SIZES) await writeFile(join(buildDir, 'icons', `${size}x${size}.png`), renderIcon(svg, size))
  await writeFile(join(buildDir, 'icon.png'), renderIcon(svg, MAIN_ICON_SIZE))
  console.log(`Icônes écrites dans build/icons (${ICON_SIZES.join(', ')} px) et build/icon.png (${MAIN_ICON_SIZE} px)`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
