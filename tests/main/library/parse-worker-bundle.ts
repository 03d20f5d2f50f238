// The parse worker compiled from source for the unit tests, as electron-vite's `?modulePath` builds it for
// the app (vitest runs no electron-vite plugin): one bundle per test file, in a temporary folder.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'rolldown'
import { repoRoot } from '../../fixtures/archive-files'

const entry = resolve(repoRoot, 'src/main/library/parse-worker.ts')

/** Bundles src/main/library/parse-worker.ts into a CommonJS file; returns its path and how to remove it. */
export async function bundleParseWorker(): Promise<{ script: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-parse-worker-'))
  const script = join(dir, 'parse-worker.cjs')
  await build({ input: entry, platform: 'node', logLevel: 'warn', output: { file: script, format: 'cjs' } })
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
