// Bundles a benchmark's child-process entry into one ES module for `node` (rolldown, as bench/run.mjs bundles
// the suite): the packages stay imports from node_modules, the repository's TypeScript is compiled in.

import { join } from 'node:path'
import { repoRoot } from '../../tests/fixtures/archive-files'

/** Bundles `entry` (a path from the repository's root) into the ES module file `out`. */
export async function bundleNodeChild(entry: string, out: string): Promise<void> {
  const { build } = await import('rolldown')
  await build({
    input: join(repoRoot, entry),
    platform: 'node',
    external: [/^[^./]/],
    output: { file: out, format: 'esm', codeSplitting: false },
    logLevel: 'warn'
  })
}
