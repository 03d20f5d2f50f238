// The renderer's initial JavaScript: the entry chunk of out/renderer/index.html and every chunk it
// imports statically (lazy `import()` chunks excluded), minified as built, and gzipped (level 9).

import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Figure } from './figure'
import { round } from './stats'

/** Relative specifiers of the static imports in a built chunk (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const found: string[] = []
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    if (match[1]) found.push(match[1])
  }
  return found
}

/** The files of the initial JavaScript of a built renderer, entry first. */
export function initialChunks(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)
  ].map((match) => resolve(rendererDir, match[1] ?? ''))
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length) {
    const file = queue.shift() as string
    if (seen.has(file)) continue
    seen.add(file)
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), specifier))
  }
  return [...seen]
}

/** Size of the initial JavaScript, minified and gzipped; budget 200 kB (1 kB = 1,000 bytes). */
export function initialJsFigures(rendererDir: string): Figure[] {
  const files = initialChunks(rendererDir)
  if (files.length === 0) throw new Error(`no entry script in ${rendererDir}/index.html`)
  let minified = 0
  let gzipped = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    minified += bytes.length
    gzipped += gzipSync(bytes, { level: 9 }).length
  }
  const note = `${files.length} chunk${files.length > 1 ? 's' : ''} (entry + static imports), ${round(minified / 1000, 1)} kB minified`
  return [{ id: 'js.initial.gzip', label: 'Renderer initial JavaScript, minified + gzipped', value: round(gzipped / 1000, 1), unit: 'kB', budget: 200, note }]
}
