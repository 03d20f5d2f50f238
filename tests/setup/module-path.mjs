// Vitest's stand-in for electron-vite's `?modulePath` import (src/main/index.ts starts its parse worker by it):
// the imported module is bundled with rolldown into a temporary CommonJS file, whose path is the default export,
// so the code under test starts the very worker the app would, built from source.

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { build } from 'rolldown'

const suffix = '?modulePath'
const prefix = '\0folio-module-path:'

/** A Vite plugin resolving `import path from './worker?modulePath'` to a bundled file's absolute path. */
export function modulePath() {
  const dir = mkdtempSync(join(tmpdir(), 'folio-module-path-'))
  return {
    name: 'folio-module-path',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith(suffix) || !importer) return null
      const target = resolve(dirname(importer), id.slice(0, -suffix.length))
      return prefix + (extname(target) ? target : `${target}.ts`)
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null
      const input = id.slice(prefix.length)
      const file = join(dir, `${basename(input, extname(input))}.cjs`)
      await build({ input, platform: 'node', logLevel: 'warn', output: { file, format: 'cjs' } })
      return `export default ${JSON.stringify(file)}`
    }
  }
}
