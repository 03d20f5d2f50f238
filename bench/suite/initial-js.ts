// The renderer's initial JavaScript: the entry chunk of out/renderer/index.html (the boot script of the first
// screen), the app chunk it always loads next (`main-*.js`, src/renderer/src/main.tsx) and every chunk these
// import statically (other lazy `import()` chunks excluded), minified as built, and gzipped (level 9).

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

/** The app chunk the boot script imports once the first screen is painted (`import("./main-….js")`). */
function appChunks(code: string): string[] {
  return [...code.matchAll(/["'](\.\/main-[\w-]+\.js)["']/g)].map((match) => match[1] ?? '')
}

/** The files of the boot script alone (the entry and its static imports), entry first. */
export function bootChunks(rendererDir: string): string[] {
  return initialChunks(rendererDir, false)
}

/** The files of the initial JavaScript of a built renderer, entry first; `withApp`: the app chunk too. */
export function initialChunks(rendererDir: string, withApp = true): string[] {
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
    const code = readFileSync(file, 'utf8')
    for (const specifier of [...staticImports(code), ...(withApp ? appChunks(code) : [])]) queue.push(resolve(dirname(file), specifier))
  }
  return [...seen]
}

function sizes(files: string[]): { minified: number; gzipped: number } {
  let minified = 0
  let gzipped = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    minified += bytes.length
    gzipped += gzipSync(bytes, { level: 9 }).length
  }
  return { minified, gzipped }
}

/** Size of the initial JavaScript, minified and gzipped; budget 200 kB (1 kB = 1,000 bytes). */
export function initialJsFigures(rendererDir: string): Figure[] {
  const files = initialChunks(rendererDir)
  if (files.length === 0) throw new Error(`no entry script in ${rendererDir}/index.html`)
  const all = sizes(files)
  const boot = sizes(bootChunks(rendererDir))
  const note = `${files.length} chunks (boot script, app, their static imports), ${round(all.minified / 1000, 1)} kB minified`
  return [
    { id: 'js.initial.gzip', label: 'Renderer initial JavaScript, minified + gzipped', value: round(all.gzipped / 1000, 1), unit: 'kB', budget: 200, note },
    { id: 'js.boot.gzip', label: 'First-screen boot script (render-blocking), minified + gzipped', value: round(boot.gzipped / 1000, 1), unit: 'kB', note: `${round(boot.minified / 1000, 1)} kB minified; the app loads after it` }
  ]
}
