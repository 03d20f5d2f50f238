// Every runtime dependency is something the app itself imports: a package used only by the bench or the
// tests belongs in devDependencies, so it is neither installed for users nor packed into the app.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts|mjs|js)$/.test(name) ? [path] : []
  })
}

/** The package names that `src` imports (`import … from 'x'`, `import('x')`, `@scope/x/sub`). */
function importedPackages(): Set<string> {
  const packages = new Set<string>()
  const specifier = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(specifier)) {
      const parts = match[1]!.split('/')
      packages.add(match[1]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!)
    }
  }
  return packages
}

describe('package.json', () => {
  it('lists as runtime dependencies only packages the app imports', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    const imported = importedPackages()
    const unused = Object.keys(dependencies).filter((name) => !imported.has(name))
    expect(unused).toEqual([])
  })
})
