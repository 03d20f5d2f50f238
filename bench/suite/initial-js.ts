// The renderer's initial JavaScript: the inline first-frame script of out/renderer/index.html, its entry
// chunk (the boot script), the app chunk it always loads next (`main-*.js`, src/renderer/src/main.tsx), the
// catalog of the page's language it loads beside it (the larger one, French: `fr-*.js`,
// src/renderer/src/i18n/load-catalog.ts) and every chunk these import statically (other lazy `import()`
// chunks excluded), minified as built, and gzipped (level 9). Also the code the page carries inline
// (stylesheet and script), gzipped.

import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { inlineCode } from '../../src/main/window/content-security-policy'
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

/**
 * What the boot script imports once the first screen is painted: the app chunk (`import("./main-….js")`) and
 * the page's language's catalog (French, the default, `import("./fr-….js")`).
 */
function appChunks(code: string): string[] {
  return [...code.matchAll(/["'](\.\/(?:main|fr)-[\w-]+\.js)["']/g)].map((match) => match[1] ?? '')
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
    // Main keeps the preload of the page's language's catalog alone (French here, the default).
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)].filter(
      (match) => !/data-catalog="(?!fr")/.test(match[0])
    )
  ].map((match) => resolve(rendererDir, match[1] ?? ''))
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length) {
    const file = queue.shift() as string
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    for (const specifier of [...staticImports(code), ...(withApp ? appChunks(code) : [])])
      queue.push(resolve(dirname(file), specifier))
  }
  return [...seen]
}

interface Size {
  minified: number
  gzipped: number
}

function sizeOf(codes: (string | Buffer)[]): Size {
  let minified = 0
  let gzipped = 0
  for (const code of codes) {
    const bytes = typeof code === 'string' ? Buffer.from(code) : code
    minified += bytes.length
    gzipped += gzipSync(bytes, { level: 9 }).length
  }
  return { minified, gzipped }
}

const add = (a: Size, b: Size): Size => ({ minified: a.minified + b.minified, gzipped: a.gzipped + b.gzipped })
const files = (paths: string[]): Size => sizeOf(paths.map((path) => readFileSync(path)))

/** Size of the initial JavaScript, minified and gzipped; budget 200 kB (1 kB = 1,000 bytes). */
export function initialJsFigures(rendererDir: string): Figure[] {
  const chunks = initialChunks(rendererDir)
  if (chunks.length === 0) throw new Error(`no entry script in ${rendererDir}/index.html`)
  const inline = inlineCode(readFileSync(join(rendererDir, 'index.html'), 'utf8'))
  const firstFrame = sizeOf(inline.scripts)
  const all = add(firstFrame, files(chunks))
  const boot = add(firstFrame, files(bootChunks(rendererDir)))
  const page = sizeOf([...inline.scripts, ...inline.styles])
  const note = `${chunks.length} chunks (boot script, app, the French catalog, their static imports) and ${inline.scripts.length} inline script, ${round(all.minified / 1000, 1)} kB minified`
  return [
    {
      id: 'js.initial.gzip',
      label: 'Renderer initial JavaScript, minified + gzipped',
      value: round(all.gzipped / 1000, 1),
      unit: 'kB',
      budget: 200,
      note
    },
    {
      id: 'js.boot.gzip',
      label: 'First-screen scripts (inline first frame + boot module), minified + gzipped',
      value: round(boot.gzipped / 1000, 1),
      unit: 'kB',
      note: `${round(boot.minified / 1000, 1)} kB minified; the app loads after them`
    },
    {
      id: 'page.inline.gzip',
      label: 'Code inline in index.html (first-frame stylesheet and script), gzipped',
      value: round(page.gzipped / 1000, 1),
      unit: 'kB',
      note: `${round(page.minified / 1000, 1)} kB as served; nothing else on the first frame's critical path`
    }
  ]
}
